/**
 * Today's borders from Natural Earth (scripts/basemap/natural-earth.ts). world-atlas rings jump
 * from 180° to −180° at Chukotka; drawn planar, such a jump is a line across the whole map, so the
 * build unwraps them.
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { borderLines, unwrapAntimeridian } from '../../../scripts/basemap/natural-earth';
import { positions } from './files';

/** A 20°-wide box centred on the antimeridian, as world-atlas writes it (−180..180). */
function createCrossingRing(): Position[] {
	return [
		[170, 60],
		[179, 60],
		[-179, 60],
		[-170, 60],
		[-170, 66],
		[-179, 66],
		[179, 66],
		[170, 66],
		[170, 60]
	];
}

/** Longest east–west step between neighbouring positions. */
function largestJump(line: Position[]): number {
	return Math.max(0, ...line.slice(1).map((p, i) => Math.abs(p[0] - line[i][0])));
}

/**
 * Two countries split by a border along 60°N; both run from 150°E across 180° to 175°W, mostly
 * in the eastern hemisphere like Russia at Chukotka (most vertices too: the unwrapping decides
 * the side by the median vertex). Ids as in world-atlas (any two do).
 */
function createCrossingTopology(): Topology {
	return {
		type: 'Topology',
		arcs: [
			// 0: the shared border, west to east.
			[
				[150, 60],
				[170, 60],
				[179, 60],
				[-179, 60],
				[-175, 60]
			],
			// 1: the rest of the northern country, from the border's east end round to its west end.
			[
				[-175, 60],
				[-175, 66],
				[170, 66],
				[160, 66],
				[150, 66],
				[150, 60]
			],
			// 2: the rest of the southern country, from the border's west end round to its east end.
			[
				[150, 60],
				[150, 55],
				[160, 55],
				[170, 55],
				[-175, 55],
				[-175, 60]
			]
		],
		objects: {
			countries: {
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Polygon', id: '643', arcs: [[0, 1]] },
					{ type: 'Polygon', id: '156', arcs: [[~0, 2]] }
				]
			}
		}
	} as unknown as Topology;
}

/** An extent that ends at the antimeridian, as the story's (18..160°E) ends short of it. */
const EXTENT: [number, number, number, number] = [140, 50, 180, 70];

describe('unwrapAntimeridian', () => {
	it('leaves no east–west jump larger than 180°', () => {
		expect(largestJump(unwrapAntimeridian(createCrossingRing()))).toBeLessThanOrEqual(180);
	});

	it('keeps a ring that does not cross the antimeridian unchanged', () => {
		const ring: Position[] = [
			[120, 40],
			[125, 40],
			[125, 45],
			[120, 40]
		];
		expect(unwrapAntimeridian(ring)).toEqual(ring);
	});

	it('continues past 180° on the side where most of the ring lies', () => {
		const lngs = unwrapAntimeridian(createCrossingRing()).map((p) => p[0]);
		expect(Math.min(...lngs)).toBe(170);
		expect(Math.max(...lngs)).toBe(190);
	});

	it('keeps latitudes and the number of positions', () => {
		const ring = createCrossingRing();
		const unwrapped = unwrapAntimeridian(ring);
		expect(unwrapped.map((p) => p[1])).toEqual(ring.map((p) => p[1]));
	});

	it('unwraps a ring that starts west of 180° into one continuous 20°-wide ring', () => {
		const startsWest = [...createCrossingRing().slice(2, -1), ...createCrossingRing().slice(0, 3)];
		const lngs = unwrapAntimeridian(startsWest).map((p) => p[0]);
		expect(largestJump(unwrapAntimeridian(startsWest))).toBeLessThanOrEqual(180);
		expect(Math.max(...lngs) - Math.min(...lngs)).toBe(20);
	});
});

describe('borders across the antimeridian', () => {
	it('draws a border crossing 180° up to the extent edge, with no line back across the map', () => {
		const borders = borderLines(createCrossingTopology(), EXTENT);
		const lngs = positions(borders.coordinates).map((p) => p[0]);
		expect(borders.coordinates).toHaveLength(1);
		expect(Math.min(...lngs)).toBe(150);
		expect(Math.max(...lngs)).toBe(180);
	});
});
