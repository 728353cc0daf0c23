/**
 * Builds geodata/regions.geojson and geodata/railways.geojson from Natural Earth (world-atlas)
 * and the sourced inputs in this folder, and writes docs/geodata-regions-railways.md with the
 * numbers it measured. Deterministic: running it twice gives byte-identical files.
 *
 *   npx tsx scripts/geodata/build.ts           write the files
 *   npx tsx scripts/geodata/build.ts --check   exit 1 if any file would change
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { difference, featureCollection } from '@turf/turf';
import { format } from 'prettier';
import type { Feature, Geometry } from 'geojson';
import type { StoryFeatureProperties } from '../../src/lib/geodata/types';
import { docsText } from './docs';
import {
	areaKm2,
	clipToCountry,
	dropSmallParts,
	finishAreal,
	lengthKm,
	outlinePolygon,
	railwayGeometry,
	type Areal
} from './geometry';
import { loadCountries, type CountryFeature } from './natural-earth';
import { OUTLINES } from './outlines';
import { RAILWAYS } from './railways';
import { REGIONS } from './regions';
import { STATIONS } from './stations';
import type { FeatureMeta, RailwayDef, RegionDef, Station } from './types';
import { collectionText } from './write';

/** Shared-arc simplification in degrees (~1 km); both files stay well inside 35 KB gzip. */
const SIMPLIFY_DEGREES = 0.01;
/** The repository's Prettier options (see .prettierrc). */
const PRETTIER = { useTabs: true, singleQuote: true, printWidth: 100 } as const;
/** Islets and slivers below this are dropped from cut regions. */
const MIN_PART_KM2 = 150;

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export interface BuiltRegion {
	def: RegionDef;
	feature: Feature<Geometry, StoryFeatureProperties>;
	areaKm2: number;
}
export interface BuiltRailway {
	def: RailwayDef;
	feature: Feature<Geometry, StoryFeatureProperties>;
	lengthKm: number;
}

/** The shared properties, in the order the files show them. */
function properties(
	meta: FeatureMeta,
	kind: 'region' | 'railway',
	precision: 'exact' | 'approximate',
	extra: Partial<StoryFeatureProperties> = {}
): StoryFeatureProperties {
	return {
		id: meta.id,
		kind,
		'name:en': meta['name:en'],
		'name:zh': meta['name:zh'],
		'name:ru': meta['name:ru'],
		start_date: meta.start_date,
		...(meta.end_date ? { end_date: meta.end_date } : {}),
		control: meta.control,
		precision,
		...extra,
		description: meta.description,
		sources: meta.sources
	};
}

/** A Natural Earth country, or a hand outline cut by one (minus other outlines if asked). */
function regionGeometry(def: RegionDef, countries: Map<string, CountryFeature>): Areal {
	const g = def.geometry;
	const country = countries.get(g.country);
	if (!country) throw new Error(`${def.id}: no Natural Earth country '${g.country}'`);
	if (g.kind === 'country') return country;
	let cut = clipToCountry(outlinePolygon(OUTLINES[g.outline]), country, def.id);
	for (const other of g.minus ?? []) {
		const hole = clipToCountry(outlinePolygon(OUTLINES[other]), country, `${def.id}-${other}`);
		const rest = difference(featureCollection([cut, hole]));
		if (!rest) throw new Error(`${def.id}: nothing left after removing ${other}`);
		cut = rest;
	}
	return dropSmallParts(cut, MIN_PART_KM2);
}

export function buildRegions(countries: Map<string, CountryFeature>): BuiltRegion[] {
	return REGIONS.map((def) => {
		const geometry = finishAreal(regionGeometry(def, countries), def.id);
		return {
			def,
			areaKm2: areaKm2(geometry),
			feature: {
				type: 'Feature',
				properties: properties(def, 'region', def.precision),
				geometry: geometry.geometry
			}
		};
	});
}

/** Station ids must be unique, or a path could silently pick the wrong one. */
function stationIndex(stations: Station[]): Map<string, Station> {
	const index = new Map<string, Station>();
	for (const s of stations) {
		if (index.has(s.id)) throw new Error(`station '${s.id}' is listed twice`);
		index.set(s.id, s);
	}
	return index;
}

export function buildRailways(stations: Map<string, Station>): BuiltRailway[] {
	return RAILWAYS.map((def) => {
		const line = railwayGeometry(def.paths, stations, def.id);
		const km = lengthKm(line);
		return {
			def,
			lengthKm: km,
			feature: {
				type: 'Feature',
				// Station-to-station lines: stations are sourced points, the track between them is not.
				properties: properties(def, 'railway', 'approximate', { length_km: km }),
				geometry: line.geometry
			}
		};
	});
}

/** Ids must be unique across both files (the validator checks all files together too). */
function assertUniqueIds(ids: string[]): void {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) throw new Error(`feature id '${id}' is used twice`);
		seen.add(id);
	}
}

/** Writes `text` to `path`, or in check mode reports whether it differs. */
async function emit(path: string, text: string, check: boolean): Promise<boolean> {
	const old = await readFile(path, 'utf8').catch(() => '');
	if (old === text) return true;
	if (!check) await writeFile(path, text);
	return !check;
}

async function main(): Promise<number> {
	const check = process.argv.includes('--check');
	const regions = buildRegions(loadCountries(SIMPLIFY_DEGREES));
	const stations = stationIndex(STATIONS);
	const railways = buildRailways(stations);
	assertUniqueIds([...regions, ...railways].map((b) => b.def.id));
	const outputs: [string, string][] = [
		['geodata/regions.geojson', collectionText(regions.map((r) => r.feature))],
		['geodata/railways.geojson', collectionText(railways.map((r) => r.feature))],
		[
			'docs/geodata-regions-railways.md',
			// Formatted with the house options so `prettier --check .` passes on the generated file.
			await format(docsText(regions, railways, STATIONS, SIMPLIFY_DEGREES), {
				...PRETTIER,
				parser: 'markdown'
			})
		]
	];
	let ok = true;
	for (const [path, text] of outputs) {
		const same = await emit(root(path), text, check);
		if (!same) console.error(`${path} is out of date; run npx tsx scripts/geodata/build.ts`);
		ok &&= same;
		console.log(`${path}: ${Buffer.byteLength(text)} bytes`);
	}
	return ok ? 0 : 1;
}

main().then((code) => {
	process.exitCode = code;
});
