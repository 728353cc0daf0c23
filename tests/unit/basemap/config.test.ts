/** The build's knobs (scripts/basemap/config.ts): extent and zone-dependent rounding. */
import { describe, expect, it } from 'vitest';
import { CORE, DATA_EXTENT, inBbox, roundPosition } from '../../../scripts/basemap/config';

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
	it('keeps three decimals (≈100 m) in the core, e.g. at Harbin', () => {
		expect(roundPosition([126.63456, 45.75678])).toEqual([126.635, 45.757]);
	});

	it('keeps two decimals (≈1 km) outside the core, e.g. at Moscow', () => {
		expect(roundPosition([37.61789, 55.75567])).toEqual([37.62, 55.76]);
	});
});
