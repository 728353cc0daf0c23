/**
 * Natural Earth land and borders (scripts/basemap/natural-earth.ts) and the soft edge drawn over
 * them (scripts/basemap/edge.ts). world-atlas rings jump from 180° to −180° at Chukotka; drawn
 * planar, such a jump is a line (or a fill) across the whole map, so the build unwraps them.
 */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { booleanPointInPolygon } from '@turf/turf';
import { EDGE_FADE, type Bbox } from '../../../scripts/basemap/config';
import { edgeFeatures } from '../../../scripts/basemap/edge';
import {
	borderLines,
	landPolygons,
	unwrapAntimeridian
} from '../../../scripts/basemap/natural-earth';
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

describe('land and borders across the antimeridian', () => {
	it('keeps land crossing 180° on its own side of the extent, with no fill across the map', () => {
		const land = landPolygons(createCrossingTopology(), EXTENT);
		const lngs = positions(land.coordinates).map((p) => p[0]);
		expect(land.coordinates.length).toBeGreaterThan(0);
		expect(Math.min(...lngs)).toBe(150);
		expect(Math.max(...lngs)).toBe(180);
	});

	it('draws a border crossing 180° up to the extent edge, with no line back across the map', () => {
		const borders = borderLines(createCrossingTopology(), EXTENT);
		const lngs = positions(borders.coordinates).map((p) => p[0]);
		expect(borders.coordinates).toHaveLength(1);
		expect(Math.min(...lngs)).toBe(150);
		expect(Math.max(...lngs)).toBe(180);
	});
});

/** A small extent with round numbers, wider than twice the fade. */
function createExtent(): Bbox {
	return [100, 40, 120, 50];
}

/** Indices of the frames that contain a point. */
function framesAt(point: Position, extent = createExtent()): number[] {
	return edgeFeatures(extent).flatMap((f, k) => (booleanPointInPolygon(point, f) ? [k] : []));
}

/** Signed planar area (shoelace): positive = counter-clockwise. */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	}
	return sum / 2;
}

describe('edgeFeatures', () => {
	it('makes one frame per fade step, all on the edge layer', () => {
		const frames = edgeFeatures(createExtent());
		expect(frames).toHaveLength(EDGE_FADE.steps);
		expect(frames.every((f) => f.properties?.layer === 'edge')).toBe(true);
	});

	it('covers a point just inside each edge of the extent with the outermost frame', () => {
		const [w, s, e, n] = createExtent();
		const justInside: Position[] = [
			[w + 0.01, (s + n) / 2],
			[e - 0.01, (s + n) / 2],
			[(w + e) / 2, s + 0.01],
			[(w + e) / 2, n - 0.01]
		];
		for (const point of justInside) expect(framesAt(point)).toEqual([0]);
	});

	it('covers the world outside the extent, so no cut-off land shows beyond it', () => {
		expect(framesAt([0, 0])).toEqual([0]);
		expect(framesAt([-170, 80])).toEqual([0]);
	});

	it('leaves the inside of the extent, beyond the fade width, uncovered', () => {
		expect(framesAt([110, 45])).toEqual([]);
	});

	it('covers every point of the fade band by exactly one frame (no gaps, no overlaps)', () => {
		const [w, , , n] = createExtent();
		const band = EDGE_FADE.width / EDGE_FADE.steps;
		for (let k = 0; k < EDGE_FADE.steps; k++) {
			const inset = (k + 0.5) * band;
			expect(framesAt([w + inset, n - EDGE_FADE.width - 1])).toEqual([k]);
		}
	});

	it('makes each inner edge the next frame’s outer edge', () => {
		const frames = edgeFeatures(createExtent());
		for (let k = 1; k < frames.length; k++) {
			expect(frames[k].geometry.coordinates[0]).toEqual(
				[...frames[k - 1].geometry.coordinates[1]].reverse()
			);
		}
	});

	it('fades from fully opaque at the edge to nearly transparent inside', () => {
		const fades = edgeFeatures(createExtent()).map((f) => f.properties?.fade as number);
		expect(fades[0]).toBe(1);
		expect(fades.at(-1)).toBeLessThan(0.1);
		expect(fades.every((fade, k) => k === 0 || fade < fades[k - 1])).toBe(true);
	});

	it('winds outer rings counter-clockwise and holes clockwise (RFC 7946)', () => {
		for (const frame of edgeFeatures(createExtent())) {
			const [outer, hole] = frame.geometry.coordinates;
			expect(signedArea(outer)).toBeGreaterThan(0);
			expect(signedArea(hole)).toBeLessThan(0);
		}
	});
});
