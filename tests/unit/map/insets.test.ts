import { describe, expect, it } from 'vitest';
import {
	distanceMetres,
	LOCATOR_EXTENT,
	LOCATOR_HEIGHT,
	LOCATOR_WIDTH,
	locatorBox,
	locatorPoint,
	scaleBar
} from '../../../src/lib/map/insets';

describe('scaleBar', () => {
	it('picks the longest round length that fits, and its width in pixels', () => {
		// 1 km a pixel, at most 110 px: 100 km, 100 px.
		expect(scaleBar(1000)).toEqual({ km: 100, pixels: 100 });
		// 3 km a pixel: 330 km fit, so 200 km on 66.7 px.
		const bar = scaleBar(3000);
		expect(bar.km).toBe(200);
		expect(bar.pixels).toBeCloseTo(66.67, 1);
		// 450 m a pixel: 49.5 km fit, so 20 km.
		expect(scaleBar(450).km).toBe(20);
		expect(scaleBar(450, 200).km).toBe(50);
	});
});

describe('distanceMetres', () => {
	it('measures Moscow to Beijing as about 5,800 km', () => {
		const km = distanceMetres([37.6175, 55.7504], [116.3972, 39.9075]) / 1000;
		expect(km).toBeGreaterThan(5700);
		expect(km).toBeLessThan(5900);
	});
});

describe('the locator', () => {
	it('draws its frame corner to corner', () => {
		const [w, s, e, n] = LOCATOR_EXTENT;
		expect(locatorPoint([w, n])).toEqual([0, 0]);
		const [x, y] = locatorPoint([e, s]);
		expect(x).toBeCloseTo(LOCATOR_WIDTH, 6);
		expect(y).toBeCloseTo(LOCATOR_HEIGHT, 0);
	});

	it('boxes a view where it lies, in Mercator like the map (north stretched)', () => {
		// The Ussuri around Zhenbao: a small box in the east, just below the middle (the frame
		// runs from 5° to 75° N, and Mercator gives the north more room).
		const box = locatorBox([131, 44, 136, 48]);
		expect(box.left).toBeGreaterThan(0.75);
		expect(box.left + box.width).toBeLessThan(0.82);
		expect(box.top).toBeGreaterThan(0.5);
		expect(box.top + box.height).toBeLessThan(0.65);
		// The same span of latitude is taller in the north than in the south.
		const north = locatorBox([100, 65, 110, 70]);
		const south = locatorBox([100, 10, 110, 15]);
		expect(north.height).toBeGreaterThan(south.height * 2);
	});

	it('clamps a view larger than the frame to the frame', () => {
		expect(locatorBox([-20, -10, 180, 85])).toEqual({ left: 0, top: 0, width: 1, height: 1 });
	});
});

describe('the locator picture', () => {
	it('is the one the basemap build derives from the first-load land and lakes (not stale)', async () => {
		const { readFileSync } = await import('node:fs');
		const { locatorFromBasemap } = await import('../../../scripts/basemap/locator');
		expect(readFileSync('static/basemap/locator.svg', 'utf8')).toBe(locatorFromBasemap());
	});
});
