/**
 * Time you can watch, in real Chromium: steps inside a chapter move the date, the camera and
 * the focus as the reader reads; the date runs with the scroll between chapters; fronts draw
 * themselves; what changed is said in words; reduced motion shows each view as it stands.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { chapters } from './story-data';
import { chapterStops } from '../../src/lib/story/stops';
import { dateWindow } from '../../src/lib/map/time';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const chapter = (id: string) => chapters.find((c) => c.id === id)!;
const ussuri = chapter('border-conflict-1969');
const manchuria = chapter('victory-over-japan-1945');
const before1969 = chapters[chapters.indexOf(ussuri) - 1];

type MapWindow = { __storyMap: import('maplibre-gl').Map };

/** Scrolls so that the trigger line (55 % down the desktop viewport) lies well inside a stop. */
async function scrollToStop(page: Page, chapterId: string, k: number): Promise<void> {
	await page.evaluate(
		([id, k]) => {
			const article = document.getElementById(id as string)!;
			const starts = [article, ...article.querySelectorAll('[data-stop]')];
			const tops = starts.map((el) => el.getBoundingClientRect().top + scrollY);
			const ends = [...tops.slice(1), article.getBoundingClientRect().bottom + scrollY];
			const i = k as number;
			scrollTo(0, tops[i] + 0.6 * (ends[i] - tops[i]) - 0.55 * innerHeight);
		},
		[chapterId, k]
	);
}

/** The map's global state once it shows a stop's window, camera settled and tiles drawn. */
async function settleAt(page: Page, window: [number, number]) {
	await page.waitForFunction(
		([from, to]) => {
			const m = (window as unknown as MapWindow).__storyMap;
			const s = m.getGlobalState();
			return (
				Math.abs(Number(s.from) - from) < 1e-6 &&
				Math.abs(Number(s.to) - to) < 1e-6 &&
				!m.isMoving() &&
				m.loaded()
			);
		},
		window,
		{ timeout: 60_000 }
	);
}

/** Ids of the features a layer has drawn on the canvas now. */
const rendered = (page: Page, layer: string) =>
	page.evaluate((layer) => {
		const m = (window as unknown as MapWindow).__storyMap;
		return [...new Set(m.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.id))];
	}, layer);

describe('steps inside a chapter', () => {
	it('walks the 1969 chapter from Zhenbao in March to the Amur in July and Xinjiang in August', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=${ussuri.id}`);
		await waitForMapIdle(w.page);
		const stops = chapterStops(ussuri);
		const clashes = [
			'zhenbao-island-1969-03-02',
			'goldinsky-island-1969-07-08',
			'zhalanashkol-1969-08-13'
		];
		for (const [k, clash] of clashes.entries()) {
			await scrollToStop(w.page, ussuri.id, k);
			await settleAt(w.page, dateWindow(stops[k].date, stops[k].until));
			await expect
				.poll(() => rendered(w.page, 'clashes-point'), { timeout: 30_000 })
				.toContain(clash);
			// The clashes still to come are not on the map yet.
			for (const later of clashes.slice(k + 1))
				expect(await rendered(w.page, 'clashes-point')).not.toContain(later);
			const state = await w.page.evaluate(
				() => (window as unknown as MapWindow).__storyMap.getGlobalState().focus
			);
			expect(state).toContain(clash);
			expect(new URL(w.page.url()).searchParams.get('year')).toBe(stops[k].date);
		}
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('time between chapters', () => {
	it('runs the date with the scroll from one chapter to the next, and says what changed', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/?chapter=${before1969.id}`);
		await waitForMapIdle(w.page);
		const [start, end] = await w.page.evaluate(
			([a, b]) => [
				document.getElementById(a)!.getBoundingClientRect().bottom + scrollY,
				document.getElementById(b)!.getBoundingClientRect().top + scrollY
			],
			[before1969.id, ussuri.id]
		);
		const line = 0.55 * 800;
		const years: string[] = [];
		const ends: number[] = [];
		for (let i = 1; i <= 8; i++) {
			const y = start + ((end - start) * i) / 9 - line;
			const previous = ends.at(-1) ?? 0;
			await w.page.evaluate((y) => scrollTo(0, y), y);
			// Each position moves the map's window; the address bar follows once it settles.
			await w.page.waitForFunction(
				(previous) =>
					Number((window as unknown as MapWindow).__storyMap.getGlobalState().to) !== previous,
				previous,
				{ timeout: 20_000 }
			);
			const to = await w.page.evaluate(() =>
				Number((window as unknown as MapWindow).__storyMap.getGlobalState().to)
			);
			ends.push(to);
			await w.page.waitForFunction(
				(previous) => new URLSearchParams(location.search).get('year') !== previous,
				years.at(-1) ?? null,
				{ timeout: 20_000 }
			);
			years.push(new URLSearchParams(new URL(w.page.url()).search).get('year')!);
		}
		// Many dates, in order, between the two chapters' own.
		expect(new Set(years).size).toBeGreaterThanOrEqual(6);
		expect([...ends].sort((a, b) => a - b)).toEqual(ends);
		expect(ends[0]).toBeGreaterThan(dateWindow(before1969.date, before1969.until)[0]);
		expect(ends.at(-1)!).toBeLessThan(dateWindow(ussuri.date, ussuri.until)[1] + 1e-9);
		// Arriving at the chapter: the sentence names the Zhenbao clash, in a live region.
		await scrollToStop(w.page, ussuri.id, 0);
		await expect
			.poll(() => w.page.locator('.legend .changed').textContent(), { timeout: 30_000 })
			.toMatch(/^New: Zhenbao \(Damansky\) Island/);
		expect(await w.page.locator('.legend .changed').getAttribute('aria-live')).toBe('polite');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('under reduced motion shows each view as it stands, never a date between two', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=${before1969.id}`);
		await waitForMapIdle(w.page);
		const middle = await w.page.evaluate(
			([a, b]) =>
				(document.getElementById(a)!.getBoundingClientRect().bottom +
					document.getElementById(b)!.getBoundingClientRect().top) /
					2 +
				scrollY,
			[before1969.id, ussuri.id]
		);
		await w.page.evaluate((y) => scrollTo(0, y - 0.55 * 800), middle);
		const last = chapterStops(before1969).at(-1)!;
		await settleAt(w.page, dateWindow(last.date, last.until));
		expect(
			await w.page.evaluate(
				() => (window as unknown as MapWindow).__storyMap.getGlobalState().drawing
			)
		).toEqual([]);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('lines that draw themselves', () => {
	it('draws the 1945 fronts as far as their dates have run, the same at the same place', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/?chapter=${manchuria.id}`);
		await waitForMapIdle(w.page);
		const stops = chapterStops(manchuria);
		const fronts = (manchuria.focus ?? []).filter((id) => id.includes('front'));
		const drawn = () =>
			w.page.evaluate(() => {
				const m = (window as unknown as MapWindow).__storyMap;
				const ids = m.getGlobalState().drawing as string[];
				const source = m.getSource('story-drawing') as import('maplibre-gl').GeoJSONSource;
				return { ids, data: JSON.stringify(source.serialize().data) };
			});
		await scrollToStop(w.page, manchuria.id, 0);
		await settleAt(w.page, dateWindow(stops[0].date, stops[0].until));
		const first = await drawn();
		// On 9 August every front has only begun: drawn in part, by the drawing layers.
		expect([...first.ids].sort()).toEqual([...fronts].sort());
		await expect
			.poll(() => rendered(w.page, 'movements-line-drawn'), { timeout: 30_000 })
			.toEqual(expect.arrayContaining(fronts));
		expect(await rendered(w.page, 'movements-line')).toEqual([]);
		// On 2 September they are whole, drawn by the fronts' own layer.
		const last = stops.length - 1;
		await scrollToStop(w.page, manchuria.id, last);
		await settleAt(w.page, dateWindow(stops[last].date, stops[last].until));
		expect((await drawn()).ids).toEqual([]);
		await expect
			.poll(() => rendered(w.page, 'movements-line'), { timeout: 30_000 })
			.toEqual(expect.arrayContaining(fronts));
		// Back where we were: the very same drawing.
		await scrollToStop(w.page, manchuria.id, 0);
		await settleAt(w.page, dateWindow(stops[0].date, stops[0].until));
		expect(await drawn()).toEqual(first);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});
