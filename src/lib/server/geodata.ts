/**
 * Validates the files of `geodata/` against GeoJSON (geojson-validation), geometry sanity
 * (@turf/turf) and the property contract (`../geodata/schema/feature.ts`). The build, the tests and the CLI all
 * call `validateGeodata`, so a broken file fails in the same words everywhere. It never throws:
 * every problem in every file is collected, each naming the file and the feature.
 */
import gjv from 'geojson-validation';
import type { Geometry } from 'geojson';
import { checkGeometry } from './check-geometry';
import { checkProperties } from '../geodata/schema/feature';
import { ID_PATTERN } from '../geodata/schema/fields';
import {
	KINDS,
	KIND_TO_LAYER,
	LAYER_IDS,
	type Kind,
	type LayerId,
	type StoryCollection,
	type StoryFeature
} from '../geodata/types';
import { isObject } from '../guards';

export interface GeodataProblem {
	/** Basename, e.g. `regions.geojson`. */
	file: string;
	/** Feature id, or `#<index>` when it has no valid id; `''` for the file as a whole. */
	feature: string;
	message: string;
}
export interface GeodataInput {
	/** Basename, e.g. `regions.geojson`; it names the layer the file must hold. */
	file: string;
	text: string;
}
export interface GeodataResult {
	problems: GeodataProblem[];
	/** By file; only files that parsed as JSON objects with a `features` array. */
	collections: Record<string, StoryCollection>;
	/** By id; the first feature with each valid id. */
	features: Map<string, StoryFeature>;
}

const isValidId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
const kindOf = (props: Record<string, unknown>): Kind | undefined =>
	(KINDS as readonly unknown[]).includes(props.kind) ? (props.kind as Kind) : undefined;

/** `regions.geojson` → `regions` when that is a layer id. */
function layerOfFile(file: string): LayerId | undefined {
	const base = file.replace(/\.geojson$/, '');
	return (LAYER_IDS as readonly string[]).includes(base) ? (base as LayerId) : undefined;
}

/** V8 reports a character offset; editors want line and column. */
function withLineAndColumn(message: string, text: string): string {
	const m = /at position (\d+)/.exec(message);
	if (!m || /line \d+/.test(message)) return message;
	const before = text.slice(0, Number(m[1])).split('\n');
	return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** JSON.parse without throwing: the value, or the parser's message for the report. */
function parseJson(text: string): { value: unknown } | { error: string } {
	if (text.charCodeAt(0) === 0xfeff)
		return { error: 'file starts with a byte-order mark; save as UTF-8 without BOM' };
	try {
		return { value: JSON.parse(text) };
	} catch (e) {
		return { error: `not valid JSON: ${withLineAndColumn((e as Error).message, text)}` };
	}
}

/** geojson-validation's trace, or one message if it trips over malformed input (it can throw). */
function structureProblems(check: () => string[], what: string): string[] {
	try {
		return check().map((m) => `GeoJSON: ${m}`);
	} catch {
		return [`GeoJSON: ${what} is malformed (an empty ring or position?)`];
	}
}

/** Collection-level problems only; features are checked one by one so each is named. */
function checkCollection(value: unknown): string[] {
	const shell =
		isObject(value) && Array.isArray(value.features) ? { ...value, features: [] } : value;
	return structureProblems(() => gjv.isFeatureCollection(shell, true), 'the collection');
}

/** The name a problem uses for a feature: its id when that is valid, else its position. */
function featureLabel(feature: unknown, index: number): string {
	const id = isObject(feature) && isObject(feature.properties) ? feature.properties.id : undefined;
	return isValidId(id) ? id : `#${index}`;
}

/** Whether Turf may look at a geometry: null (reported later) or structurally valid GeoJSON. */
function isWellFormedGeometry(geometry: unknown): boolean {
	if (geometry === null) return true;
	if (geometry === undefined) return false;
	return structureProblems(() => gjv.isGeometryObject(geometry, true), '').length === 0;
}

/** Every problem with one feature, as messages. */
function checkFeature(feature: unknown, layer: LayerId | undefined, file: string): string[] {
	const problems = structureProblems(() => gjv.isFeature(feature, true), 'the geometry');
	if (!isObject(feature)) return problems;
	const props = isObject(feature.properties) ? feature.properties : undefined;
	// A missing member is already in geojson-validation's trace; a wrong one (null, a list) is not.
	if (!props && 'properties' in feature) problems.push('properties must be an object');
	if (props) {
		problems.push(...checkProperties(props));
		const kind = kindOf(props);
		if (kind && layer && KIND_TO_LAYER[kind] !== layer)
			problems.push(`kind "${kind}" belongs in ${KIND_TO_LAYER[kind]}.geojson, not ${file}`);
	}
	// Turf assumes well-formed input; broken structure is already reported above.
	if (isWellFormedGeometry(feature.geometry))
		problems.push(...checkGeometry(feature.geometry as Geometry | null, props && kindOf(props)));
	return problems;
}

/** Where each id was first seen, so a duplicate can name both places. */
type Seen = Map<string, { file: string; index: number }>;

function checkFile(input: GeodataInput, seen: Seen, result: GeodataResult): void {
	const { file } = input;
	const report = (feature: string, message: string): void => {
		result.problems.push({ file, feature, message });
	};
	const parsed = parseJson(input.text);
	if ('error' in parsed) return report('', parsed.error);

	const layer = layerOfFile(file);
	if (!layer)
		report(
			'',
			`file name is not a layer; use one of ${LAYER_IDS.map((l) => `${l}.geojson`).join(', ')}`
		);
	for (const message of checkCollection(parsed.value)) report('', message);
	const value = parsed.value;
	if (!isObject(value) || !Array.isArray(value.features)) return;
	result.collections[file] = value as unknown as StoryCollection;

	value.features.forEach((feature: unknown, index: number) => {
		const label = featureLabel(feature, index);
		for (const message of checkFeature(feature, layer, file)) report(label, message);
		if (label.startsWith('#')) return;
		const first = seen.get(label);
		if (first) report(label, `duplicate id: also used in ${first.file} (feature #${first.index})`);
		else {
			seen.set(label, { file, index });
			result.features.set(label, feature as StoryFeature);
		}
	});
}

/**
 * Validates every file at once and never throws.
 * @example validateGeodata([{ file: 'places.geojson', text }]).problems // [] when all is well
 */
export function validateGeodata(inputs: GeodataInput[]): GeodataResult {
	const result: GeodataResult = { problems: [], collections: {}, features: new Map() };
	if (inputs.length === 0)
		result.problems.push({ file: '', feature: '', message: 'no .geojson files to validate' });
	const seen: Seen = new Map();
	for (const input of inputs) checkFile(input, seen, result);
	return result;
}

/** One line per problem: `regions.geojson › manchukuo: end_date 1931 is before start_date 1932`. */
export function formatProblems(problems: GeodataProblem[]): string {
	return problems
		.map(({ file, feature, message }) => {
			const where = [file, feature].filter(Boolean).join(' › ');
			return where ? `${where}: ${message}` : message;
		})
		.join('\n');
}

/**
 * Reads every `*.geojson` in a directory, sorted by name so problems come in a stable order.
 * Node only; `node:fs` is imported lazily so the rest of this module stays browser-safe.
 */
export async function readGeodataDir(dir: string): Promise<GeodataInput[]> {
	const { readdir, readFile } = await import('node:fs/promises');
	const names: string[] = await readdir(dir);
	const files = names.filter((f) => f.endsWith('.geojson')).sort();
	return Promise.all(
		files.map(async (file) => ({ file, text: await readFile(`${dir}/${file}`, 'utf8') }))
	);
}
