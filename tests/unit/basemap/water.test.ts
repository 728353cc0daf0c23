/**
 * Rivers and lakes (scripts/basemap/water.ts) and the geometry they are drawn with
 * (scripts/basemap/geometry.ts): a river is a curve through its sourced anchors and, where it is
 * a border, the Natural Earth border line itself; lakes are curves or published ellipses.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, MultiLineString, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { booleanPointInPolygon, distance } from '@turf/turf';
import {
	catmullRom,
	ellipse,
	lineNearest,
	northOf,
	sliceBetween
} from '../../../scripts/basemap/geometry';
import { lakeFeatures, riverLine } from '../../../scripts/basemap/water';
import {
	NATURAL_EARTH_BORDER,
	type Anchor,
	type RiverSpec
} from '../../../scripts/basemap/water-sources';
import { readCollection } from './files';

/** A zig-zag of anchors with uneven spacing, like towns along a river. */
function createAnchors(): Position[] {
	return [
		[120, 50],
		[121, 50.8],
		[121.3, 50.2],
		[124, 51],
		[124.2, 49]
	];
}

/** A straight east–west line of `count` vertices, one degree apart, at `lat`. */
function createParallel(count: number, lat = 45): Position[] {
	return Array.from({ length: count }, (_, i) => [100 + i, lat]);
}

function isNear(a: Position, b: Position, epsilon = 1e-9): boolean {
	return Math.abs(a[0] - b[0]) < epsilon && Math.abs(a[1] - b[1]) < epsilon;
}

describe('catmullRom', () => {
	it('passes through every anchor of an open line', () => {
		const anchors = createAnchors();
		const curve = catmullRom(anchors, 6);
		for (const anchor of anchors) {
			expect(curve.some((p) => isNear(p, anchor))).toBe(true);
		}
	});

	it('starts at the first anchor and ends at the last', () => {
		const anchors = createAnchors();
		const curve = catmullRom(anchors, 6);
		expect(isNear(curve[0], anchors[0])).toBe(true);
		expect(curve.at(-1)).toEqual(anchors.at(-1));
	});

	it('inserts `steps - 1` points between neighbouring anchors', () => {
		const anchors = createAnchors();
		expect(catmullRom(anchors, 6)).toHaveLength((anchors.length - 1) * 6 + 1);
	});

	it('closes a closed curve and passes through every anchor of it', () => {
		const anchors = createAnchors();
		const ring = catmullRom(anchors, 4, true);
		expect(ring[0]).toEqual(ring.at(-1));
		for (const anchor of anchors) {
			expect(ring.some((p) => isNear(p, anchor))).toBe(true);
		}
	});

	it('survives a repeated anchor without producing NaN', () => {
		const anchors: Position[] = [
			[0, 0],
			[1, 1],
			[1, 1],
			[2, 0]
		];
		const curve = catmullRom(anchors, 4);
		expect(curve.flat().every(Number.isFinite)).toBe(true);
	});

	it('returns fewer than three anchors unchanged (nothing to smooth)', () => {
		const two: Position[] = [
			[0, 0],
			[1, 1]
		];
		expect(catmullRom(two, 6)).toEqual(two);
	});

	it('does not swing wide of a sharp corner (centripetal, no loop)', () => {
		const anchors: Position[] = [
			[0, 0],
			[10, 0],
			[10.1, 0.1],
			[10.2, 10]
		];
		const curve = catmullRom(anchors, 8);
		expect(Math.max(...curve.map((p) => p[0]))).toBeLessThan(10.6);
		expect(Math.min(...curve.map((p) => p[1]))).toBeGreaterThan(-0.5);
	});
});

describe('sliceBetween', () => {
	it('cuts the line between the vertices nearest to the two anchors', () => {
		const part = sliceBetween(createParallel(10), [102.1, 45.2], [106.1, 44.9]);
		expect(part).toEqual(createParallel(10).slice(2, 7));
	});

	// Regression: turf's `properties.index` is the start of the nearest *segment*; an anchor just
	// before a vertex (105.9 → 106) used to cut one segment short (the Argun/Amur junction was
	// drawn ~40 km downstream of the confluence).
	it('cuts at the nearest vertex when the anchor lies just before it', () => {
		const part = sliceBetween(createParallel(10), [102.1, 45.2], [105.9, 44.9]);
		expect(part.at(-1)).toEqual([106, 45]);
	});

	it('runs from the first anchor to the second even against the line direction', () => {
		const part = sliceBetween(createParallel(10), [106, 45], [102, 45]);
		expect(part[0]).toEqual([106, 45]);
		expect(part.at(-1)).toEqual([102, 45]);
	});
});

describe('lineNearest', () => {
	it('picks the line that passes nearest to the point', () => {
		const north = createParallel(5, 50);
		const south = createParallel(5, 40);
		expect(lineNearest([north, south], [102, 41])).toBe(south);
	});
});

describe('ellipse', () => {
	it('is a closed ring', () => {
		const ring = ellipse([108, 53], 600, 60, 30);
		expect(ring[0]).toEqual(ring.at(-1));
	});

	it('has the published length and width across its axes', () => {
		const steps = 48;
		const ring = ellipse([108, 53], 600, 60, 30, steps);
		const along = distance(ring[0], ring[steps / 2], { units: 'kilometers' });
		const across = distance(ring[steps / 4], ring[(3 * steps) / 4], { units: 'kilometers' });
		expect(along).toBeCloseTo(600, -1);
		expect(across).toBeCloseTo(60, -1);
	});

	it('lies its long axis along the bearing (0° = north–south)', () => {
		const ring = ellipse([80, 45], 200, 20, 0);
		const lats = ring.map((p) => p[1]);
		const lngs = ring.map((p) => p[0]);
		const latSpan = Math.max(...lats) - Math.min(...lats);
		const lngSpan = Math.max(...lngs) - Math.min(...lngs);
		expect(latSpan).toBeGreaterThan(lngSpan);
	});
});

describe('northOf', () => {
	it('moves a point north by the given distance', () => {
		const moved = northOf([130, 45], 111.2);
		expect(moved[0]).toBeCloseTo(130, 6);
		expect(moved[1]).toBeCloseTo(46, 2);
	});
});

/** A border along x = 10 from y = 0 (the source end) to y = 10 (the sea), one vertex a degree. */
function createBorder(): Position[] {
	return Array.from({ length: 11 }, (_, y) => [10, y]);
}

/** Two countries (ids 156 and 643) west and east of the border of `createBorder`. */
function createTopology(): Topology {
	return {
		type: 'Topology',
		arcs: [
			createBorder(),
			[
				[10, 10],
				[0, 10],
				[0, 0],
				[10, 0]
			],
			[
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 10]
			]
		],
		objects: {
			countries: {
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Polygon', id: '156', arcs: [[0, 1]] },
					{ type: 'Polygon', id: '643', arcs: [[2, ~0]] }
				]
			}
		}
	} as unknown as Topology;
}

function createAnchor(lng: number, lat: number): Anchor {
	return { name: `${lng},${lat}`, at: [lng, lat], cite: `test anchor ${lng},${lat}` };
}

function createRiver(steps: RiverSpec['steps']): RiverSpec {
	return { id: 'river-test', 'name:en': 'Test', 'name:zh': '测', 'name:ru': 'Тест', steps };
}

/** Anchors, then the border from y = 1 to y = 9, then anchors again. */
function createMixedRiver(): RiverSpec {
	return createRiver([
		createAnchor(2, 2),
		createAnchor(6, 1.5),
		{ border: { id: '156', others: ['643'] }, from: createAnchor(10, 1), to: createAnchor(10, 9) },
		createAnchor(14, 9.5),
		createAnchor(18, 9)
	]);
}

function includesPoint(line: Position[], point: Position): boolean {
	return line.some((p) => p[0] === point[0] && p[1] === point[1]);
}

describe('riverLine', () => {
	it('passes through every anchor, border anchors included', () => {
		const line = riverLine(createTopology(), createMixedRiver());
		for (const at of [
			[2, 2],
			[6, 1.5],
			[10, 1],
			[10, 9],
			[14, 9.5],
			[18, 9]
		]) {
			expect(includesPoint(line, at), `${at}`).toBe(true);
		}
	});

	it('starts at the first anchor and ends at the last', () => {
		const line = riverLine(createTopology(), createMixedRiver());
		expect(line[0]).toEqual([2, 2]);
		expect(line.at(-1)).toEqual([18, 9]);
	});

	it('follows every border vertex between its two border anchors, in order', () => {
		const line = riverLine(createTopology(), createMixedRiver());
		const onBorder = line.filter((p) => p[0] === 10);
		expect(onBorder).toEqual(createBorder().slice(1, 10));
	});

	it('joins anchors and border without a gap', () => {
		const line = riverLine(createTopology(), createMixedRiver());
		const steps = line.slice(1).map((p, i) => Math.hypot(p[0] - line[i][0], p[1] - line[i][1]));
		expect(Math.max(...steps)).toBeLessThanOrEqual(1.5);
	});

	it('has no repeated consecutive points', () => {
		const line = riverLine(createTopology(), createMixedRiver());
		const repeats = line.slice(1).filter((p, i) => p[0] === line[i][0] && p[1] === line[i][1]);
		expect(repeats).toEqual([]);
	});

	it('runs downstream along a border drawn the other way', () => {
		const river = createRiver([
			{ border: { id: '643', others: ['156'] }, from: createAnchor(10, 8), to: createAnchor(10, 3) }
		]);
		expect(riverLine(createTopology(), river)).toEqual(createBorder().slice(3, 9).reverse());
	});

	it('carries a river marked toSea on to the end of the border', () => {
		const river = createRiver([
			{
				border: { id: '156', others: ['643'] },
				from: createAnchor(10, 2),
				to: createAnchor(10, 6),
				toSea: true
			}
		]);
		expect(riverLine(createTopology(), river)).toEqual(createBorder().slice(2));
	});
});

describe('lakeFeatures', () => {
	function lakes(): Feature<Polygon>[] {
		return lakeFeatures().filter((f) => f.properties?.kind === 'lake') as Feature<Polygon>[];
	}

	function labelOf(id: string): Feature<Point> | undefined {
		return lakeFeatures().find((f) => f.properties?.id === `${id}-label`) as
			Feature<Point> | undefined;
	}

	it('closes every lake ring', () => {
		for (const lake of lakes()) {
			const ring = lake.geometry.coordinates[0];
			expect(ring.length, lake.properties?.id).toBeGreaterThanOrEqual(4);
			expect(ring[0]).toEqual(ring.at(-1));
		}
	});

	it('puts every lake name inside its lake', () => {
		for (const lake of lakes()) {
			const label = labelOf(lake.properties?.id);
			expect(label, lake.properties?.id).toBeDefined();
			expect(booleanPointInPolygon(label!, lake), lake.properties?.id).toBe(true);
		}
	});
});

describe('rivers in the generated basemap', () => {
	it('lie on the drawn border where they are cut from it (same vertices, not a parallel line)', () => {
		const border = readCollection('static/basemap/natural-earth.geojson').features.find(
			(f) => f.properties?.layer === 'border'
		) as Feature<MultiLineString>;
		const borderVertices = new Set(border.geometry.coordinates.flat().map((p) => p.join()));
		const rivers = readCollection('static/basemap/water.geojson').features.filter(
			(f) => f.properties?.kind === 'river' && f.properties.sources.includes(NATURAL_EARTH_BORDER)
		);
		expect(rivers.length).toBeGreaterThan(0);
		for (const river of rivers) {
			const line = (river.geometry as { coordinates: Position[] }).coordinates;
			const shared = line.filter((p) => borderVertices.has(p.join())).length;
			expect(shared / line.length, river.properties?.id).toBeGreaterThanOrEqual(0.5);
		}
	});
});
