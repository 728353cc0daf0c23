/**
 * The rows of the point fact files, `geodata/facts/{places,events,clashes,movements}.yaml`:
 * one schema per file, built from the shared field schemas, strict so that a misspelt key is
 * reported. The derive script (`scripts/derive/points.ts`) validates with these, then resolves
 * what a schema cannot see (place references, citation keys) and writes the GeoJSON.
 */
import { z } from 'zod';
import { dateToDecimalYear, parseIsoDate } from '../dates';
import { MAX_DATED_NAMES } from '../names';
import * as field from './fields';
import { issueMessages, withoutMisspeltMissing } from './issues';

const quote = (v: unknown) => JSON.stringify(v);

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A citation in full, or the key of a shared one in `geodata/facts/citations.yaml`. */
const citation = field.text.describe(
	'A citation in full, or the kebab-case key of a shared citation in citations.yaml'
);

/** Further citations: optional, but when given, a non-empty list. */
const moreSources = field.sources.optional();

/** A nested object given as something else, or left out. */
const objectError = (what: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? 'is missing' : `must be ${what}, not ${quote(issue.input)}`;

/**
 * Names in all three story languages: every row shows them on cards, labels and the chapters'
 * "On the map" buttons (the terms: docs/glossary.md).
 */
const allNames = z.strictObject(
	{ en: field.text, zh: field.text, ru: field.text },
	{ error: objectError('{ en: …, zh: …, ru: … }') }
);

/** What every row has, whatever its position. */
const dated = {
	id: field.id,
	start: field.isoDate,
	end: field.isoDate
		.optional()
		.describe('No end: a place lasts past 1991, anything else is a one-off'),
	date_source: citation.describe('Where the date (or dates) come from'),
	precision: field.precision,
	sources: moreSources.describe('Further citations: figures, names, corrections'),
	description: field.text.describe('One or two plain sentences for the feature card'),
	...field.descriptionTranslations
};

/** The input of a date field as the string it stands for, when it is a valid date. */
function dateText(v: unknown): string | undefined {
	const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : v;
	return typeof s === 'string' && parseIsoDate(s) ? s : undefined;
}

/**
 * Cross-field rules. They read only fields that are themselves sound (one mistake, one
 * message), so they may run even when another field is missing: all problems of a row at once.
 */
type Ctx = z.RefinementCtx;
const always = { when: (payload: { value: unknown }) => isObject(payload.value) };

function endAfterStart(row: { start?: unknown; end?: unknown }, ctx: Ctx): void {
	const start = dateText(row.start);
	const end = dateText(row.end);
	if (start && end && dateToDecimalYear(end, 'end') <= dateToDecimalYear(start, 'start'))
		ctx.addIssue({ code: 'custom', path: ['end'], message: `${end} is before start ${start}` });
}

const NO_POSITION = 'has no position';

/** An event or clash stands at a town of places.yaml (`place`) or at its own sourced `at`. */
function onePosition(row: Record<string, unknown>, ctx: Ctx): void {
	const has = (k: 'place' | 'at' | 'at_source') => row[k] !== undefined;
	const add = (message: string, path: string[] = []) =>
		ctx.addIssue({ code: 'custom', path, message });
	if (has('place') && has('at'))
		add('has both "place" and "at"; give the town of places.yaml or a coordinate, not both');
	else if (!has('place') && !has('at'))
		add(`${NO_POSITION}: give "place" (a town of places.yaml) or "at" with "at_source"`);
	else if (has('at') && !has('at_source')) add('is missing (the citation for "at")', ['at_source']);
	else if (has('place') && has('at_source'))
		add('goes with "at"; a place\'s coordinate citation comes from places.yaml', ['at_source']);
}

/** One name of its time: the three names, the dates it was in use, and where that is said. */
const datedName = z.strictObject(
	{
		en: field.text,
		zh: field.text,
		ru: field.text,
		start: field.isoDate
			.optional()
			.describe("When the name came into use; none: from the place's start"),
		end: field.isoDate.describe('The last date the name was in use (the next name follows)'),
		source: citation.describe('Where the name and its dates come from')
	},
	{ error: objectError('{ en: …, zh: …, ru: …, start: …, end: …, source: … }') }
);

const names = z
	.array(datedName, { error: objectError('a list of dated names (- { en: …, end: …, … })') })
	.min(1, { error: 'is empty; leave it out when the place kept its name' })
	.max(MAX_DATED_NAMES, {
		error: `has more than ${MAX_DATED_NAMES} names; the map shows at most ${MAX_DATED_NAMES}`
	})
	.describe('Names of their time, in date order; `name` stays the modern name, shown outside them');

/**
 * Dated names lie within the place's life, each ends after it starts, and they follow one
 * another without overlapping (listed in date order).
 */
function namesInLife(row: Record<string, unknown>, ctx: Ctx): void {
	if (!Array.isArray(row.names)) return;
	const placeStart = dateText(row.start);
	const placeEnd = dateText(row.end);
	const add = (i: number, key: string, message: string) =>
		ctx.addIssue({ code: 'custom', path: ['names', i, key], message });
	let previous: { end: number; text: string } | undefined;
	row.names.forEach((raw: unknown, i) => {
		if (!isObject(raw)) return;
		const start = raw.start === undefined ? placeStart : dateText(raw.start);
		const end = dateText(raw.end);
		if (!start || !end) return;
		const [t0, t1] = [dateToDecimalYear(start, 'start'), dateToDecimalYear(end, 'end')];
		if (t1 <= t0) return add(i, 'end', `${end} is before start ${start}`);
		if (placeStart && t0 < dateToDecimalYear(placeStart, 'start'))
			add(i, 'start', `${start} is before the place's start ${placeStart}`);
		if (placeEnd && t1 > dateToDecimalYear(placeEnd, 'end'))
			add(i, 'end', `${end} is after the place's end ${placeEnd}`);
		if (previous && t0 < previous.end)
			add(
				i,
				'start',
				`${start} overlaps the name before it (until ${previous.text}); names follow one another in date order`
			);
		previous = { end: t1, text: end };
	});
}

export const placeRow = z
	.strictObject(
		{
			...dated,
			name: allNames,
			at: field.lngLat,
			at_source: citation.describe('Where the coordinate comes from, and the value it gives'),
			rank: field.rank.optional(),
			names: names.optional()
		},
		{ error: objectError('a row (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always)
	.superRefine(namesInLife, always);

const positioned = {
	...dated,
	place: field.id.optional().describe('A town of places.yaml: its coordinate and citation'),
	at: field.lngLat.optional(),
	at_source: citation.optional().describe('Where the coordinate comes from (with "at")'),
	control: field.control.optional()
};

export const eventRow = z
	.strictObject(
		{ ...positioned, name: allNames },
		{ error: objectError('a row (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always)
	.superRefine(onePosition, always);

export const clashRow = z
	.strictObject(
		{
			...positioned,
			name: allNames,
			casualties: field.text.optional().describe('As each side gave them, naming whose is whose'),
			...field.casualtiesTranslations
		},
		{ error: objectError('a row (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always)
	.superRefine(onePosition, always);

/** A sourced anchor of a movement that is not a story place. */
const anchor = z.strictObject({ at: field.lngLat, at_source: citation });

const PATH_ITEM =
	'a place id, [longitude, latitude] (drawn by hand) or { at: [longitude, latitude], at_source: … }';

/** The union's own message is useless ("invalid input"): explain the branch the input is for. */
function pathItemMessage(input: unknown): string {
	const branch =
		typeof input === 'string'
			? field.id
			: Array.isArray(input)
				? field.lngLat
				: isObject(input)
					? anchor
					: undefined;
	const parsed = branch?.safeParse(input);
	if (!branch || !parsed || parsed.success) return `must be ${PATH_ITEM}, not ${quote(input)}`;
	return withoutMisspeltMissing(issueMessages(parsed.error, branch), POSITION_KEYS).join('; ');
}

export const pathItem = z
	.union([field.id, field.lngLat, anchor], { error: (iss) => pathItemMessage(iss.input) })
	.describe(`One vertex: ${PATH_ITEM}`);

export const movementRow = z
	.strictObject(
		{
			...dated,
			name: allNames,
			path: z
				.array(pathItem, { error: objectError('a list of vertices') })
				.min(2, { error: 'needs at least two vertices (start and objective)' })
				.describe('The line in the direction of movement, from the start town to the objective'),
			path_sources: moreSources.describe(
				'Citations for the line besides its anchors, e.g. for the hand-drawn vertices'
			),
			control: field.control
		},
		{ error: objectError('a row (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always);

/** The schema of each point fact file, by file name. */
export const POINT_ROWS = {
	'places.yaml': placeRow,
	'events.yaml': eventRow,
	'clashes.yaml': clashRow,
	'movements.yaml': movementRow
} as const;

export type PointFile = keyof typeof POINT_ROWS;
export type PlaceRow = z.output<typeof placeRow>;
export type EventRow = z.output<typeof eventRow>;
export type ClashRow = z.output<typeof clashRow>;
export type MovementRow = z.output<typeof movementRow>;
export type PathItem = z.output<typeof pathItem>;

/** A misspelt `place` or `at` also leaves the row with no position: one message is enough. */
export const POSITION_KEYS = { place: NO_POSITION, at: NO_POSITION } as const;
