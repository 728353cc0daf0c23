/**
 * The free map and the iframe view in real Chromium: the timeline filters by year through map
 * state alone, the address bar follows, and the embed steps through chapters by keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { countCanvasColours, countUploads, layersOf, readUploads, snapshot } from './map-probe';
import { chapters } from './story-data';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

describe('/explore', () => {
	it('filters every layer by year without re-uploading data, and the link follows', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/explore?year=1930&layers=regions,railways`);
		await waitForMapIdle(w.page);
		expect(await countCanvasColours(w.page)).toBeGreaterThan(20);
		await countUploads(w.page);
		const slider = w.page.getByRole('slider');
		await slider.focus();
		// Page Up steps a year (the arrow keys step a month: tests/browser/timeline.test.ts).
		for (let i = 0; i < 15; i++) await w.page.keyboard.press('PageUp');
		await w.page.waitForFunction(() => location.search.includes('year=1945'));
		const s = await snapshot(w.page);
		expect(s.state.from).toBe(1945);
		expect(s.state.to).toBe(1946);
		expect(await readUploads(w.page)).toBe(0);
		expect(new URL(w.page.url()).searchParams.get('layers')).toBe('regions,railways');
		expect(w.errors).toEqual([]);
		expect(w.offOrigin).toEqual([]);
		await w.close();
	});

	it("draws today's borders in a view without the states (they come with the detail)", async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1930&layers=railways`);
		await waitForMapIdle(w.page);
		const borders = () =>
			w.page.evaluate(() => {
				const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				return m.queryRenderedFeatures({ layers: ['basemap-borders'] }).length;
			});
		await expect.poll(borders, { timeout: 30_000 }).toBeGreaterThan(0);
		await w.page.getByRole('checkbox', { name: 'States' }).check();
		await expect.poll(borders).toBe(0);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('turns a layer group off and on from its checkbox', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore`);
		await waitForMapIdle(w.page);
		await w.page.getByRole('checkbox', { name: 'Railways' }).uncheck();
		await w.page.waitForFunction(() => /layers=(?!.*railways)/.test(location.search));
		const off = await snapshot(w.page);
		expect(layersOf('railways').some((id) => off.visible.includes(id))).toBe(false);
		await w.page.getByRole('checkbox', { name: 'Railways' }).check();
		await expect
			.poll(async () => (await snapshot(w.page)).visible.includes('railways-line'))
			.toBe(true);
		await w.close();
	});
});

describe('/embed', () => {
	it('steps through chapters with the arrow keys without errors', async () => {
		const w = await openPage(h, { viewport: { width: 640, height: 700 }, reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/embed?chapter=${chapters[2].id}`);
		await waitForMapIdle(w.page);
		await expect.poll(() => w.page.locator('.step h2').textContent()).toBe(chapters[2].title);
		await w.page.keyboard.press('ArrowRight');
		await expect.poll(() => w.page.locator('.step h2').textContent()).toBe(chapters[3].title);
		await w.page.getByRole('button', { name: 'Previous chapter' }).click();
		await expect.poll(() => w.page.locator('.step h2').textContent()).toBe(chapters[2].title);
		expect(w.errors).toEqual([]);
		expect(w.offOrigin).toEqual([]);
		await w.close();
	});
});

describe('clash sites', () => {
	const radius = (w: Awaited<ReturnType<typeof openPage>>) =>
		w.page.evaluate(() => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return m.getPaintProperty('clashes-halo', 'circle-radius') as number;
		});

	it('pulse while they are on show', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/?chapter=border-conflict-1969`);
		await waitForMapIdle(w.page);
		const first = await radius(w);
		await w.page.waitForFunction((r) => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return m.getPaintProperty('clashes-halo', 'circle-radius') !== r;
		}, first);
		await w.close();
	});

	it('stay still under prefers-reduced-motion', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=border-conflict-1969`);
		await waitForMapIdle(w.page);
		const first = await radius(w);
		// Absence of change can only be shown over time: longer than one pulse period (1.4 s).
		await w.page.waitForTimeout(2000);
		expect(await radius(w)).toBe(first);
		await w.close();
	});
});
