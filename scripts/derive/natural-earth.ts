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
import { lineString, simplify } from '@turf/turf';
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
