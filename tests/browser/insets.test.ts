/**
 * The map's insets at close-up zooms: a scale bar whose length is true to the map, and a locator
 * whose box lies where the view is; neither on the wide views, where a scale would lie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	distanceMetres,
	locatorPoint,
	LOCATOR_HEIGHT,
	LOCATOR_WIDTH
} from '../../src/lib/map/insets';
import { openPage, startHarness, waitForMapIdle, type Harness, type Watched } from './harness';
import { chapters } from './story-data';

let h: Harness;
let w: Watched;
beforeAll(async () => {
	h = await startHarness();
	w = await openPage(h, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
});
afterAll(async () => {
	await w?.close();
	await h?.close();
});

async function open(id: string) {
	await w.page.goto(`${h.server.origin}/?chapter=${id}`);
	await waitForMapIdle(w.page);
	await w.page.waitForFunction(() => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		return m.loaded() && !m.isMoving();
	});
}

describe('the insets', () => {
	it('show neither a scale nor a locator on a wide view', async () => {
		await open('prologue');
		expect(await w.page.locator('.scale').count()).toBe(0);
		expect(await w.page.locator('.locator').count()).toBe(0);
	});

	it(
		'draw a scale bar as long on the map as the distance it names',
		{ timeout: 120_000 },
		async () => {
			// An unpitched close-up (under a pitched camera the scale changes from top to bottom).
			await open('ili-rebellion');
			const bar = await w.page.evaluate(() => {
				const el = document.querySelector('.scale')!;
				return {
					pixels: el.querySelector('.bar')!.getBoundingClientRect().width,
					text: el.textContent ?? ''
				};
			});
			const km = Number(bar.text.replace(/[^\d]/g, ''));
			expect(km).toBeGreaterThan(0);
			// Measure the map independently: two towns of the chapter on one parallel, their distance
			// on the ground and on the screen.
			const towns: [number, number][] = [
				[81.3167, 43.9167], // Yining (Kulja)
				[87.6, 43.825] // Urumqi (Dihua)
			];
			const screen = await w.page.evaluate((towns) => {
				const map = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				const [a, b] = towns.map((t) => map.project(t));
				return Math.hypot(a.x - b.x, a.y - b.y);
			}, towns);
			const kmPerPixel = distanceMetres(towns[0], towns[1]) / 1000 / screen;
			const ratio = km / bar.pixels / kmPerPixel;
			const why = `${bar.text} on ${bar.pixels} px; the map: ${kmPerPixel.toFixed(3)} km a pixel`;
			expect(ratio, why).toBeGreaterThan(0.95);
			expect(ratio, why).toBeLessThan(1.05);
		}
	);

	it('box the view in the locator where the chapter is', { timeout: 120_000 }, async () => {
		await open('korean-war');
		const chapter = chapters.find((c) => c.id === 'korean-war')!;
		const box = await w.page.evaluate(() => {
			const frame = document.querySelector('.locator')!.getBoundingClientRect();
			const r = document.querySelector('.locator .box')!.getBoundingClientRect();
			return {
				x: (r.left + r.width / 2 - frame.left) / frame.width,
				y: (r.top + r.height / 2 - frame.top) / frame.height,
				onTop:
					document
						.elementFromPoint(frame.left + frame.width / 2, frame.top + frame.height / 2)
						?.closest('.map-frame') !== null
			};
		});
		const [x, y] = locatorPoint(chapter.camera.center as [number, number]);
		expect(box.x).toBeCloseTo(x / LOCATOR_WIDTH, 1);
		expect(box.y).toBeCloseTo(y / LOCATOR_HEIGHT, 1);
		expect(w.errors).toEqual([]);
	});
});
