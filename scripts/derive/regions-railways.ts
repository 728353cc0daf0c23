/**
 * Derives geodata/regions.geojson, geodata/railways.geojson and docs/geodata-regions-railways.md
 * from the fact files in geodata/facts/: stations.csv, railways.yaml (routes and periods),
 * regions.yaml, outlines.yaml, the hand-drawn lines of boundaries.geojson and the shared
 * citations.yaml. Regions are cut from Natural Earth (world-atlas) with turf; railways run
 * station to station and are measured with turf.length. Reads and validates everything first,
 * reporting every problem at once; writes nothing (the caller writes or compares).
 *
 * Deterministic: the same facts give the same bytes, so a check can re-derive and compare.
 */
import { readFile } from 'node:fs/promises';
import { cardTexts, type CardTexts } from './card-texts';
import { join } from 'node:path';
import { difference, featureCollection } from '@turf/turf';
import { format } from 'prettier';
import type { Feature, Geometry } from 'geojson';
import type { z } from 'zod';
import { ID_PATTERN } from '../../src/lib/geodata/schema/fields';
import {
	issueMessages,
	suggestKey,
	withoutMisspeltMissing
} from '../../src/lib/geodata/schema/issues';
import {
	boundariesFile,
	boundaryFeature,
	outline as outlineSchema,
	railwayRow,
	railwaysFile,
	regionRow,
	route as routeSchema,
	STATION_COLUMNS,
	stationRow,
	type GeometryRecipe,
	type Names,
	type RailwayRow,
	type RegionRow,
	type RingItem
} from '../../src/lib/geodata/schema/regions-railways';
import type { Control, StoryFeatureProperties } from '../../src/lib/geodata/types';
import {
	areaKm2,
	clipToCountry,
	dropSmallParts,
	finishAreal,
	lengthKm,
	outlinePolygon,
	railwayGeometry,
	unionOf,
	type Areal
} from './geometry';
import { loadCountries, type CountryFeature } from './natural-earth';
import { isObject } from '../../src/lib/guards';
import { readCsv, readYaml, resolveCitations, type Read } from './read';
import { docsText } from './regions-railways-docs';
import { collectionText } from './write';

/** Shared-arc simplification in degrees (~1 km); both files stay well inside 35 KB gzip. */
export const SIMPLIFY_DEGREES = 0.01;
/** The repository's Prettier options (see .prettierrc). */
const PRETTIER = { useTabs: true, singleQuote: true, printWidth: 100 } as const;
/** Islets and slivers below this are dropped from cut regions. */
export const MIN_PART_KM2 = 150;

const FACTS = 'geodata/facts';
const CITATIONS = 'citations.yaml';
const STATIONS = 'stations.csv';
const RAILWAYS = 'railways.yaml';
const REGIONS = 'regions.yaml';
const OUTLINES = 'outlines.yaml';
const BOUNDARIES = 'boundaries.geojson';
/** The files in the order their problems are listed. */
const FILES = [CITATIONS, STATIONS, RAILWAYS, BOUNDARIES, OUTLINES, REGIONS];

/** The citation of the Natural Earth countries: the docs name it once, not in every row. */
const NATURAL_EARTH_KEY = 'natural-earth-50m';

/** The docs' geometry column for a hand-drawn outline cut by Natural Earth. */
const CUT = (outline: string, naturalEarth: string) =>
	`Hand-drawn interior line (geodata/facts/outlines.yaml, ${outline}); international borders and coast: ${naturalEarth}`;

// ---- The facts, resolved ----------------------------------------------------------------

/** A station: the point a railway passes through, and the source of its coordinate. */
export interface StationFact {
	id: string;
	name: string;
	lon: number;
	lat: number;
	source: string;
}

/** Names, dates and sources shared by every derived feature, citation keys resolved. */
interface FeatureFact {
	id: string;
	name: Names;
	start: string;
	end?: string;
	control: Control;
	precision: 'exact' | 'approximate';
	description: string;
	/** The card's Chinese and Russian texts, where written. */
	texts: CardTexts;
	sources: string[];
}

export interface RailwayFact extends FeatureFact {
	/** Each path an ordered list of station ids; several paths make a MultiLineString. */
	paths: string[][];
	/**
	 * The published length: `km` is the length the feature card shows (`length_km`), `citation`
	 * its source as listed among the feature's sources, and `source` the docs' text, which adds
	 * why the drawn line still falls short.
	 */
	published?: { km: number; source: string; citation: string };
}

export interface RegionFact extends FeatureFact {
	geometry: GeometryRecipe;
	/** Where the geometry comes from, for the docs table. */
	geometrySource: string;
}

export interface RegionsRailwaysFacts {
	stations: StationFact[];
	railways: RailwayFact[];
	regions: RegionFact[];
	/** Each outline of outlines.yaml as its ring of [lon, lat], lines walked and joined. */
	outlines: Map<string, [number, number][]>;
	/** Each outline's `name`, for the docs ("minus the Kwantung Leased Territory"). */
	outlineNames: Map<string, string>;
	/** citations.yaml: key → full text (the states resolve their keys with it too). */
	citations: Readonly<Record<string, string>>;
	/** The text of the Natural Earth citation. */
	naturalEarth: string;
}

export interface BuiltRegion {
	def: RegionFact;
	feature: Feature<Geometry, StoryFeatureProperties>;
	areaKm2: number;
}
export interface BuiltRailway {
	def: RailwayFact;
	feature: Feature<Geometry, StoryFeatureProperties>;
	lengthKm: number;
}

// ---- Problems ---------------------------------------------------------------------------

/** A row of a file: its position (for sorting) and its label (`harbin`, `#3`, `line 12`). */
interface Entry {
	index: number;
	label: string;
}

/**
 * Problems as `facts/<file> › <row>: <message>`, listed by file and row whatever check found
 * them, so each row's mistakes stand together.
 */
class Problems {
	private readonly list: { file: number; row: number; text: string }[] = [];

	add(file: string, message: string, entry?: Entry): void {
		this.list.push({
			file: FILES.indexOf(file),
			row: entry?.index ?? -Infinity,
			text: `facts/${file}${entry ? ` › ${entry.label}` : ''}: ${message}`
		});
	}

	get count(): number {
		return this.list.length;
	}

	lines(): string[] {
		return [...this.list].sort((a, b) => a.file - b.file || a.row - b.row).map((p) => p.text);
	}
}

const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const quote = (v: unknown) => JSON.stringify(v);

/**
 * The references a geometry recipe makes, each with the field that makes it (`at` is the
 * recipe's own path, e.g. `geometry` or `geometry.parts[1]`): Natural Earth country names, and
 * outline ids. Read from unvalidated input, so a malformed recipe yields what it can.
 */
export function recipeRefs(
	g: Record<string, unknown>,
	at: string
): { countries: [string, string][]; outlines: [string, string][] } {
	const countries = [
		...(typeof g.country === 'string' ? [[`${at}.country`, g.country]] : []),
		...(Array.isArray(g.countries) ? g.countries.map((c, i) => [`${at}.countries[${i}]`, c]) : [])
	].filter(([, c]) => typeof c === 'string' && c.trim()) as [string, string][];
	const outlines = [
		...(isId(g.outline) ? [[`${at}.outline`, g.outline]] : []),
		...(Array.isArray(g.minus) ? g.minus.map((m, i) => [`${at}.minus[${i}]`, m]) : [])
	].filter(([, o]) => isId(o)) as [string, string][];
	return { countries, outlines };
}
/** A near miss (`hailer` → hailar), or the one known word that `word` begins (`natural-earth`). */
const didYouMean = (word: string, known: Iterable<string>) => {
	const hint = nearest(word, known);
	return hint ? `; did you mean "${hint}"?` : '';
};
function nearest(word: string, known: Iterable<string>): string | undefined {
	const all = [...known];
	const lower = new Map(all.map((k) => [k.toLowerCase(), k]));
	const near = suggestKey(word.toLowerCase(), [...lower.keys()]);
	if (near) return lower.get(near);
	const longer = all.filter((k) => word.length >= 4 && k.startsWith(word));
	return longer.length === 1 ? longer[0] : undefined;
}
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per schema issue, without the "is missing" that a misspelt key also causes. */
const messagesOf = (error: z.ZodError, schema: z.ZodType) =>
	withoutMisspeltMissing(issueMessages(error, schema));

// ---- Reading ----------------------------------------------------------------------------

/** A file's content, or why it cannot be used (missing, unreadable, not YAML/CSV/JSON). */
async function readFact<T>(
	root: string,
	file: string,
	read: (path: string) => Promise<Read<T>>
): Promise<Read<T>> {
	try {
		return await read(join(root, FACTS, file));
	} catch (e) {
		const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
		return {
			ok: false,
			error: missing ? 'is missing' : `cannot be read (${(e as Error).message})`
		};
	}
}

/** A JSON file, with the line of a syntax error where the parser gives its position. */
async function readJson(path: string): Promise<Read<unknown>> {
	const text = await readFile(path, 'utf8');
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		const message = (e as Error).message;
		const at = /position (\d+)/.exec(message);
		const line = at ? ` (line ${text.slice(0, Number(at[1])).split('\n').length})` : '';
		return { ok: false, error: `not valid JSON${line}: ${message}` };
	}
}

/** The raw content of every fact file (parsed, not yet checked), or why a file is unusable. */
interface Raw {
	citations: Read<unknown>;
	stations: Read<Record<string, string>[]>;
	railways: Read<unknown>;
	boundaries: Read<unknown>;
	outlines: Read<unknown>;
	regions: Read<unknown>;
}

async function readAll(root: string): Promise<Raw> {
	const [citations, stations, railways, boundaries, outlines, regions] = await Promise.all([
		readFact(root, CITATIONS, readYaml),
		readFact(root, STATIONS, readCsv),
		readFact(root, RAILWAYS, readYaml),
		readFact(root, BOUNDARIES, readJson),
		readFact(root, OUTLINES, readYaml),
		readFact(root, REGIONS, readYaml)
	]);
	return { citations, stations, railways, boundaries, outlines, regions };
}

/** The list of `key:` (a top-level list in regions.yaml, `railways:` in railways.yaml). */
const listIn = (read: Read<unknown>, key?: string): unknown[] => {
	if (!read.ok) return [];
	const value = key ? (isObject(read.value) ? read.value[key] : undefined) : read.value;
	return Array.isArray(value) ? value : [];
};

/** How many citation keys (kebab-case words) the files cite, for the skip count. */
function countKeys(value: unknown): number {
	if (typeof value === 'string') return 0;
	if (Array.isArray(value)) return value.reduce((n: number, v) => n + countKeys(v), 0);
	if (!isObject(value)) return 0;
	let n = 0;
	for (const [k, v] of Object.entries(value))
		if ((k === 'sources' || k === 'source') && Array.isArray(v))
			n += v.filter((s) => typeof s === 'string' && ID_PATTERN.test(s)).length;
		else if (k === 'source' && typeof v === 'string' && ID_PATTERN.test(v)) n += 1;
		else n += countKeys(v);
	return n;
}

/**
 * One problem for each unusable file, naming what is skipped because of it, so that a broken
 * file never causes a cascade of follow-on problems.
 */
function reportUnreadable(raw: Raw, problems: Problems): void {
	const railways = listIn(raw.railways, 'railways').length;
	const regions = listIn(raw.regions);
	const drawn = regions.filter(
		(r) => isObject(r) && isObject(r.geometry) && (r.geometry.outline || r.geometry.minus)
	).length;
	const outlines = raw.outlines.ok && isObject(raw.outlines.value) ? raw.outlines.value : {};
	if (!raw.citations.ok) {
		const cited =
			(raw.stations.ok ? countKeys(raw.stations.value) : 0) +
			countKeys([raw.railways, raw.boundaries, raw.regions].map((r) => (r.ok ? r.value : [])));
		problems.add(
			CITATIONS,
			`${raw.citations.error}; skipped: ${plural(cited, 'citation key')} of the region and railway files not checked`
		);
	}
	if (!raw.stations.ok)
		problems.add(
			STATIONS,
			`${raw.stations.error}; skipped: ${plural(railways, 'railway period')} not checked or derived`
		);
	if (!raw.railways.ok)
		problems.add(RAILWAYS, `${raw.railways.error}; skipped: no railway period checked or derived`);
	if (!raw.boundaries.ok)
		problems.add(
			BOUNDARIES,
			`${raw.boundaries.error}; skipped: ${plural(Object.keys(outlines).length, 'outline')} not checked, ${plural(drawn, 'region')} not derived`
		);
	if (!raw.outlines.ok)
		problems.add(
			OUTLINES,
			`${raw.outlines.error}; skipped: ${plural(drawn, 'region')} drawn from outlines not checked or derived`
		);
	if (!raw.regions.ok)
		problems.add(REGIONS, `${raw.regions.error}; skipped: no region checked or derived`);
}

// ---- Checking ---------------------------------------------------------------------------

/**
 * Resolves citation keys through citations.yaml; an unknown key is a problem with the row.
 * Without a usable citations.yaml, keys stay as they are and are not reported (the one problem
 * with that file says it all).
 */
class Citations {
	constructor(readonly table: Readonly<Record<string, string>> | undefined) {}

	cite(list: readonly string[], field: string, report: (m: string) => void): string[] {
		if (!this.table) return [...list];
		const table = this.table;
		return list.map((citation, i) => {
			const { sources, unknown } = resolveCitations([citation], table);
			if (unknown.length)
				report(
					`${list.length > 1 || field.endsWith('sources') ? `${field}[${i}]` : field} ${quote(citation)} is not a key of ${CITATIONS}${didYouMean(citation, Object.keys(table))}`
				);
			return sources[0];
		});
	}

	citeOne(citation: string, field: string, report: (m: string) => void): string {
		return this.cite([citation], field, report)[0];
	}
}

/** citations.yaml as key → text; undefined (with problems) when it is unusable. */
function checkCitations(raw: Raw, problems: Problems): Record<string, string> | undefined {
	if (!raw.citations.ok) return undefined;
	const value = raw.citations.value;
	if (!isObject(value)) {
		problems.add(CITATIONS, 'must be a list of "key: full citation" lines');
		return undefined;
	}
	const table: Record<string, string> = {};
	Object.entries(value).forEach(([key, text], index) => {
		const entry = { index, label: key };
		if (!ID_PATTERN.test(key)) problems.add(CITATIONS, 'the key must be kebab-case', entry);
		else if (typeof text !== 'string' || text.trim() === '')
			problems.add(CITATIONS, `must be the full citation text, not ${quote(text)}`, entry);
		else table[key] = text;
	});
	return table;
}

/** The rows of stations.csv that pass their schema, and the ids of every row. */
function checkStations(
	raw: Raw,
	cite: Citations,
	problems: Problems
): { stations: Map<string, StationFact>; ids: Set<string> } | undefined {
	if (!raw.stations.ok) return undefined;
	const rows = raw.stations.value;
	const header = rows.length ? Object.keys(rows[0]) : [...STATION_COLUMNS];
	const required = STATION_COLUMNS.filter((c) => c !== 'notes');
	const unknown = header.filter((c) => !(STATION_COLUMNS as readonly string[]).includes(c));
	const missing = required.filter((c) => !header.includes(c));
	if (unknown.length || missing.length) {
		const meant = new Map(unknown.map((c) => [c, nearest(c, STATION_COLUMNS)]));
		const parts = [
			...unknown.map((c) =>
				meant.get(c) ? `${quote(c)} should be ${quote(meant.get(c))}` : `unknown column ${quote(c)}`
			),
			...missing.filter((c) => ![...meant.values()].includes(c)).map((c) => `no column ${quote(c)}`)
		];
		problems.add(
			STATIONS,
			`the first line must name the columns ${STATION_COLUMNS.join(',')}: ${parts.join('; ')}; skipped: ${plural(rows.length, 'station')}`
		);
		return undefined;
	}
	const stations = new Map<string, StationFact>();
	const ids = new Set<string>();
	const firstLine = new Map<string, number>();
	rows.forEach((row, index) => {
		// The header is line 1; a quoted field never holds a line break here.
		const line = index + 2;
		const entry = { index, label: isId(row.id) ? `${row.id} (line ${line})` : `line ${line}` };
		const report = (m: string) => problems.add(STATIONS, m, entry);
		if (isId(row.id)) {
			const first = firstLine.get(row.id);
			if (first) report(`id ${quote(row.id)} is used twice (also on line ${first})`);
			else firstLine.set(row.id, line);
			ids.add(row.id);
		}
		const parsed = stationRow.safeParse(row);
		if (typeof row.source === 'string' && row.source.trim())
			cite.citeOne(row.source, 'source', report);
		if (!parsed.success) {
			for (const m of messagesOf(parsed.error, stationRow)) report(m);
			return;
		}
		const s = parsed.data;
		if (!stations.has(s.id))
			stations.set(s.id, {
				id: s.id,
				name: s.name,
				lon: s.lon,
				lat: s.lat,
				source: cite.citeOne(s.source, 'source', () => {})
			});
	});
	return { stations, ids };
}

/** What a route item may name: the stations and routes, and the names known but broken. */
interface Known {
	stations?: Set<string>;
	routes: Map<string, string[]>;
	/** Names of routes or rows that exist but failed their own checks: never "unknown". */
	broken: Set<string>;
}

/**
 * The station ids of a route list, routes expanded in order; a station shared by the end of
 * one part and the start of the next is kept once. Undefined when an item is unknown (reported
 * through `report`), broken, or when the stations could not be read.
 */
function expand(
	items: readonly string[],
	field: string,
	known: Known,
	report: (m: string) => void,
	stack: string[] = []
): string[] | undefined {
	const out: string[] = [];
	let complete = true;
	items.forEach((item, i) => {
		const sub = known.routes.get(item);
		let ids: string[] | undefined;
		if (sub) {
			// A route that contains itself is reported once, at the route (`routeCycle`).
			ids = stack.includes(item) ? undefined : expand(sub, '', known, () => {}, [...stack, item]);
		} else if (known.broken.has(item) || !known.stations) ids = undefined;
		else if (known.stations.has(item)) ids = [item];
		else {
			report(
				`${field}[${i}] ${quote(item)} is not a route or a station of ${STATIONS}${didYouMean(item, [...known.routes.keys(), ...known.stations])}`
			);
			ids = undefined;
		}
		if (!ids) complete = false;
		else for (const id of ids) if (out[out.length - 1] !== id) out.push(id);
	});
	return complete ? out : undefined;
}

/** The first chain of routes that leads from `name` back to itself, if any. */
function routeCycle(name: string, routes: Map<string, string[]>): string[] | undefined {
	const walk = (at: string, path: string[]): string[] | undefined => {
		for (const item of routes.get(at) ?? []) {
			if (item === name) return [...path, item];
			if (routes.has(item) && !path.includes(item)) {
				const found = walk(item, [...path, item]);
				if (found) return found;
			}
		}
		return undefined;
	};
	return walk(name, [name]);
}

/** The row label: its id when it has one, else its position counted from 1. */
const entryOf = (raw: unknown, index: number): Entry => ({
	index,
	label: isObject(raw) && isId(raw.id) ? raw.id : `#${index + 1}`
});

/** railways.yaml: its routes (checked) and the railway periods that pass every check. */
function checkRailways(
	raw: Raw,
	stations: { stations: Map<string, StationFact>; ids: Set<string> } | undefined,
	cite: Citations,
	problems: Problems
): RailwayFact[] | undefined {
	if (!raw.railways.ok) return undefined;
	const top = railwaysFile.safeParse(raw.railways.value);
	if (!top.success) {
		for (const m of messagesOf(top.error, railwaysFile))
			problems.add(RAILWAYS, `${m}; skipped: no railway period checked or derived`);
		return undefined;
	}
	const { routes: rawRoutes, railways: rows } = top.data;
	// Routes first: each checked on its own, then expanded through the others.
	const known: Known = {
		stations: stations?.ids,
		routes: new Map(),
		broken: new Set(stations ? [...stations.ids].filter((id) => !stations.stations.has(id)) : [])
	};
	const count = Object.keys(rawRoutes).length;
	const routeEntries = Object.entries(rawRoutes).map(([name, value], index) => ({
		name,
		value,
		// Listed before the railway periods, in file order.
		entry: { index: index - count, label: `routes.${name}` }
	}));
	for (const { name, value, entry } of routeEntries) {
		const report = (m: string) => problems.add(RAILWAYS, m, entry);
		if (!isId(name)) {
			report('the route name must be kebab-case (lowercase letters, digits, single hyphens)');
			continue;
		}
		if (stations?.ids.has(name)) report(`is also a station id of ${STATIONS}; rename the route`);
		const parsed = routeSchema.safeParse(value);
		if (parsed.success) known.routes.set(name, parsed.data);
		else {
			known.broken.add(name);
			for (const m of messagesOf(parsed.error, routeSchema)) report(m);
		}
	}
	for (const { name, entry } of routeEntries) {
		const items = known.routes.get(name);
		if (!items) continue;
		const report = (m: string) => problems.add(RAILWAYS, m, entry);
		const cycle = routeCycle(name, known.routes);
		if (cycle) report(`contains itself: ${cycle.join(' → ')}`);
		else expand(items, '', known, report, [name]);
	}

	const facts: RailwayFact[] = [];
	rows.forEach((rawRow, index) => {
		const entry = entryOf(rawRow, index);
		const report = (m: string) => problems.add(RAILWAYS, m, entry);
		const parsed = railwayRow.safeParse(rawRow);
		// References are checked on the row as read, so they are reported with its other mistakes.
		const refs = isObject(rawRow) ? rawRow : {};
		const paths = [refs.route, ...(Array.isArray(refs.branches) ? refs.branches : [])].map(
			(list, i) =>
				Array.isArray(list) && list.every(isId)
					? expand(list, i === 0 ? 'route' : `branches[${i - 1}]`, known, report)
					: undefined
		);
		const sources = Array.isArray(refs.sources)
			? cite.cite(
					refs.sources.map((s) => (typeof s === 'string' ? s : '')),
					'sources',
					report
				)
			: [];
		const publishedSource =
			isObject(refs.published) && typeof refs.published.source === 'string'
				? cite.citeOne(refs.published.source, 'published.source', report)
				: undefined;
		if (!parsed.success) {
			for (const m of messagesOf(parsed.error, railwayRow)) report(m);
			return;
		}
		const row: RailwayRow = parsed.data;
		if (paths.some((p) => !p)) return;
		for (const [i, path] of paths.entries())
			if (path!.length < 2)
				report(`${i === 0 ? 'route' : `branches[${i - 1}]`} needs at least two stations`);
		if (paths.some((p) => p!.length < 2)) return;
		facts.push({
			...common(row, sources),
			paths: paths as string[][],
			...(row.published
				? {
						published: {
							km: row.published.km,
							citation: publishedSource!,
							source: row.published.still_short
								? `${publishedSource}. Still short: ${row.published.still_short}`
								: publishedSource!
						}
					}
				: {})
		});
	});
	return facts;
}

/**
 * A railway's properties with its published length (`length_km`) and, among its sources, where
 * that length comes from; unchanged where no length is published.
 */
export function publishedLength(
	props: StoryFeatureProperties,
	published: RailwayFact['published']
): StoryFeatureProperties {
	if (!published) return props;
	const note = `Length ${published.km.toLocaleString('en')} km: ${published.citation}`;
	const sources = props.sources.includes(published.citation)
		? props.sources.map((s) => (s === published.citation ? note : s))
		: [...props.sources, note];
	return { ...props, length_km: published.km, sources };
}

/** The parts of a feature fact every row shares. */
function common(row: RailwayRow | RegionRow, sources: string[]): FeatureFact {
	return {
		id: row.id,
		name: row.name,
		start: row.start,
		...(row.end ? { end: row.end } : {}),
		control: row.control,
		precision: row.precision,
		description: row.description,
		texts: cardTexts(row),
		sources
	};
}

/** boundaries.geojson: each hand-drawn line by id, and the ids of every feature. */
function checkBoundaries(
	raw: Raw,
	cite: Citations,
	problems: Problems
): { lines: Map<string, [number, number][]>; ids: Set<string> } | undefined {
	if (!raw.boundaries.ok) return undefined;
	const top = boundariesFile.safeParse(raw.boundaries.value);
	if (!top.success) {
		for (const m of messagesOf(top.error, boundariesFile))
			problems.add(BOUNDARIES, `${m}; skipped: the outlines of ${OUTLINES} not checked`);
		return undefined;
	}
	const lines = new Map<string, [number, number][]>();
	const ids = new Set<string>();
	top.data.features.forEach((feature, index) => {
		const props = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
		const entry = { index, label: isId(props.id) ? props.id : `#${index + 1}` };
		const report = (m: string) => problems.add(BOUNDARIES, m, entry);
		if (isId(props.id)) {
			if (ids.has(props.id)) report('id is used twice');
			ids.add(props.id);
		}
		if (Array.isArray(props.sources))
			cite.cite(
				props.sources.map((s) => (typeof s === 'string' ? s : '')),
				'sources',
				report
			);
		const parsed = boundaryFeature.safeParse(feature);
		if (!parsed.success) {
			for (const m of messagesOf(parsed.error, boundaryFeature)) report(m);
			return;
		}
		if (!lines.has(parsed.data.properties.id))
			lines.set(parsed.data.properties.id, parsed.data.geometry.coordinates);
	});
	return { lines, ids };
}

/**
 * An outline's ring as [lon, lat] points: corner points as given, lines walked forwards or
 * backwards; a point that ends one piece and begins the next is kept once, and so is the first
 * point when the last piece ends on it.
 */
function ringPoints(items: RingItem[], lines: Map<string, [number, number][]>): [number, number][] {
	const out: [number, number][] = [];
	for (const item of items) {
		const points = Array.isArray(item)
			? [item as [number, number]]
			: item.reverse
				? [...lines.get(item.line)!].reverse()
				: lines.get(item.line)!;
		for (const p of points) {
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
		}
	}
	const [first, last] = [out[0], out[out.length - 1]];
	if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
	return out;
}

/** outlines.yaml: each outline's ring (lines resolved), and the names of every outline. */
function checkOutlines(
	raw: Raw,
	boundaries: { lines: Map<string, [number, number][]>; ids: Set<string> } | undefined,
	problems: Problems
):
	| { rings: Map<string, [number, number][]>; names: Map<string, string>; ids: Set<string> }
	| undefined {
	if (!raw.outlines.ok) return undefined;
	const value = raw.outlines.value;
	if (!isObject(value)) {
		problems.add(OUTLINES, 'must be a map of outlines, each starting with "<id>:"');
		return undefined;
	}
	const rings = new Map<string, [number, number][]>();
	const names = new Map<string, string>();
	const ids = new Set(Object.keys(value));
	Object.entries(value).forEach(([id, rawOutline], index) => {
		const entry = { index, label: id };
		const report = (m: string) => problems.add(OUTLINES, m, entry);
		if (!ID_PATTERN.test(id)) report('the outline id must be kebab-case');
		const parsed = outlineSchema.safeParse(rawOutline);
		const ring = isObject(rawOutline) && Array.isArray(rawOutline.ring) ? rawOutline.ring : [];
		let linesKnown = true;
		ring.forEach((item: unknown, i) => {
			if (!isObject(item) || !isId(item.line)) return;
			if (!boundaries) linesKnown = false;
			else if (!boundaries.lines.has(item.line)) {
				linesKnown = false;
				if (!boundaries.ids.has(item.line))
					report(
						`ring[${i}] line ${quote(item.line)} is not a line of ${BOUNDARIES}${didYouMean(item.line, boundaries.ids)}`
					);
			}
		});
		if (!parsed.success) {
			for (const m of messagesOf(parsed.error, outlineSchema)) report(m);
			return;
		}
		names.set(id, parsed.data.name);
		if (!linesKnown || !boundaries) return;
		const points = ringPoints(parsed.data.ring, boundaries.lines);
		if (points.length < 3) {
			report(`ring has ${plural(points.length, 'distinct point')}; an outline needs at least 3`);
			return;
		}
		rings.set(id, points);
	});
	return { rings, names, ids };
}

/** regions.yaml: the rows that pass every check, with their docs geometry column. */
function checkRegions(
	raw: Raw,
	outlines: ReturnType<typeof checkOutlines>,
	countries: () => Map<string, CountryFeature>,
	naturalEarth: string | undefined,
	cite: Citations,
	problems: Problems
): RegionFact[] | undefined {
	if (!raw.regions.ok) return undefined;
	const value = raw.regions.value;
	if (!Array.isArray(value)) {
		problems.add(REGIONS, 'must be a list of regions, each starting with "- id: …"');
		return undefined;
	}
	const facts: RegionFact[] = [];
	value.forEach((rawRow: unknown, index) => {
		const entry = entryOf(rawRow, index);
		const report = (m: string) => problems.add(REGIONS, m, entry);
		const refs = isObject(rawRow) ? rawRow : {};
		const sources = Array.isArray(refs.sources)
			? cite.cite(
					refs.sources.map((s) => (typeof s === 'string' ? s : '')),
					'sources',
					report
				)
			: [];
		const g = isObject(refs.geometry) ? refs.geometry : {};
		const { countries: names, outlines: used } = recipeRefs(g, 'geometry');
		for (const [field, name] of names)
			if (!countries().has(name))
				report(
					`${field} ${quote(name)} is not a Natural Earth country${didYouMean(name, countries().keys())}`
				);
		let outlinesKnown = true;
		for (const [field, id] of used)
			if (!outlines) outlinesKnown = false;
			else if (!outlines.rings.has(id)) {
				outlinesKnown = false;
				if (!outlines.ids.has(id))
					report(
						`${field} ${quote(id)} is not an outline of ${OUTLINES}${didYouMean(id, outlines.ids)}`
					);
			}
		const parsed = regionRow.safeParse(rawRow);
		if (!parsed.success) {
			for (const m of messagesOf(parsed.error, regionRow)) report(m);
			return;
		}
		if (!outlinesKnown || !naturalEarth) return;
		const row = parsed.data;
		const recipe = row.geometry;
		const minus = (recipe.minus ?? []).map((m) => `; minus the ${outlines!.names.get(m)}`);
		const base = recipe.outline ? CUT(recipe.outline, naturalEarth) : naturalEarth;
		facts.push({
			...common(row, sources),
			geometry: recipe,
			geometrySource: `${base}${minus.join('')}${recipe.note ? ` (${recipe.note})` : ''}`
		});
	});
	return facts;
}

/** Ids are unique across the two derived files (the validator checks all files together too). */
function checkUniqueIds(raw: Raw, problems: Problems): void {
	const seen = new Map<string, string>();
	for (const [file, rows] of [
		[RAILWAYS, listIn(raw.railways, 'railways')],
		[REGIONS, listIn(raw.regions)]
	] as const)
		rows.forEach((row, index) => {
			const entry = entryOf(row, index);
			if (!isObject(row) || !isId(row.id)) return;
			const first = seen.get(row.id);
			if (first)
				problems.add(file, `id is used twice${first === file ? '' : ` (also in ${first})`}`, entry);
			else seen.set(row.id, file);
		});
}

/**
 * Reads and checks every region and railway fact file. `facts` is there only when there is no
 * problem at all. Never throws on bad input.
 */
export async function readRegionsRailwaysFacts(
	root: string
): Promise<{ facts?: RegionsRailwaysFacts; problems: string[] }> {
	const problems = new Problems();
	const raw = await readAll(root);
	reportUnreadable(raw, problems);
	const table = checkCitations(raw, problems);
	const cite = new Citations(raw.citations.ok && table ? table : undefined);
	const naturalEarth = table?.[NATURAL_EARTH_KEY];
	if (table && !naturalEarth)
		problems.add(
			CITATIONS,
			`has no ${NATURAL_EARTH_KEY}, the citation of the Natural Earth countries the regions are cut from`
		);
	const stations = checkStations(raw, cite, problems);
	const railways = checkRailways(raw, stations, cite, problems);
	const boundaries = checkBoundaries(raw, cite, problems);
	const outlines = checkOutlines(raw, boundaries, problems);
	const countries = () => loadCountries(SIMPLIFY_DEGREES);
	const regions = checkRegions(raw, outlines, countries, naturalEarth, cite, problems);
	checkUniqueIds(raw, problems);
	if (problems.count || !stations || !railways || !regions || !outlines || !naturalEarth)
		return { problems: problems.lines() };
	return {
		facts: {
			stations: [...stations.stations.values()],
			railways,
			regions,
			outlines: outlines.rings,
			outlineNames: outlines.names,
			citations: table!,
			naturalEarth
		},
		problems: []
	};
}

// ---- Deriving ---------------------------------------------------------------------------

/** The shared properties, in the order the files show them. */
function properties(
	fact: FeatureFact,
	kind: 'region' | 'railway',
	extra: Partial<StoryFeatureProperties> = {}
): StoryFeatureProperties {
	return {
		id: fact.id,
		kind,
		'name:en': fact.name.en,
		'name:zh': fact.name.zh,
		'name:ru': fact.name.ru,
		start_date: fact.start,
		...(fact.end ? { end_date: fact.end } : {}),
		control: fact.control,
		precision: fact.precision,
		...extra,
		description: fact.description,
		...fact.texts,
		sources: fact.sources
	};
}

/**
 * A Natural Earth country (or several, joined), or a hand outline cut by it, minus other
 * outlines if asked.
 */
export function regionGeometry(
	recipe: GeometryRecipe,
	countries: Map<string, CountryFeature>,
	rings: Map<string, [number, number][]>,
	join: (names: string[]) => Areal = (names) => unionOf(names.map((n) => countries.get(n)!))
): Areal {
	const names = recipe.countries ?? [recipe.country!];
	const country = join(names);
	if (!recipe.outline && !recipe.minus) return country;
	const clip = (outline: string) => {
		try {
			return clipToCountry(outlinePolygon(rings.get(outline)!), country);
		} catch (e) {
			throw new Error(`outline ${quote(outline)} ${(e as Error).message}`);
		}
	};
	let cut = recipe.outline ? clip(recipe.outline) : country;
	for (const other of recipe.minus ?? []) {
		const hole = clip(other);
		const rest = difference(featureCollection([cut, hole]));
		if (!rest) throw new Error(`nothing is left after taking away ${other}`);
		cut = rest;
	}
	return dropSmallParts(cut, MIN_PART_KM2);
}

/** Runs one derivation; a geometry that cannot be made is a problem with its row. */
function attempt<T>(
	file: string,
	id: string,
	index: number,
	problems: Problems,
	make: () => T
): T | undefined {
	try {
		return make();
	} catch (e) {
		problems.add(file, `geometry: ${(e as Error).message}`, { index, label: id });
		return undefined;
	}
}

function buildRegions(facts: RegionsRailwaysFacts, problems: Problems): BuiltRegion[] {
	const countries = loadCountries(SIMPLIFY_DEGREES);
	return facts.regions.flatMap((def, index) => {
		const geometry = attempt(REGIONS, def.id, index, problems, () =>
			finishAreal(regionGeometry(def.geometry, countries, facts.outlines))
		);
		if (!geometry) return [];
		return [
			{
				def,
				areaKm2: areaKm2(geometry),
				feature: {
					type: 'Feature' as const,
					properties: properties(def, 'region'),
					geometry: geometry.geometry
				}
			}
		];
	});
}

function buildRailways(facts: RegionsRailwaysFacts, problems: Problems): BuiltRailway[] {
	const stations = new Map(facts.stations.map((s) => [s.id, s]));
	return facts.railways.flatMap((def, index) => {
		const line = attempt(RAILWAYS, def.id, index, problems, () =>
			railwayGeometry(def.paths, stations)
		);
		if (!line) return [];
		const km = lengthKm(line);
		return [
			{
				def,
				lengthKm: km,
				feature: {
					type: 'Feature' as const,
					// Station-to-station lines: stations are sourced points, the track between is not,
					// so the card shows the published length (none where none is published); the
					// drawn length goes only to the docs' comparison table.
					properties: publishedLength(properties(def, 'railway'), def.published),
					geometry: line.geometry
				}
			}
		];
	});
}

/**
 * The text of geodata/regions.geojson, geodata/railways.geojson and
 * docs/geodata-regions-railways.md, keyed by repo-relative path, and every problem found in the
 * facts (`facts/railways.yaml › <id or #n>: <message>`), all at once. Never throws on bad input;
 * when there is any problem, `files` is empty, so nothing half-derived can be written.
 */
export async function deriveRegionsRailways(
	root: string
): Promise<{ files: Record<string, string>; problems: string[] }> {
	const { facts, problems: found } = await readRegionsRailwaysFacts(root);
	if (!facts) return { files: {}, problems: found };
	const problems = new Problems();
	const regions = buildRegions(facts, problems);
	const railways = buildRailways(facts, problems);
	if (problems.count) return { files: {}, problems: problems.lines() };
	const docs = docsText(regions, railways, facts.stations, SIMPLIFY_DEGREES, facts.naturalEarth);
	return {
		files: {
			'geodata/regions.geojson': collectionText(regions.map((r) => r.feature)),
			'geodata/railways.geojson': collectionText(railways.map((r) => r.feature)),
			// Formatted with the house options so `prettier --check .` passes on the derived file.
			'docs/geodata-regions-railways.md': await format(docs, { ...PRETTIER, parser: 'markdown' })
		},
		problems: []
	};
}
