/**
 * Derives geodata/states.geojson and docs/geodata-states.md from geodata/facts/states.yaml:
 * the polities on the map at every date, one feature per polity per period of stable extent.
 * Shapes are made as the regions' are (`regionGeometry`): Natural Earth countries, joined,
 * cut with the hand-drawn outlines of outlines.yaml and with outlines taken away; a state may
 * also join several such recipes (`parts:`). The outlines, their lines and the shared
 * citations are read and checked by the region derivation (`readRegionsRailwaysFacts`); a
 * problem there is reported there, and here only as the one line saying the states were
 * skipped.
 *
 * Reads and validates everything first, reporting every problem at once; writes nothing (the
 * caller writes or compares). Deterministic: the same facts give the same bytes.
 */
import { join } from 'node:path';
import { cardTexts, type CardTexts } from './card-texts';
import { area, bboxPolygon, featureCollection, intersect, polygon } from '@turf/turf';
import { format } from 'prettier';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { ID_PATTERN } from '../../src/lib/geodata/schema/fields';
import {
	issueMessages,
	suggestKey,
	withoutMisspeltMissing
} from '../../src/lib/geodata/schema/issues';
import { stateRow, type StateGeometry, type StateRow } from '../../src/lib/geodata/schema/states';
import type { GeometryRecipe, Names } from '../../src/lib/geodata/schema/regions-railways';
import type { Control, StoryFeatureProperties } from '../../src/lib/geodata/types';
import { areaKm2, finishJoined, unionOf, type Areal } from './geometry';
import {
	loadCountries,
	loadCountriesZoned,
	type CountryFeature,
	type ZonedTolerance
} from './natural-earth';
import { isObject } from '../../src/lib/guards';
import { readYaml, resolveCitations } from './read';
import {
	readRegionsRailwaysFacts,
	recipeRefs,
	regionGeometry,
	SIMPLIFY_DEGREES,
	type RegionsRailwaysFacts
} from './regions-railways';
import { collectionText } from './write';

const PRETTIER = { useTabs: true, singleQuote: true, printWidth: 100 } as const;
const FACTS = 'geodata/facts';
const STATES = 'states.yaml';

/**
 * Islands and slivers below this are dropped from a state: a state is a backdrop read at
 * country scale, and every part is bytes in the reader's download.
 */
const MIN_STATE_PART_KM2 = 400;

/** The label rank when a row gives none: a state the story names. */
const DEFAULT_RANK = 2;

export interface StateFact {
	id: string;
	name: Names;
	start: string;
	end?: string;
	control: Control;
	precision: 'exact' | 'approximate';
	rank: 1 | 2 | 3;
	description: string;
	/** The card's Chinese and Russian texts, where written. */
	texts: CardTexts;
	sources: string[];
	geometry: StateGeometry;
	/** Where the geometry comes from, for the docs table. */
	geometrySource: string;
}

export interface BuiltState {
	def: StateFact;
	feature: Feature<Geometry, StoryFeatureProperties>;
	areaKm2: number;
}

const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const quote = (v: unknown) => JSON.stringify(v);
const didYouMean = (word: string, known: Iterable<string>) => {
	const list = [...known];
	const lower = new Map(list.map((k) => [k.toLowerCase(), k]));
	const near = suggestKey(word.toLowerCase(), [...lower.keys()]);
	return near ? `; did you mean "${lower.get(near)}"?` : '';
};

/** The recipes a state is made of: its parts, or itself. */
const partsOf = (g: StateGeometry): GeometryRecipe[] => g.parts ?? [g as GeometryRecipe];

/** The docs' geometry column for one recipe. */
function recipeText(recipe: GeometryRecipe, outlineNames: Map<string, string>): string {
	const countries = (recipe.countries ?? [recipe.country!]).join(' + ');
	const cut = recipe.outline ? ` cut with the ${outlineNames.get(recipe.outline)} outline` : '';
	const minus = (recipe.minus ?? []).map((m) => ` minus the ${outlineNames.get(m)}`).join(',');
	return `${countries}${cut}${minus}`;
}

function geometrySource(g: StateGeometry, outlineNames: Map<string, string>): string {
	const text = partsOf(g)
		.map((r) => recipeText(r, outlineNames))
		.join('; joined with ');
	const notes = [g.note, ...partsOf(g).map((r) => r.note)].filter(Boolean);
	return `Natural Earth: ${text}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * Reads and checks states.yaml against the shared facts (outlines, citations, the ids of the
 * regions and railways). `states` is there only when there is no problem at all.
 */
export async function readStatesFacts(
	root: string,
	shared: RegionsRailwaysFacts | undefined,
	countries: () => Map<string, CountryFeature>
): Promise<{ states?: StateFact[]; problems: string[] }> {
	const problems: string[] = [];
	const add = (message: string, label?: string) =>
		problems.push(`facts/${STATES}${label ? ` › ${label}` : ''}: ${message}`);
	let raw: Awaited<ReturnType<typeof readYaml>>;
	try {
		raw = await readYaml(join(root, FACTS, STATES));
	} catch (e) {
		raw = { ok: false, error: `cannot be read (${(e as Error).message})` };
	}
	if (!raw.ok) {
		add(`${raw.error}; skipped: no state checked or derived`);
		return { problems };
	}
	if (!Array.isArray(raw.value)) {
		add('must be a list of states, each starting with "- id: …"');
		return { problems };
	}
	const rows = raw.value as unknown[];
	if (!shared) {
		add(
			`skipped: ${rows.length} states not checked or derived (the outlines and citations they use have the problems listed above)`
		);
		return { problems };
	}
	const otherIds = new Set([...shared.regions, ...shared.railways].map((r) => r.id));
	const seen = new Set<string>();
	const facts: StateFact[] = [];
	rows.forEach((rawRow, index) => {
		const label = isObject(rawRow) && isId(rawRow.id) ? rawRow.id : `#${index + 1}`;
		const report = (m: string) => add(m, label);
		const refs = isObject(rawRow) ? rawRow : {};
		if (isId(refs.id)) {
			if (seen.has(refs.id)) report('id is used twice');
			else if (otherIds.has(refs.id)) report('id is also used in regions.yaml or railways.yaml');
			seen.add(refs.id);
		}
		const cited: string[] = [];
		if (Array.isArray(refs.sources))
			refs.sources.forEach((s, i) => {
				if (typeof s !== 'string') return;
				const { sources, unknown } = resolveCitations([s], shared.citations);
				if (unknown.length)
					report(
						`sources[${i}] ${quote(s)} is not a key of citations.yaml${didYouMean(s, Object.keys(shared.citations))}`
					);
				cited.push(sources[0]);
			});
		// Country and outline references, at every level of the recipe.
		const g = isObject(refs.geometry) ? refs.geometry : {};
		const recipes: [string, Record<string, unknown>][] = Array.isArray(g.parts)
			? g.parts.map((p, i) => [`geometry.parts[${i}]`, isObject(p) ? p : {}])
			: [['geometry', g]];
		for (const [at, r] of recipes) {
			const { countries: names, outlines } = recipeRefs(r, at);
			for (const [fieldName, name] of names)
				if (!countries().has(name))
					report(
						`${fieldName} ${quote(name)} is not a Natural Earth country${didYouMean(name, countries().keys())}`
					);
			for (const [fieldName, id] of outlines)
				if (!shared.outlines.has(id))
					report(
						`${fieldName} ${quote(id)} is not an outline of outlines.yaml${didYouMean(id, shared.outlines.keys())}`
					);
		}
		const parsed = stateRow.safeParse(rawRow);
		if (!parsed.success) {
			for (const m of withoutMisspeltMissing(issueMessages(parsed.error, stateRow))) report(m);
			return;
		}
		const row: StateRow = parsed.data;
		facts.push({
			id: row.id,
			name: row.name,
			start: row.start,
			...(row.end ? { end: row.end } : {}),
			control: row.control,
			precision: row.precision,
			rank: row.rank ?? DEFAULT_RANK,
			description: row.description,
			texts: cardTexts(row),
			sources: cited,
			geometry: row.geometry,
			geometrySource: geometrySource(row.geometry, shared.outlineNames)
		});
	});
	return problems.length ? { problems } : { states: facts, problems };
}

/** The polygons of an areal feature, as lists of rings. */
const polygonsOf = (f: Areal): Position[][][] =>
	f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

/**
 * Keeps the parts worth drawing: on this side of the antimeridian (Natural Earth's Russia has
 * a sliver of Chukotka at −180…−169°, which would be drawn beside Alaska) and not smaller than
 * `MIN_STATE_PART_KM2`.
 */
function framed(f: Areal): Areal {
	const kept = polygonsOf(f).filter(
		(rings) => rings[0].every((p) => p[0] >= 0) && area(polygon(rings)) / 1e6 >= MIN_STATE_PART_KM2
	);
	if (kept.length === 0) throw new Error('nothing is left on the map after dropping islets');
	const geometry: Polygon | MultiPolygon =
		kept.length === 1
			? { type: 'Polygon', coordinates: kept[0] }
			: { type: 'MultiPolygon', coordinates: kept };
	return { type: 'Feature', properties: {}, geometry };
}

function properties(fact: StateFact): StoryFeatureProperties {
	return {
		id: fact.id,
		kind: 'state',
		'name:en': fact.name.en,
		'name:zh': fact.name.zh,
		'name:ru': fact.name.ru,
		start_date: fact.start,
		...(fact.end ? { end_date: fact.end } : {}),
		control: fact.control,
		precision: fact.precision,
		rank: fact.rank,
		description: fact.description,
		...fact.texts,
		sources: fact.sources
	};
}

/**
 * A country cut at the antimeridian. Natural Earth's Russia runs on past 180° into the western
 * hemisphere (the tip of Chukotka at −180…−169°), so its main polygon jumps from +180 to −180
 * and, read flat, wraps round the world. Its longitudes west of 0 are moved on by 360° so the
 * ring is continuous, and it is cut at 180°.
 */
function cutAtAntimeridian(country: CountryFeature): CountryFeature {
	const parts = polygonsOf(country as Areal);
	const wraps = (rings: Position[][]) =>
		rings[0].some((p) => p[0] < 0) && rings[0].some((p) => p[0] > 90);
	if (!parts.some(wraps)) return country;
	const unwrapped = parts.map((rings) =>
		wraps(rings) ? rings.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y])) : rings
	);
	const cut = intersect(
		featureCollection<Polygon | MultiPolygon>([
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'MultiPolygon', coordinates: unwrapped }
			},
			bboxPolygon([-180, -90, 180, 90])
		])
	);
	if (!cut) throw new Error(`${country.properties.name} has nothing west of the antimeridian`);
	const kept = polygonsOf(cut as Areal);
	return {
		type: 'Feature',
		properties: country.properties,
		geometry: { type: 'MultiPolygon', coordinates: kept }
	};
}

/**
 * How much detail the states keep. Where the story spends its time (Manchuria, Mongolia,
 * Xinjiang, Central Asia, China) land borders keep about 2 km, the regions' detail near enough;
 * beyond it (the Arctic, Kamchatka, Europe, South Asia) a state is a backdrop seen at
 * continental scale. Coasts are drawn by the basemap, so a state's coast only bounds its soft
 * tint and is simplified further. Every vertex is in the reader's download.
 */
const DETAIL: ZonedTolerance = {
	core: [60, 18, 145, 58],
	border: { core: 0.02, rest: 0.05 },
	coast: { core: 0.04, rest: 0.08 }
};

/** Natural Earth's countries as the states use them: zoned detail, cut at the antimeridian. */
function stateCountries(): Map<string, CountryFeature> {
	const all = loadCountriesZoned(DETAIL);
	return new Map([...all].map(([name, country]) => [name, cutAtAntimeridian(country)]));
}

/** The outline ids a recipe (or a state's parts) refers to, in order. */
function outlinesOf(recipe: object): string[] {
	const r = recipe as StateGeometry;
	return [
		...(r.parts ?? []).flatMap((p) => outlinesOf(p)),
		...(r.outline ? [r.outline] : []),
		...(r.minus ?? [])
	];
}

/** Shapes already made, by recipe and the rings of the outlines it uses. */
const made = new Map<string, Areal>();
function remember(key: string, make: () => Areal): Areal {
	let shape = made.get(key);
	if (!shape) {
		shape = make();
		made.set(key, shape);
	}
	return shape;
}

/** Each state's shape; a shape that cannot be made is a problem with its row. */
export function buildStates(
	states: StateFact[],
	shared: RegionsRailwaysFacts,
	problems: string[]
): BuiltState[] {
	const countries = stateCountries();
	// The same countries are joined again and again (the fifteen Soviet republics): once each.
	const joined = new Map<string, Areal>();
	const joinNames = (names: string[]) => {
		const key = [...names].sort().join('|');
		let union = joined.get(key);
		if (!union) {
			union = unionOf(names.map((n) => countries.get(n)!));
			joined.set(key, union);
		}
		return union;
	};
	// Many items share a recipe or a part (the Soviet Union's Russia minus the same outlines):
	// each is made once, here and in any later derivation of the same facts in this process.
	const keyOf = (recipe: object) =>
		JSON.stringify([recipe, ...outlinesOf(recipe).map((o) => shared.outlines.get(o))]);
	const part = (recipe: GeometryRecipe) =>
		remember(`part ${keyOf(recipe)}`, () =>
			regionGeometry(recipe, countries, shared.outlines, joinNames)
		);
	return states.flatMap((def) => {
		try {
			const shape = remember(`state ${keyOf(def.geometry)}`, () => {
				const parts = partsOf(def.geometry).map(part);
				return finishJoined(framed(parts.length === 1 ? parts[0] : unionOf(parts)));
			});
			return [
				{
					def,
					areaKm2: areaKm2(shape),
					feature: {
						type: 'Feature' as const,
						properties: properties(def),
						geometry: shape.geometry
					}
				}
			];
		} catch (e) {
			problems.push(`facts/${STATES} › ${def.id}: geometry: ${(e as Error).message}`);
			return [];
		}
	});
}

// ---- The docs ---------------------------------------------------------------------------

const cell = (s: string | number | undefined) =>
	s === undefined ? '—' : String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function docsText(states: BuiltState[], naturalEarth: string): string {
	const line = (r: (string | number | undefined)[]) => `| ${r.map(cell).join(' | ')} |`;
	const head = ['id', 'name', 'start', 'end', 'control', 'precision', 'area km²', 'geometry'];
	return [
		'# Sources of the states layer',
		'',
		'Written by `npm run data` from `geodata/facts/states.yaml` (do not edit by hand). The',
		'states are the polities on the map at each date, one feature per polity per period of',
		'stable extent; states of the same date tile the map without overlapping',
		'(`tests/unit/geodata/states.test.ts`). Every shape is made from Natural Earth countries',
		`(${naturalEarth}), joined and cut with the hand-drawn outlines of`,
		'`geodata/facts/outlines.yaml`; a state that uses a hand-drawn line is `approximate`.',
		`Islands under ${MIN_STATE_PART_KM2} km² are left out. The map shows the states as they`,
		'stood at the end of the date or period on show.',
		'',
		line(head),
		`|${head.map(() => '---').join('|')}|`,
		...states.map(({ def, areaKm2: km2 }) =>
			line([
				`\`${def.id}\``,
				`${def.name.en} · ${def.name.zh} · ${def.name.ru}`,
				def.start,
				def.end,
				def.control,
				def.precision,
				km2.toLocaleString('en-US'),
				def.geometrySource
			])
		),
		'',
		'## Sources and simplifications',
		'',
		...states.map(
			({ def }) =>
				`- \`${def.id}\`: ${def.description} Sources: ${def.sources.filter((s) => s !== naturalEarth).join('; ') || 'Natural Earth'}.`
		),
		''
	].join('\n');
}

/**
 * The text of geodata/states.geojson and docs/geodata-states.md, and every problem found in
 * states.yaml, all at once. Never throws on bad input; with any problem, `files` is empty.
 */
export async function deriveStates(
	root: string
): Promise<{ files: Record<string, string>; problems: string[] }> {
	const shared = (await readRegionsRailwaysFacts(root)).facts;
	const countries = () => loadCountries(SIMPLIFY_DEGREES);
	const { states, problems } = await readStatesFacts(root, shared, countries);
	if (!states || !shared) return { files: {}, problems };
	const built = buildStates(states, shared, problems);
	if (problems.length) return { files: {}, problems };
	return {
		files: {
			'geodata/states.geojson': collectionText(built.map((s) => s.feature)),
			'docs/geodata-states.md': await format(docsText(built, shared.naturalEarth), {
				...PRETTIER,
				parser: 'markdown'
			})
		},
		problems: []
	};
}
