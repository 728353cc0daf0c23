/**
 * Derives geodata/{clashes,events,places,movements}.geojson and docs/geodata-points.md from the
 * fact files geodata/facts/{places,events,clashes,movements}.yaml and the shared citations in
 * geodata/facts/citations.yaml. Reads and validates every row, resolves the references a
 * schema cannot see (a `place:` or path town in places.yaml, citation keys), and returns the
 * text of each output; it writes nothing (the caller writes or compares).
 *
 * Output is formatted with the house Prettier options (tabs, printWidth 100) so that running
 * Prettier over the repository afterwards changes nothing.
 */
import { join } from 'node:path';
import { cardTexts } from './card-texts';
import { format } from 'prettier';
import { z } from 'zod';
import { ID_PATTERN, text as citationText } from '../../src/lib/geodata/schema/fields';
import {
	issueMessages,
	suggestKey,
	withoutMisspeltMissing
} from '../../src/lib/geodata/schema/issues';
import {
	POINT_ROWS,
	type ClashRow,
	type EventRow,
	type MovementRow,
	type PlaceRow,
	type PointFile,
	POSITION_KEYS
} from '../../src/lib/geodata/schema/points';
import { readFile } from 'node:fs/promises';
import { readYaml, resolveCitations } from './read';
import { documentText } from './points-docs';
import {
	collection,
	lineFeature,
	pointFeature,
	type LineFact,
	type LngLat,
	type PointFact
} from './points-features';

const PRETTIER = { useTabs: true, singleQuote: true, printWidth: 100 } as const;

const FACTS = 'geodata/facts';
const CITATIONS = 'citations.yaml';

/** The files in the order their problems are listed. */
const FILES = [CITATIONS, 'places.yaml', 'events.yaml', 'clashes.yaml', 'movements.yaml'];

/** One row of a fact file as read, with its place in the file and its id, or `#n`. */
interface Entry {
	raw: unknown;
	index: number;
	label: string;
}

/**
 * Problems as `facts/<file> › <row id or #n>: <message>` (rows counted from 1), listed by file
 * and row whatever check found them, so each row's mistakes stand together.
 */
class Problems {
	private readonly list: { file: number; row: number; text: string }[] = [];

	add(file: string, message: string, entry?: { index: number; label: string }): void {
		const row = entry ? ` › ${entry.label}` : '';
		this.list.push({
			file: FILES.indexOf(file),
			row: entry?.index ?? -1,
			text: `facts/${file}${row}: ${message}`
		});
	}

	get count(): number {
		return this.list.length;
	}

	lines(): string[] {
		return [...this.list].sort((a, b) => a.file - b.file || a.row - b.row).map((p) => p.text);
	}
}

/** A row that passed its schema. */
type Valid<T> = { row: T; label: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A YAML file as data, or a problem (missing, unreadable or not YAML). */
async function readFact(root: string, file: string, problems: Problems): Promise<unknown> {
	try {
		const read = await readYaml(join(root, FACTS, file));
		if (read.ok) return read.value;
		problems.add(file, read.error);
	} catch (e) {
		const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
		problems.add(file, missing ? 'is missing' : `cannot be read (${(e as Error).message})`);
	}
	return undefined;
}

const citationTable = z.record(z.string(), citationText);

/**
 * The shared citations, key → full text; undefined (with a problem) when the file is unusable,
 * and then no key is reported as unknown: the one problem with the file says it all.
 */
async function readCitations(
	root: string,
	problems: Problems
): Promise<Record<string, string> | undefined> {
	const value = await readFact(root, CITATIONS, problems);
	if (value === undefined) return undefined;
	if (!isObject(value)) {
		problems.add(CITATIONS, 'must be a list of "key: full citation" lines');
		return undefined;
	}
	const parsed = citationTable.safeParse(value);
	if (parsed.success) return parsed.data;
	const keys = Object.keys(value);
	for (const issue of parsed.error.issues) {
		const key = String(issue.path[0]);
		problems.add(CITATIONS, issue.message, { index: keys.indexOf(key), label: key });
	}
	return undefined;
}

/** The rows of one fact file as read (not yet checked). */
async function readEntries(root: string, file: PointFile, problems: Problems): Promise<Entry[]> {
	const value = await readFact(root, file, problems);
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		problems.add(file, 'must be a list of rows, each starting with "- id: …"');
		return [];
	}
	return value.map((raw: unknown, index) => {
		const id = isObject(raw) ? raw.id : undefined;
		return { raw, index, label: typeof id === 'string' && id ? id : `#${index + 1}` };
	});
}

/** The rows that pass the file's schema; one problem per mistake in the others. */
function checkRows<F extends PointFile>(
	file: F,
	entries: Entry[],
	problems: Problems
): Valid<z.output<(typeof POINT_ROWS)[F]>>[] {
	const schema: z.ZodType = POINT_ROWS[file];
	return entries.flatMap((entry) => {
		const parsed = schema.safeParse(entry.raw);
		if (parsed.success)
			return [{ row: parsed.data as z.output<(typeof POINT_ROWS)[F]>, label: entry.label }];
		for (const message of withoutMisspeltMissing(
			issueMessages(parsed.error, schema),
			POSITION_KEYS
		))
			problems.add(file, message, entry);
		return [];
	});
}

/** Ids are unique across all four files (they end up in URLs and in one map source). */
function checkUniqueIds(files: [PointFile, Entry[]][], problems: Problems): void {
	const seen = new Map<string, PointFile>();
	for (const [file, entries] of files)
		for (const entry of entries) {
			const { raw, label } = entry;
			if (!isObject(raw) || raw.id !== label) continue;
			const first = seen.get(label);
			if (first)
				problems.add(file, `id is used twice${first === file ? '' : ` (also in ${first})`}`, entry);
			else seen.set(label, file);
		}
}

/**
 * Resolves one row's references: citation keys to their text, towns to places.yaml. `report`
 * takes a problem with the row (an unknown key or town).
 */
class Resolver {
	constructor(
		/** Undefined when citations.yaml is unusable: keys are then left as they are. */
		private readonly citations: Readonly<Record<string, string>> | undefined,
		private readonly places: ReadonlyMap<string, PlaceRow>,
		/** Ids of every place row, valid or not. */
		private readonly placeIds: ReadonlySet<string>,
		private readonly report: (message: string) => void
	) {}

	/** Citations with keys replaced by their text; an unknown key is a problem. */
	cite(field: string, list: readonly string[]): string[] {
		return this.resolve(list, (i) => `${field}[${i}]`);
	}

	/** One citation (date_source, at_source). */
	citeOne(field: string, citation: string): string {
		return this.resolve([citation], () => field)[0];
	}

	private resolve(list: readonly string[], name: (i: number) => string): string[] {
		const table = this.citations;
		if (!table) return [...list];
		const { sources, unknown } = resolveCitations(list, table);
		list.forEach((key, i) => {
			if (!unknown.includes(key)) return;
			const hint = suggestKey(key, Object.keys(table));
			this.report(
				`${name(i)} ${JSON.stringify(key)} is not a key of ${CITATIONS}${hint ? `; did you mean "${hint}"?` : ''}`
			);
		});
		return sources;
	}

	/** A town of places.yaml, or undefined (with a problem when no row has that id). */
	place(field: string, id: string): PlaceRow | undefined {
		const town = this.places.get(id);
		if (!town && !this.placeIds.has(id)) {
			const hint = suggestKey(id, [...this.placeIds]);
			this.report(
				`${field} ${JSON.stringify(id)} is not an id in places.yaml${hint ? `; did you mean "${hint}"?` : ''}`
			);
		}
		return town;
	}

	/** A place's coordinate citation, its key resolved. */
	placeSource(town: PlaceRow): string {
		return this.citeOne('at_source', town.at_source);
	}
}

/** The parts every resolved row shares. */
function common(
	row: PlaceRow | EventRow | ClashRow | MovementRow,
	r: Resolver
): Omit<PointFact, 'at' | 'atSource'> {
	return {
		id: row.id,
		name: row.name,
		start: row.start,
		...(row.end ? { end: row.end } : {}),
		precision: row.precision,
		dateSource: r.citeOne('date_source', row.date_source),
		sources: r.cite('sources', row.sources ?? []),
		description: row.description,
		texts: cardTexts(row),
		...('control' in row && row.control ? { control: row.control } : {})
	};
}

function placeFact(row: PlaceRow, r: Resolver): PointFact {
	const names = row.names?.map((n, i) => ({
		'name:en': n.en,
		'name:zh': n.zh,
		'name:ru': n.ru,
		start_date: n.start ?? row.start,
		end_date: n.end,
		source: r.citeOne(`names[${i}].source`, n.source)
	}));
	return {
		...common(row, r),
		at: row.at,
		atSource: r.citeOne('at_source', row.at_source),
		...(row.rank ? { rank: row.rank } : {}),
		...(names ? { names } : {})
	};
}

/**
 * An event or clash at a town of places.yaml takes the town's coordinate, and its citation
 * marked "(town coordinate)"; otherwise its own `at` and `at_source`.
 */
function positionedFact(row: EventRow | ClashRow, r: Resolver): PointFact | undefined {
	const base = common(row, r);
	const casualties = 'casualties' in row && row.casualties ? { casualties: row.casualties } : {};
	if (row.place !== undefined) {
		const town = r.place('place', row.place);
		if (!town) return undefined;
		return {
			...base,
			at: town.at,
			atSource: `${r.placeSource(town)} (town coordinate)`,
			...casualties
		};
	}
	if (!row.at || !row.at_source) return undefined; // the schema reported it
	return { ...base, at: row.at, atSource: r.citeOne('at_source', row.at_source), ...casualties };
}

/**
 * A movement's line: towns of places.yaml and sourced anchors give their coordinate and their
 * citation (a town's as "Name: citation"), in path order, before the row's own path_sources.
 */
function lineFact(row: MovementRow, r: Resolver): LineFact | undefined {
	const path: LngLat[] = [];
	const anchors: string[] = [];
	let complete = true;
	row.path.forEach((item, i) => {
		if (typeof item === 'string') {
			const town = r.place(`path[${i}]`, item);
			if (town) {
				path.push(town.at);
				anchors.push(`${town.name.en}: ${r.placeSource(town)}`);
			} else complete = false;
		} else if (Array.isArray(item)) path.push(item as LngLat);
		else {
			path.push(item.at);
			anchors.push(r.citeOne(`path[${i}].at_source`, item.at_source));
		}
	});
	const fact = {
		...common(row, r),
		control: row.control,
		path,
		pathSources: [...anchors, ...r.cite('path_sources', row.path_sources ?? [])]
	};
	return complete ? fact : undefined;
}

/**
 * Every reference of a row as read, valid or not, so that an unknown town or citation key is
 * reported together with the row's other mistakes: citation keys in date_source, at_source,
 * sources, path_sources and path anchors; towns in `place` and in `path`.
 */
function checkReferences(raw: unknown, r: Resolver): void {
	if (!isObject(raw)) return;
	const isText = (v: unknown): v is string => typeof v === 'string';
	const isId = (v: unknown): v is string => isText(v) && ID_PATTERN.test(v);
	for (const key of ['date_source', 'at_source'] as const)
		if (isText(raw[key])) r.citeOne(key, raw[key]);
	for (const key of ['sources', 'path_sources'] as const) {
		const list = raw[key];
		if (Array.isArray(list))
			r.cite(
				key,
				list.map((v) => (isText(v) ? v : ''))
			);
	}
	if (Array.isArray(raw.names))
		raw.names.forEach((n: unknown, i) => {
			if (isObject(n) && isText(n.source)) r.citeOne(`names[${i}].source`, n.source);
		});
	if (isId(raw.place)) r.place('place', raw.place);
	if (Array.isArray(raw.path))
		raw.path.forEach((item: unknown, i) => {
			if (isId(item)) r.place(`path[${i}]`, item);
			else if (isObject(item) && isText(item.at_source))
				r.citeOne(`path[${i}].at_source`, item.at_source);
		});
}

/**
 * The text of each derived file, keyed by repo-relative path, and every problem found in the
 * facts (`facts/events.yaml › <row id or #n>: <message>`), all at once. Never throws on bad
 * input. When there is any problem, `files` is empty, so nothing half-derived can be written.
 */
export async function derivePoints(
	root: string
): Promise<{ files: Record<string, string>; problems: string[] }> {
	const problems = new Problems();
	const citations = await readCitations(root, problems);
	const entries: Record<PointFile, Entry[]> = {
		'places.yaml': await readEntries(root, 'places.yaml', problems),
		'events.yaml': await readEntries(root, 'events.yaml', problems),
		'clashes.yaml': await readEntries(root, 'clashes.yaml', problems),
		'movements.yaml': await readEntries(root, 'movements.yaml', problems)
	};
	const files = Object.entries(entries) as [PointFile, Entry[]][];
	const valid = {
		places: checkRows('places.yaml', entries['places.yaml'], problems),
		events: checkRows('events.yaml', entries['events.yaml'], problems),
		clashes: checkRows('clashes.yaml', entries['clashes.yaml'], problems),
		movements: checkRows('movements.yaml', entries['movements.yaml'], problems)
	};
	// A reference to a place row with mistakes is not "unknown": that row's problems say enough.
	const placeIds = new Set(entries['places.yaml'].map((e) => e.label));
	const places = new Map(valid.places.map(({ row }) => [row.id, row]));
	for (const [file, list] of files)
		for (const entry of list) {
			const report = (m: string) => problems.add(file, m, entry);
			checkReferences(entry.raw, new Resolver(citations, places, placeIds, report));
		}
	checkUniqueIds(files, problems);
	if (problems.count) return { files: {}, problems: problems.lines() };

	// Every reference resolves now; the facts are the rows with their references filled in.
	const r = new Resolver(citations, places, placeIds, () => {});
	const facts = {
		places: valid.places.map(({ row }) => placeFact(row, r)),
		events: valid.events.flatMap(({ row }) => positionedFact(row, r) ?? []),
		clashes: valid.clashes.flatMap(({ row }) => positionedFact(row, r) ?? []),
		movements: valid.movements.flatMap(({ row }) => lineFact(row, r) ?? [])
	};
	const json = (value: unknown) => format(JSON.stringify(value), { ...PRETTIER, parser: 'json' });
	const notes = await readFile(join(root, 'geodata/facts/points-notes.md'), 'utf8').catch(() => '');
	return {
		files: {
			'geodata/clashes.geojson': await json(
				collection(facts.clashes.map((f) => pointFeature('clash', f)))
			),
			'geodata/events.geojson': await json(
				collection(facts.events.map((f) => pointFeature('event', f)))
			),
			'geodata/places.geojson': await json(
				collection(facts.places.map((f) => pointFeature('place', f)))
			),
			'geodata/movements.geojson': await json(collection(facts.movements.map(lineFeature))),
			'docs/geodata-points.md': await format(documentText(facts, notes), {
				...PRETTIER,
				parser: 'markdown'
			})
		},
		problems: []
	};
}
