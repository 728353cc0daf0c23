/**
 * Validates chapter content files. Pure: takes parsed JSON by file name, returns every problem
 * at once (file › chapter › field: message), so a bad edit fails the build with a clear line.
 * Server-side only (the loader in `load.ts`): the browser gets content that already passed.
 */
import { dateToDecimalYear, parseIsoDate } from '../geodata/dates';
import { LAYER_IDS } from '../geodata/types';
import { isNonEmptyString, isObject } from '../guards';
import { citationsIn } from '../story/citations';
import type { Chapter, Reference } from '../story/types';
import { MAX_YEAR, MIN_YEAR } from '../story/view';

export interface ContentProblem {
	file: string;
	chapter: string;
	field: string;
	message: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FILE = /(^|\/)(\d\d)-([a-z0-9-]+)\.json$/;
const KEYS = new Set([
	'id',
	'title',
	'dates',
	'date',
	'until',
	'camera',
	'layers',
	'focus',
	'body',
	'steps'
]);
const STEP_KEYS = new Set(['paragraph', 'date', 'until', 'camera', 'focus']);

const isFiniteIn = (v: unknown, min: number, max: number): v is number =>
	typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** Whether a feature exists at some moment of the window [date, until] (the map's time filter). */
function overlaps(
	date: string,
	until: string | undefined,
	p: { start_date: string; end_date?: string }
): boolean {
	const from = dateToDecimalYear(date, 'start');
	const to = dateToDecimalYear(until ?? date, 'end');
	const t0 = dateToDecimalYear(p.start_date, 'start');
	const t1 = p.end_date ? dateToDecimalYear(p.end_date, 'end') : Infinity;
	return t0 < to && t1 > from;
}

type Problem = (field: string, message: string) => void;
/** A date window as written: `date` and optional `until`, once both are known to be valid. */
type Window = { date: string; until?: string } | null;

/** Checks `date` and optional `until` (YYYY, YYYY-MM or YYYY-MM-DD, 1917–1991, until ≥ date). */
function checkWindow(date: unknown, until: unknown, problem: Problem, prefix = ''): Window {
	const start = typeof date === 'string' ? parseIsoDate(date) : null;
	if (!start)
		problem(`${prefix}date`, `${JSON.stringify(date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
	else if (start.year < MIN_YEAR || start.year > MAX_YEAR)
		problem(`${prefix}date`, `${date} is outside ${MIN_YEAR}–${MAX_YEAR}`);
	if (until === undefined) return start ? { date: date as string } : null;
	const end = typeof until === 'string' ? parseIsoDate(until) : null;
	if (!end)
		problem(`${prefix}until`, `${JSON.stringify(until)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
	else if (end.year > MAX_YEAR) problem(`${prefix}until`, `${until} is after ${MAX_YEAR}`);
	else if (
		start &&
		dateToDecimalYear(until as string, 'end') <= dateToDecimalYear(date as string, 'start')
	)
		problem(`${prefix}until`, `${until} is before date ${date}`);
	else return start ? { date: date as string, until: until as string } : null;
	return null;
}

interface FocusCheck {
	features?: ReadonlyMap<string, { properties: { start_date: string; end_date?: string } }>;
	partial: boolean;
	skip: () => void;
}

/** Every focus id must exist and be on the map in the window (a highlight the reader cannot see is a bug). */
function checkFocus(
	focus: unknown,
	window: Window,
	{ features, partial, skip }: FocusCheck,
	problem: Problem,
	field = 'focus'
): void {
	if (focus === undefined) return;
	if (!Array.isArray(focus)) return problem(field, 'must be a list of feature ids');
	if (!features) return;
	for (const f of focus) {
		const feature = typeof f === 'string' ? features.get(f) : undefined;
		if (!feature) {
			if (partial) skip();
			else problem(field, `no feature ${JSON.stringify(f)} in geodata/`);
		} else if (window && !overlaps(window.date, window.until, feature.properties))
			problem(
				field,
				`${f} (${feature.properties.start_date}–${feature.properties.end_date ?? ''}) is not on the map at ${window.date}${window.until ? `–${window.until}` : ''}`
			);
	}
}

/**
 * A chapter's steps: each holds from its paragraph (1 … body length − 1, in increasing order) to
 * the next step, with its own date window and optionally its own camera and focus.
 */
function checkSteps(steps: unknown, paragraphs: number, focusCheck: FocusCheck, problem: Problem) {
	if (!Array.isArray(steps)) return problem('steps', 'must be a list of steps');
	let last = 0;
	steps.forEach((step: unknown, i) => {
		const at = `steps[${i}].`;
		if (!isObject(step)) return problem(`steps[${i}]`, 'must be an object {paragraph, date, …}');
		for (const key of Object.keys(step))
			if (!STEP_KEYS.has(key)) problem(at + key, 'unknown field');
		const p = step.paragraph;
		if (!Number.isInteger(p) || (p as number) <= last || (p as number) >= paragraphs)
			problem(
				`${at}paragraph`,
				`${JSON.stringify(p)} must be a paragraph index after ${last} and before ${paragraphs} (the first paragraph is the chapter's own view)`
			);
		else last = p as number;
		const window = checkWindow(step.date, step.until, problem, at);
		if (step.camera !== undefined)
			checkCamera(step.camera, (field, message) => problem(at + field, message));
		checkFocus(step.focus, window, focusCheck, problem, `${at}focus`);
	});
}

export function formatContentProblems(problems: ContentProblem[]): string {
	return problems.map((p) => `${p.file} › ${p.chapter} › ${p.field}: ${p.message}`).join('\n');
}

function checkCamera(camera: unknown, problem: (field: string, message: string) => void): void {
	if (!isObject(camera))
		return problem('camera', 'must be an object {center, zoom, bearing?, pitch?}');
	const c = camera.center;
	if (!Array.isArray(c) || c.length !== 2)
		problem('camera.center', 'must be [longitude, latitude]');
	else {
		if (!isFiniteIn(c[0], -180, 180))
			problem('camera.center', `longitude ${c[0]} is not in −180…180`);
		if (!isFiniteIn(c[1], -85, 85)) problem('camera.center', `latitude ${c[1]} is not in −85…85`);
	}
	if (!isFiniteIn(camera.zoom, 0, 22))
		problem('camera.zoom', `${camera.zoom} is not a zoom in 0…22`);
	if (camera.bearing !== undefined && !isFiniteIn(camera.bearing, -360, 360))
		problem('camera.bearing', `${camera.bearing} is not in −360…360`);
	if (camera.pitch !== undefined && !isFiniteIn(camera.pitch, 0, 60))
		problem('camera.pitch', `${camera.pitch} is not in 0…60`);
	for (const key of Object.keys(camera))
		if (!['center', 'zoom', 'bearing', 'pitch'].includes(key))
			problem(`camera.${key}`, 'unknown field');
}

/**
 * @param files chapter JSON by file path (order = story order, by the NN- prefix)
 * @param references the entries of references.json
 * @param features when given (geodata features by id), every `focus` id must exist and be on
 *   the map at the chapter's date — a highlighted feature the reader cannot see is a bug
 * @param partial the features are incomplete (a geodata file did not load): a focus id that is
 *   not found is then counted in `skipped`, not reported — the broken file is the one problem
 * @returns the valid chapters; every problem; `files`, the story position (`NN`) of every
 *   chapter file with a readable id, valid or not, so translations can be checked against it;
 *   `skipped`, how many focus checks could not be made
 */
export function validateChapters(
	files: Record<string, unknown>,
	references: unknown,
	features?: ReadonlyMap<string, { properties: { start_date: string; end_date?: string } }>,
	partial = false
): {
	chapters: Chapter[];
	problems: ContentProblem[];
	files: Map<string, string>;
	skipped: number;
} {
	const positions = new Map<string, string>();
	let skipped = 0;
	const problems: ContentProblem[] = [];
	const refIds = new Set<string>();
	if (!Array.isArray(references)) {
		problems.push({
			file: 'references.json',
			chapter: '-',
			field: '-',
			message: 'must be an array'
		});
	} else {
		references.forEach((r: Partial<Reference>, i) => {
			if (!isObject(r) || !isNonEmptyString(r.id) || !isNonEmptyString(r.text))
				problems.push({
					file: 'references.json',
					chapter: `#${i}`,
					field: '-',
					message: 'needs id and text'
				});
			else if (refIds.has(r.id))
				problems.push({
					file: 'references.json',
					chapter: r.id,
					field: 'id',
					message: 'duplicate id'
				});
			else refIds.add(r.id);
		});
	}

	const chapters: Chapter[] = [];
	const seen = new Map<string, string>();
	const paths = Object.keys(files).sort();
	if (paths.length === 0)
		problems.push({
			file: 'src/content/chapters',
			chapter: '-',
			field: '-',
			message: 'no chapters found'
		});

	for (const path of paths) {
		const file = path.split('/').pop() ?? path;
		const raw = files[path];
		const label = isObject(raw) && isNonEmptyString(raw.id) ? raw.id : '(no id)';
		const before = problems.length;
		const problem = (field: string, message: string) =>
			problems.push({ file, chapter: label, field, message });

		const nameMatch = FILE.exec(path);
		if (!nameMatch) problem('-', 'file name must be NN-<id>.json');
		else if (isObject(raw) && isNonEmptyString(raw.id)) positions.set(raw.id, nameMatch[2]);
		if (!isObject(raw)) {
			problem('-', 'must be a JSON object');
			continue;
		}
		for (const key of Object.keys(raw)) if (!KEYS.has(key)) problem(key, 'unknown field');

		if (!isNonEmptyString(raw.id) || !ID.test(raw.id)) problem('id', 'must be kebab-case');
		else {
			if (seen.has(raw.id)) problem('id', `duplicate of ${seen.get(raw.id)}`);
			seen.set(raw.id, file);
			if (nameMatch && nameMatch[3] !== raw.id)
				problem('id', `does not match the file name (${file})`);
		}
		if (!isNonEmptyString(raw.title)) problem('title', 'required');
		if (!isNonEmptyString(raw.dates)) problem('dates', 'required (a label such as "1937–1941")');
		const window = checkWindow(raw.date, raw.until, problem);
		checkCamera(raw.camera, problem);

		if (!Array.isArray(raw.layers)) problem('layers', 'must be a list of layer ids');
		else
			for (const l of raw.layers)
				if (!(LAYER_IDS as readonly unknown[]).includes(l))
					problem('layers', `unknown layer ${JSON.stringify(l)} (known: ${LAYER_IDS.join(', ')})`);

		const focusCheck = { features, partial, skip: () => skipped++ };
		checkFocus(raw.focus, window, focusCheck, problem);
		if (!Array.isArray(raw.body) || raw.body.length === 0 || !raw.body.every(isNonEmptyString))
			problem('body', 'must be a non-empty list of paragraphs');
		else
			for (const paragraph of raw.body as string[])
				for (const id of citationsIn(paragraph))
					if (!refIds.has(id)) problem('body', `cites [@${id}], which is not in references.json`);
		if (raw.steps !== undefined)
			checkSteps(raw.steps, Array.isArray(raw.body) ? raw.body.length : 0, focusCheck, problem);

		if (problems.length === before) chapters.push(raw as unknown as Chapter);
	}
	return { chapters, problems, files: positions, skipped };
}
