/** The build's knobs (scripts/basemap/config.ts): extent and zone-dependent rounding. */
import { describe, expect, it } from 'vitest';
import {
	CORE,
	DATA_EXTENT,
	DETAIL,
	inBbox,
	roundPosition,
	zoneOf
} from '../../../scripts/basemap/config';

describe('extents', () => {
	it('contains the story extent (25..150°E, 12..66°N) in the data extent', () => {
		const [w, s, e, n] = DATA_EXTENT;
		expect([w <= 25, s <= 12, e >= 150, n >= 66]).toEqual([true, true, true, true]);
	});

	it('keeps the detailed core inside the data extent', () => {
		expect(inBbox([CORE[0], CORE[1]], DATA_EXTENT)).toBe(true);
		expect(inBbox([CORE[2], CORE[3]], DATA_EXTENT)).toBe(true);
	});
});

describe('inBbox', () => {
	it('counts points on the edge as inside', () => {
		expect(inBbox([18, 6], DATA_EXTENT)).toBe(true);
		expect(inBbox([160, 72], DATA_EXTENT)).toBe(true);
	});

	it('puts points beyond any edge outside', () => {
		expect(inBbox([17.99, 40], DATA_EXTENT)).toBe(false);
		expect(inBbox([100, 72.01], DATA_EXTENT)).toBe(false);
	});
});

describe('roundPosition', () => {
	it('keeps two decimals (≈1 km) of a border in the data extent, e.g. at Harbin and Moscow', () => {
		expect(roundPosition([126.63456, 45.75678])).toEqual([126.63, 45.76]);
		expect(roundPosition([37.61789, 55.75567])).toEqual([37.62, 55.76]);
	});

	it('keeps one decimal beyond it, e.g. at Paris', () => {
		expect(roundPosition([2.3522, 48.8566])).toEqual([2.4, 48.9]);
	});
});

describe('zoneOf', () => {
	it('tells the core, the rest of the data extent and the world apart', () => {
		expect([zoneOf([126.6, 45.8]), zoneOf([37.6, 55.8]), zoneOf([2.35, 48.86])]).toEqual([
			'core',
			'extent',
			'world'
		]);
	});
});

describe('DETAIL', () => {
	it('keeps more in the close-up files than in the first-load files, everywhere', () => {
		for (const zone of ['core', 'extent', 'world'] as const) {
			expect(DETAIL.detail.tolerance[zone]).toBeLessThan(DETAIL.base.tolerance[zone]);
			expect(DETAIL.detail.minIslandKm2[zone]).toBeLessThanOrEqual(DETAIL.base.minIslandKm2[zone]);
			expect(DETAIL.detail.precision[zone]).toBeGreaterThanOrEqual(DETAIL.base.precision[zone]);
		}
		expect(DETAIL.detail.namedRiverTolerance).toBeLessThan(DETAIL.base.namedRiverTolerance);
	});
});
