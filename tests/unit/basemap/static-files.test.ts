/**
 * The generated basemap in static/basemap/ as the app fetches it: valid GeoJSON, inside the
 * documented data extent, every water feature named and sourced, within its gzip budget, and
 * exactly what the generator produces today (not stale, not reformatted by hand).
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import gjv from 'geojson-validation';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { DATA_EXTENT, inBbox } from '../../../scripts/basemap/config';
import { edgeFeatures } from '../../../scripts/basemap/edge';
import {
	borderLines,
	feature,
	landPolygons,
	loadTopology,
	simplifiedTopology
} from '../../../scripts/basemap/natural-earth';
import { lakeFeatures, riverFeatures } from '../../../scripts/basemap/water';
import { collection, serialize } from '../../../scripts/basemap/write';
import { BASEMAP_FILES, positions, readCollection, readText, repoPath } from './files';

/** build.ts's BUDGET_GZIP (not imported: importing build.ts runs the build). */
const BUDGET_GZIP = 60 * 1024;

const NATURAL_EARTH = 'static/basemap/natural-earth.geojson';
const WATER = 'static/basemap/water.geojson';

function waterFeatures(kind: string): Feature[] {
	return readCollection(WATER).features.filter((f) => f.properties?.kind === kind);
}

/** Features whose every position must lie in the data extent (all but the edge fade's frames). */
function clippedFeatures(): Feature[] {
	const naturalEarth = readCollection(NATURAL_EARTH).features;
	const water = readCollection(WATER).features;
	return [...naturalEarth.filter((f) => f.properties?.layer !== 'edge'), ...water];
}

describe('static/basemap GeoJSON files', () => {
	it.each(BASEMAP_FILES)('%s is a valid GeoJSON FeatureCollection', (path) => {
		const fc = readCollection(path);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length).toBeGreaterThan(0);
		expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
	});

	it('keeps land, borders, rivers and lakes inside the data extent', () => {
		const outside = clippedFeatures().flatMap((f) =>
			positions(f.geometry.type === 'GeometryCollection' ? [] : f.geometry.coordinates)
				.filter((p) => !inBbox(p, DATA_EXTENT))
				.map((p) => `${f.properties?.id ?? f.properties?.layer}: ${p.join(',')}`)
		);
		expect(outside).toEqual([]);
	});

	it('draws the edge fade inside the extent except for the outer frame covering the world', () => {
		const edges = readCollection(NATURAL_EARTH).features.filter(
			(f) => f.properties?.layer === 'edge'
		) as Feature<Polygon>[];
		expect(edges.length).toBeGreaterThan(0);
		const rings = edges.flatMap((f, k) =>
			k === 0 ? f.geometry.coordinates.slice(1) : f.geometry.coordinates
		);
		expect(positions(rings).every((p) => inBbox(p, DATA_EXTENT))).toBe(true);
		expect(positions(edges[0].geometry.coordinates[0])).toContainEqual([-180, -85]);
		expect(positions(edges[0].geometry.coordinates[0])).toContainEqual([180, 85]);
	});

	it('gives every river and lake a name in English, Chinese and Russian', () => {
		const unnamed = [...waterFeatures('river'), ...waterFeatures('lake')].filter((f) =>
			['name:en', 'name:zh', 'name:ru'].some(
				(key) => typeof f.properties?.[key] !== 'string' || !f.properties[key].trim()
			)
		);
		expect(waterFeatures('river').length).toBeGreaterThan(0);
		expect(waterFeatures('lake').length).toBeGreaterThan(0);
		expect(unnamed.map((f) => f.properties?.id)).toEqual([]);
	});

	it('marks every river and lake with a precision and at least one source', () => {
		const unsourced = [...waterFeatures('river'), ...waterFeatures('lake')].filter(
			(f) =>
				!['exact', 'approximate'].includes(f.properties?.precision) ||
				!Array.isArray(f.properties?.sources) ||
				f.properties.sources.length === 0 ||
				f.properties.sources.some((s: unknown) => typeof s !== 'string' || !s.trim())
		);
		expect(unsourced.map((f) => f.properties?.id)).toEqual([]);
	});

	it('gives every lake a label point carrying the same names', () => {
		const labels = new Map(waterFeatures('lake-label').map((f) => [f.properties?.id, f]));
		for (const lake of waterFeatures('lake')) {
			const label = labels.get(`${lake.properties?.id}-label`);
			expect(label?.geometry.type, `${lake.properties?.id}`).toBe('Point');
			expect(label?.properties?.['name:zh']).toBe(lake.properties?.['name:zh']);
		}
	});

	it('uses each water feature id once', () => {
		const ids = readCollection(WATER).features.map((f) => f.properties?.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('fits the basemap budget of 60 KB gzip', () => {
		const gzip = BASEMAP_FILES.reduce(
			(sum, path) => sum + gzipSync(readText(path), { level: 6 }).length,
			0
		);
		expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
	});
});

describe('static/basemap is the generator output', () => {
	/** What build.ts would write today, without writing anything. */
	function generate(): { naturalEarth: FeatureCollection; water: FeatureCollection } {
		const topology = simplifiedTopology(
			loadTopology(repoPath('node_modules/world-atlas/countries-50m.json'))
		);
		return {
			naturalEarth: collection([
				feature(landPolygons(topology, DATA_EXTENT), { layer: 'land' }),
				feature(borderLines(topology, DATA_EXTENT), { layer: 'border' }),
				...edgeFeatures(DATA_EXTENT)
			]),
			water: collection([...riverFeatures(topology), ...lakeFeatures()])
		};
	}

	it('is byte-for-byte what the build writes from the current sources (re-run the build if not)', () => {
		const { naturalEarth, water } = generate();
		const stale = 'stale: run npx tsx scripts/basemap/build.ts';
		expect(serialize(naturalEarth) === readText(NATURAL_EARTH), `${NATURAL_EARTH} ${stale}`).toBe(
			true
		);
		expect(serialize(water) === readText(WATER), `${WATER} ${stale}`).toBe(true);
	});

	it.each(BASEMAP_FILES)('%s is written one feature per line, as the build formats it', (path) => {
		const text = readText(path);
		expect(serialize(JSON.parse(text)) === text).toBe(true);
	});
});
