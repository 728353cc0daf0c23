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
	'body'
]);

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
		const date = typeof raw.date === 'string' ? parseIsoDate(raw.date) : null;
		if (!date) problem('date', `${JSON.stringify(raw.date)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
		else if (date.year < MIN_YEAR || date.year > MAX_YEAR)
			problem('date', `${raw.date} is outside ${MIN_YEAR}–${MAX_YEAR}`);
		let until: string | undefined;
		if (raw.until !== undefined) {
			const end = typeof raw.until === 'string' ? parseIsoDate(raw.until) : null;
			if (!end) problem('until', `${JSON.stringify(raw.until)} is not YYYY, YYYY-MM or YYYY-MM-DD`);
			else if (end.year > MAX_YEAR) problem('until', `${raw.until} is after ${MAX_YEAR}`);
			else if (
				date &&
				dateToDecimalYear(raw.until as string, 'end') <=
					dateToDecimalYear(raw.date as string, 'start')
			)
				problem('until', `${raw.until} is before date ${raw.date}`);
			else until = raw.until as string;
		}
		checkCamera(raw.camera, problem);

		if (!Array.isArray(raw.layers)) problem('layers', 'must be a list of layer ids');
		else
			for (const l of raw.layers)
				if (!(LAYER_IDS as readonly unknown[]).includes(l))
					problem('layers', `unknown layer ${JSON.stringify(l)} (known: ${LAYER_IDS.join(', ')})`);

		if (raw.focus !== undefined) {
			if (!Array.isArray(raw.focus)) problem('focus', 'must be a list of feature ids');
			else if (features)
				for (const f of raw.focus) {
					const feature = typeof f === 'string' ? features.get(f) : undefined;
					if (!feature) {
						if (partial) skipped++;
						else problem('focus', `no feature ${JSON.stringify(f)} in geodata/`);
					} else if (date && !overlaps(raw.date as string, until, feature.properties))
						problem(
							'focus',
							`${f} (${feature.properties.start_date}–${feature.properties.end_date ?? ''}) is not on the map at ${raw.date}${until ? `–${until}` : ''}`
						);
				}
		}

		if (!Array.isArray(raw.body) || raw.body.length === 0 || !raw.body.every(isNonEmptyString))
			problem('body', 'must be a non-empty list of paragraphs');
		else
			for (const paragraph of raw.body as string[])
				for (const id of citationsIn(paragraph))
					if (!refIds.has(id)) problem('body', `cites [@${id}], which is not in references.json`);

		if (problems.length === before) chapters.push(raw as unknown as Chapter);
	}
	return { chapters, problems, files: positions, skipped };
}
