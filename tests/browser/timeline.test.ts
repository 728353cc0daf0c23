/**
 * The /explore timeline in real Chromium with real MapLibre rendering: playing moves the date
 * (address bar and the map's global state) and pausing stops it, the keyboard steps by month
 * and year, a period (`until`) shows more than its first year and survives a link, a bad end
 * date is refused with a visible notice, and the layer counts follow the date. The machine is
 * busy and WebGL is software: every wait is on a condition, with generous timeouts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dateToDecimalYear } from '../../src/lib/geodata/dates';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { countUploads, layersOf, readUploads, snapshot } from './map-probe';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const LONG = { timeout: 60_000 };
const year = (page: Page) => new URL(page.url()).searchParams.get('year');
const mapFrom = async (page: Page) => (await snapshot(page)).state.from as number;

/** Distinct events and clashes the map has drawn (queryRenderedFeatures over their layers). */
function renderedEventsAndClashes(page: Page): Promise<number> {
	return page.evaluate(
		(layers) => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			const ids = m
				.queryRenderedFeatures({ layers: layers.filter((id) => m.getLayer(id)) })
				.map((f) => f.properties?.id);
			return new Set(ids).size;
		},
		[...layersOf('events'), ...layersOf('clashes')]
	);
}

/** Whether the map's `to` changes over the next `frames` animation frames. */
function changesWithin(page: Page, frames: number): Promise<boolean> {
	return page.evaluate(
		(n) =>
			new Promise<boolean>((resolve) => {
				const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				const first = m.getGlobalState().to;
				let left = n;
				const next = () => {
					if (m.getGlobalState().to !== first) resolve(true);
					else if (--left <= 0) resolve(false);
					else requestAnimationFrame(next);
				};
				requestAnimationFrame(next);
			}),
		frames
	);
}

describe('/explore timeline', () => {
	it('plays month by month (address bar and map move), pauses, and never re-uploads data', async () => {
		// Playing is the reader's choice: it works under prefers-reduced-motion too.
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1930`);
		await waitForMapIdle(w.page);
		await countUploads(w.page);
		const play = w.page.getByRole('button', { name: 'Play' });
		await play.click();
		// The address bar and the map's global state follow, a month at a time.
		await w.page.waitForFunction(
			() => /year=1930-0[3-9]|year=193[1-9]/.test(location.search),
			undefined,
			{ ...LONG, polling: 100 }
		);
		await expect.poll(() => mapFrom(w.page), LONG).toBeGreaterThan(1930.1);
		await w.page.getByRole('button', { name: 'Pause' }).click();
		await expect.poll(() => changesWithin(w.page, 40), LONG).toBe(false);
		// Paused, the address settles on the date on show.
		const shown = await w.page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext');
		await expect
			.poll(async () => {
				const y = year(w.page) ?? '';
				return y.length === 7 && new Date(`${y}-01T00:00Z`).getUTCFullYear() > 1929;
			}, LONG)
			.toBe(true);
		expect(await readUploads(w.page)).toBe(0);
		expect(shown).toMatch(/19[3-9]\d/);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('plays a period as a whole: both ends move, the length stays', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1937&until=1939&layers=events`);
		await waitForMapIdle(w.page);
		await w.page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => mapFrom(w.page), LONG).toBeGreaterThan(1937.1);
		await w.page.getByRole('button', { name: 'Pause' }).click();
		const s = await snapshot(w.page);
		// January 1937 to the end of 1939 is three years; moved by whole months, still three.
		expect((s.state.to as number) - (s.state.from as number)).toBeCloseTo(3, 1);
		expect(
			await w.page.getByRole('slider', { name: 'Until' }).getAttribute('aria-valuetext')
		).toMatch(/19(39|40)$/);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('steps with the keyboard: a month, a year, the ends', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1937`);
		await waitForMapIdle(w.page);
		const slider = w.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		const expectAt = async (date: string, label: string) => {
			await w.page.waitForFunction(
				(d) => location.search.includes(`year=${d}&`) || location.search.endsWith(`year=${d}`),
				date,
				LONG
			);
			await expect
				.poll(() => mapFrom(w.page), LONG)
				.toBeCloseTo(dateToDecimalYear(date, 'start'), 6);
			expect(await slider.getAttribute('aria-valuetext')).toBe(label);
			await expect.poll(() => w.page.locator('.timeline .now').textContent()).toContain(label);
		};
		await w.page.keyboard.press('ArrowRight');
		await expectAt('1937-02', 'February 1937');
		await w.page.keyboard.press('PageUp');
		await expectAt('1938-02', 'February 1938');
		await w.page.keyboard.press('ArrowLeft');
		await expectAt('1938-01', 'January 1938');
		await w.page.keyboard.press('End');
		await expectAt('1991', '1991');
		await w.page.keyboard.press('ArrowRight');
		await expectAt('1991-02', 'February 1991');
		await w.page.keyboard.press('Home');
		await expectAt('1917', '1917');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('says what changed once the date rests: the Zhenbao clash when it crosses into March 1969', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1969-02&layers=clashes`);
		await waitForMapIdle(w.page);
		const slider = w.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		await w.page.keyboard.press('ArrowRight');
		await expect
			.poll(() => w.page.locator('.legend .changed').textContent(), LONG)
			.toMatch(/^New: Zhenbao \(Damansky\) Island\.$/);
		await w.page.keyboard.press('ArrowRight');
		await expect
			.poll(() => w.page.locator('.legend .changed').textContent(), LONG)
			.toBe('Nothing new on the map.');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('shows more events and clashes for 1937–1945 than for 1937, and the link keeps the period', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1937&layers=events,clashes`);
		await waitForMapIdle(w.page);
		await expect.poll(() => renderedEventsAndClashes(w.page), LONG).toBeGreaterThan(0);
		const single = await renderedEventsAndClashes(w.page);

		await w.page.goto(`${h.server.origin}/explore?year=1937&until=1945&layers=events,clashes`);
		await waitForMapIdle(w.page);
		await expect.poll(() => renderedEventsAndClashes(w.page), LONG).toBeGreaterThan(single);
		const s = await snapshot(w.page);
		expect([s.state.from, s.state.to]).toEqual([1937, 1946]);
		expect(await w.page.getByRole('checkbox', { name: 'A period' }).isChecked()).toBe(true);
		expect(await w.page.getByRole('slider', { name: 'Until' }).getAttribute('aria-valuetext')).toBe(
			'1945'
		);
		await expect
			.poll(() => w.page.locator('.timeline .now').textContent())
			.toContain('1937 – 1945');
		// The address bar keeps the period, and the toggle ends it.
		await w.page.waitForFunction(() => location.search.includes('until=1945'), undefined, LONG);
		await w.page.getByRole('checkbox', { name: 'A period' }).uncheck();
		await w.page.waitForFunction(() => !location.search.includes('until='), undefined, LONG);
		await expect.poll(async () => (await snapshot(w.page)).state.to, LONG).toBe(1938);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('refuses an end before the start, or unreadable, with a visible notice', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		for (const [query, said] of [
			['year=1945&until=1937', /before/],
			['year=1945&until=%3Cb%3Esoon%3C%2Fb%3E', /not a date/],
			[`year=1945&until=${'9'.repeat(300)}`, /too long/]
		] as const) {
			await w.page.goto(`${h.server.origin}/explore?${query}`);
			await waitForMapIdle(w.page);
			await expect(w.page.getByRole('status').getByText(said).isVisible()).resolves.toBe(true);
			expect(await w.page.getByRole('checkbox', { name: 'A period' }).isChecked()).toBe(false);
			const s = await snapshot(w.page);
			expect([s.state.from, s.state.to]).toEqual([1945, 1946]);
		}
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('counts what each layer shows, and the counts follow the date', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
		await w.page.goto(`${h.server.origin}/explore?year=1917`);
		await waitForMapIdle(w.page);
		const count = async (name: string) => {
			const text = (await w.page.locator('label.check', { hasText: name }).textContent()) ?? '';
			return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
		};
		await expect.poll(() => count('Events'), LONG).toBeGreaterThanOrEqual(0);
		const before = [await count('Events'), await count('States'), await count('Railways')];
		await w.page.getByRole('slider', { name: 'Date' }).focus();
		await w.page.keyboard.press('End');
		await w.page.waitForFunction(() => location.search.includes('year=1991'), undefined, LONG);
		await expect
			.poll(
				async () => [await count('Events'), await count('States'), await count('Railways')],
				LONG
			)
			.not.toEqual(before);
		// The checkbox's accessible name carries the count.
		await expect(
			w.page.getByRole('checkbox', { name: /^Railways \(\d+\)$/ }).isChecked()
		).resolves.toBe(true);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});
