/**
 * Natural Earth 1:50m admin-0 countries from the `world-atlas` package (public domain; cited as
 * `natural-earth-50m` in geodata/facts/citations.yaml).
 *
 * The topology's shared arcs are simplified once, before any country is built, so that two
 * neighbours (e.g. China and Mongolia) keep exactly the same border vertices and the regions
 * cut from them meet without slivers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { kinks, lineString, polygon, simplify } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const require = createRequire(import.meta.url);

/** Reads the TopoJSON shipped by world-atlas. */
function readTopology(): Topology {
	const path = require.resolve('world-atlas/countries-50m.json');
	return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

/** Turns the quantized, delta-encoded arcs into absolute lon/lat positions. */
function decodeArcs(topo: Topology): Position[][] {
	const t = topo.transform;
	return topo.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			if (!t) return [dx, dy];
			x += dx;
			y += dy;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

/** Douglas–Peucker on one arc; the end points never move, so rings stay closed. */
function simplifyArc(arc: Position[], tolerance: number): Position[] {
	if (arc.length <= 2) return arc;
	return simplify(lineString(arc), { tolerance, highQuality: true }).geometry.coordinates;
}

/** Built once per tolerance: the derive script and its tests ask again and again. */
const loaded = new Map<number, Map<string, CountryFeature>>();

/**
 * All countries, keyed by their Natural Earth name, with arcs simplified to `tolerance` degrees.
 * The features are shared between calls: never mutate them.
 * @example loadCountries(0.02).get('Mongolia')
 */
export function loadCountries(tolerance: number): Map<string, CountryFeature> {
	const cached = loaded.get(tolerance);
	if (cached) return cached;
	const countries = buildCountries(tolerance);
	loaded.set(tolerance, countries);
	return countries;
}

function buildCountries(tolerance: number): Map<string, CountryFeature> {
	const topo = readTopology();
	const arcs = decodeArcs(topo).map((arc) => simplifyArc(arc, tolerance));
	const plain: Topology = { type: 'Topology', objects: topo.objects, arcs };
	const countries = feature(plain, plain.objects.countries) as unknown as {
		features: CountryFeature[];
	};
	return new Map(countries.features.map((f) => [f.properties.name, f]));
}

/** A box [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

const loadedZoned = new Map<string, Map<string, CountryFeature>>();

/** Douglas–Peucker tolerances in degrees: land borders and coasts, in the core and beyond it. */
export interface ZonedTolerance {
	core: Box;
	border: { core: number; rest: number };
	coast: { core: number; rest: number };
}

/** How many country outlines use each arc: two for a land border, one for a coast. */
function arcUses(topo: Topology): number[] {
	const uses = new Array<number>(topo.arcs.length).fill(0);
	const countries = topo.objects.countries as unknown as {
		geometries: { type: string; arcs?: number[][] | number[][][] }[];
	};
	for (const g of countries.geometries) {
		const rings =
			g.type === 'Polygon' ? (g.arcs as number[][]) : ((g.arcs ?? []) as number[][][]).flat();
		for (const ring of rings) for (const arc of ring) uses[arc < 0 ? ~arc : arc]++;
	}
	return uses;
}

/**
 * All countries as `loadCountries` gives them, simplified by zone and by kind of edge: an arc
 * two countries share (a land border) keeps more detail than a coast, and an arc that reaches
 * into `core` more than one beyond it. Shared arcs are simplified once, so neighbours still
 * meet exactly.
 * @example loadCountriesZoned({ core: [60, 18, 145, 58], border: { core: 0.02, rest: 0.05 }, coast: { core: 0.04, rest: 0.08 } })
 */
export function loadCountriesZoned(zones: ZonedTolerance): Map<string, CountryFeature> {
	const key = JSON.stringify(zones);
	const cached = loadedZoned.get(key);
	if (cached) return cached;
	const topo = readTopology();
	const [w, s, e, n] = zones.core;
	const inCore = (p: Position) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
	const uses = arcUses(topo);
	const raw = decodeArcs(topo);
	// Arcs simplified on their own can cross a neighbouring arc (a spit across its lagoon):
	// those near a crossing are simplified again, to the finest tolerance, until none is left.
	const fine = Math.min(zones.border.core, zones.coast.core);
	const refined = new Set<number>();
	for (let round = 0; ; round++) {
		const arcs = raw.map((arc, i) => {
			const kind = uses[i] >= 2 ? zones.border : zones.coast;
			const tolerance = refined.has(i) ? fine : arc.some(inCore) ? kind.core : kind.rest;
			return simplifyArc(arc, tolerance);
		});
		const plain: Topology = { type: 'Topology', objects: topo.objects, arcs };
		const countries = feature(plain, plain.objects.countries) as unknown as {
			features: CountryFeature[];
		};
		const crossings = countries.features.flatMap(crossingsOf);
		const near = raw
			.map((arc, i) => i)
			.filter((i) => !refined.has(i) && crossings.some((c) => arcs[i].some((p) => close(p, c))));
		if (!near.length || round === 3) {
			const map = new Map(countries.features.map((f) => [f.properties.name, f]));
			loadedZoned.set(key, map);
			return map;
		}
		for (const i of near) refined.add(i);
	}
}

/** Within half a degree. */
const close = (a: Position, b: Position) =>
	Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) < 0.5;

/**
 * Where a country's rings cross themselves or each other, one polygon at a time, with
 * longitudes west of 0 moved on by 360° in a polygon that runs across the antimeridian (so
 * the jump there is not counted).
 */
function crossingsOf(country: CountryFeature): Position[] {
	const polys =
		country.geometry.type === 'Polygon'
			? [country.geometry.coordinates]
			: country.geometry.coordinates;
	return polys.flatMap((rings) => {
		const wraps = rings[0].some((p) => p[0] < 0) && rings[0].some((p) => p[0] > 90);
		const flat = wraps
			? rings.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]))
			: rings;
		return kinks(polygon(flat)).features.map((f) => {
			const [x, y] = f.geometry.coordinates;
			return [x > 180 ? x - 360 : x, y];
		});
	});
}
