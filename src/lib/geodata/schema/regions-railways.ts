/**
 * The rows of the region and railway fact files in `geodata/facts/`: `stations.csv`,
 * `railways.yaml` (routes and periods), `regions.yaml`, `outlines.yaml` and the hand-drawn lines
 * of `boundaries.geojson`. One schema per row, built from the shared field schemas and strict,
 * so that a misspelt key is reported. The derive script (`scripts/derive/regions-railways.ts`)
 * validates with these, then resolves what a schema cannot see (station, route, outline, line
 * and citation references) and derives the GeoJSON.
 */
import { z } from 'zod';
import { dateToDecimalYear, parseIsoDate } from '../dates';
import * as field from './fields';
import { issueMessages, withoutMisspeltMissing } from './issues';

const quote = (v: unknown) => JSON.stringify(v);

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A nested object or list given as something else, or left out. */
export const shapeError = (what: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? 'is missing' : `must be ${what}, not ${quote(issue.input)}`;

/** A citation in full, or the key of a shared one in `geodata/facts/citations.yaml`. */
const citation = field.text.describe(
	'A citation in full, or the kebab-case key of a shared citation in citations.yaml'
);

/** Regions and railways show their names in all three story languages. */
export const names = z.strictObject(
	{ en: field.text, zh: field.text, ru: field.text },
	{ error: shapeError('{ en: …, zh: …, ru: … }') }
);

/** The input of a date field as the string it stands for, when it is a valid date. */
function dateText(v: unknown): string | undefined {
	const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : v;
	return typeof s === 'string' && parseIsoDate(s) ? s : undefined;
}

/** Cross-field rules run whenever the row is an object, beside the fields' own problems. */
export const always = { when: (payload: { value: unknown }) => isObject(payload.value) };

/** Checked only where both dates are sound, so one mistake gives one message. */
export function endAfterStart(row: { start?: unknown; end?: unknown }, ctx: z.RefinementCtx): void {
	const start = dateText(row.start);
	const end = dateText(row.end);
	if (start && end && dateToDecimalYear(end, 'end') <= dateToDecimalYear(start, 'start'))
		ctx.addIssue({ code: 'custom', path: ['end'], message: `${end} is before start ${start}` });
}

/** What every region and railway period (and every state, `states.ts`) carries. */
export const period = {
	id: field.id,
	name: names,
	start: field.isoDate,
	end: field.isoDate
		.optional()
		.describe('No end: the region or railway lasts past 1991 (or the period is the last)'),
	control: field.control,
	precision: field.precision,
	description: field.text.describe('One or two plain sentences for the feature card'),
	...field.descriptionTranslations,
	sources: field.sources
};

// ---- stations.csv ------------------------------------------------------------------------

/** A CSV cell holding decimal degrees: a string such as "126.65", read as a number. */
const degreesCell = z
	.string({ error: shapeError('a number such as 126.65') })
	.trim()
	.refine((s) => /^[+-]?\d+(\.\d+)?$/.test(s), {
		error: (iss) => {
			const v = String(iss.input).trim();
			if (v === '') return 'is empty; give decimal degrees such as 126.65';
			const comma = /^[+-]?\d+,\d+$/.test(v) ? ' (a decimal point, not a comma)' : '';
			return `${quote(v)} is not a number in decimal degrees such as 126.65${comma}`;
		}
	})
	.transform(Number);

/** Where a station's [lon, lat] pair fails `field.lngLat`, the issue names the column. */
function inRange(row: { lon: unknown; lat: unknown }, ctx: z.RefinementCtx): void {
	if (typeof row.lon !== 'number' || typeof row.lat !== 'number') return;
	const parsed = field.lngLat.safeParse([row.lon, row.lat]);
	if (parsed.success) return;
	for (const issue of parsed.error.issues)
		ctx.addIssue({
			code: 'custom',
			path: [issue.path[0] === 1 ? 'lat' : 'lon'],
			message: issue.message
		});
}

/** The columns of stations.csv, in order. */
export const STATION_COLUMNS = ['id', 'name', 'lon', 'lat', 'source', 'notes'] as const;

export const stationRow = z
	.strictObject({
		id: field.id,
		name: field.text.describe('English, as the sources use it; historical name in brackets'),
		lon: degreesCell,
		lat: degreesCell,
		source: citation.describe('Where the coordinate comes from'),
		notes: z.string().optional().describe("Editors' notes; not published")
	})
	.superRefine(inRange, always);

// ---- railways.yaml -----------------------------------------------------------------------

/** A list of route names and station ids, joined in order into one line. */
export const route = z
	.array(field.id, { error: shapeError('a list of route names and station ids') })
	.min(1, { error: 'is empty; list route names or station ids' })
	.describe('Route names (routes:) and station ids (stations.csv), joined in order');

const positive = z
	.number({ error: (iss) => `${quote(iss.input)} is not a positive number of kilometres` })
	.positive({ error: (iss) => `${quote(iss.input)} is not a positive number of kilometres` });

export const published = z
	.strictObject(
		{
			km: positive,
			source: citation.describe('Where the published length comes from (listed among the sources)'),
			still_short: field.text
				.optional()
				.describe('Why the station-to-station line falls short of it (docs only)')
		},
		{ error: shapeError('{ km: …, source: … }') }
	)
	.describe(
		'The published route length of the same stretch: shown on the feature card (length_km, with its source) and checked against the drawn line; leave it out where none is published'
	);

export const railwayRow = z
	.strictObject(
		{
			...period,
			route,
			branches: z
				.array(route, { error: shapeError('a list of routes, each a list like route') })
				.min(1, { error: 'is empty; leave it out' })
				.optional()
				.describe('Further lines of the same feature, drawn as separate parts'),
			published: published.optional()
		},
		{ error: shapeError('a railway (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always);

/** railways.yaml as a whole; each route and row is checked on its own, for its own label. */
export const railwaysFile = z.strictObject(
	{
		routes: z.record(z.string(), z.unknown(), { error: shapeError('a map of named routes') }),
		railways: z.array(z.unknown(), { error: shapeError('a list of railway periods') })
	},
	{ error: shapeError('a map with routes: and railways:') }
);

// ---- regions.yaml ------------------------------------------------------------------------

/** A Natural Earth admin-0 country, by its name in world-atlas (China, Mongolia, Russia). */
const country = field.text.describe('A Natural Earth admin-0 country name, e.g. China');

/** The fields of a geometry recipe; a state's recipe adds `parts` (see states.ts). */
export const recipeFields = {
	country: country.optional(),
	countries: z
		.array(country, { error: shapeError('a list of Natural Earth country names') })
		.min(1, { error: 'is empty; name at least one country' })
		.optional()
		.describe('Several countries, joined into one'),
	outline: field.id.optional().describe('A hand-drawn outline of outlines.yaml, cut with it'),
	minus: z
		.array(field.id, { error: shapeError('a list of outlines of outlines.yaml') })
		.min(1, { error: 'is empty; leave it out' })
		.optional()
		.describe('Outlines taken away, each cut with the country too'),
	note: field.text.optional().describe('Added to the docs’ geometry column, in brackets')
};

export const geometryRecipe = z
	.strictObject(recipeFields, { error: shapeError('{ country: …, outline: … }') })
	.superRefine((g, ctx) => {
		if ((g.country === undefined) === (g.countries === undefined))
			ctx.addIssue({
				code: 'custom',
				message:
					g.country === undefined
						? 'names no country: give country (one) or countries (a list)'
						: 'has both country and countries: give one of them'
			});
	}, always);

export const regionRow = z
	.strictObject(
		{ ...period, geometry: geometryRecipe },
		{ error: shapeError('a region (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always);

// ---- outlines.yaml and boundaries.geojson ------------------------------------------------

/** A piece of a ring that follows a line of boundaries.geojson. */
const linePiece = z.strictObject({
	line: field.id,
	reverse: z
		.boolean({ error: (iss) => `${quote(iss.input)} is not true or false` })
		.optional()
		.describe('Walk the line from its last point to its first')
});

const RING_ITEM = '[longitude, latitude] or { line: …, reverse: true }';

/** The union's own message is useless ("invalid input"): explain the branch the input is for. */
function ringItemMessage(input: unknown): string {
	const branch = Array.isArray(input) ? field.lngLat : isObject(input) ? linePiece : undefined;
	const parsed = branch?.safeParse(input);
	if (!branch || !parsed || parsed.success) return `must be ${RING_ITEM}, not ${quote(input)}`;
	return withoutMisspeltMissing(issueMessages(parsed.error, branch)).join('; ');
}

export const ringItem = z
	.union([field.lngLat, linePiece], { error: (iss) => ringItemMessage(iss.input) })
	.describe(`A corner point or a boundary line: ${RING_ITEM}`);

export const outline = z.strictObject(
	{
		name: field.text.describe('What the outline is; "minus the <name>" in the docs'),
		description: field.text,
		ring: z
			.array(ringItem, { error: shapeError('a list of corner points and lines') })
			.min(1, { error: 'is empty' })
			.describe('The pieces, in order round the region; the ring closes itself')
	},
	{ error: shapeError('an outline (name: …, description: …, ring: …)') }
);

/** The properties of one hand-drawn line of boundaries.geojson. */
export const boundaryProperties = z.strictObject(
	{
		id: field.id,
		description: field.text.describe('The towns on either side of the line'),
		precision: field.precision,
		sources: field.sources
	},
	{ error: shapeError('an object (id, description, precision, sources)') }
);

/** One feature of boundaries.geojson; editors (QGIS, geojson.io) may add foreign members. */
export const boundaryFeature = z.object({
	type: z.literal('Feature', { error: (iss) => `must be "Feature", not ${quote(iss.input)}` }),
	properties: boundaryProperties,
	geometry: z.object(
		{
			type: z.literal('LineString', {
				error: (iss) => `must be "LineString" (one line per feature), not ${quote(iss.input)}`
			}),
			coordinates: z
				.array(field.lngLat, { error: shapeError('a list of [longitude, latitude]') })
				.min(2, { error: 'needs at least two points' })
		},
		{ error: shapeError('a LineString geometry') }
	)
});

export const boundariesFile = z.object(
	{
		type: z.literal('FeatureCollection', {
			error: (iss) => `must be "FeatureCollection", not ${quote(iss.input)}`
		}),
		features: z.array(z.unknown(), { error: shapeError('a list of features') })
	},
	{ error: shapeError('a GeoJSON FeatureCollection') }
);

// ---- citations.yaml ----------------------------------------------------------------------

export const citationsFile = z.record(z.string(), z.unknown(), {
	error: shapeError('a map of key: full text')
});
export const citationKey = field.id;
export const citationText = field.text;

export type Names = z.output<typeof names>;
export type StationRow = z.output<typeof stationRow>;
export type Route = z.output<typeof route>;
export type Published = z.output<typeof published>;
export type RailwayRow = z.output<typeof railwayRow>;
export type GeometryRecipe = z.output<typeof geometryRecipe>;
export type RegionRow = z.output<typeof regionRow>;
export type RingItem = z.output<typeof ringItem>;
export type Outline = z.output<typeof outline>;
export type BoundaryProperties = z.output<typeof boundaryProperties>;
export type BoundaryFeature = z.output<typeof boundaryFeature>;

/**
 * The schema of each whole fact file (CSV aside), for editors' JSON Schemas: railways.yaml with
 * its routes and periods, regions.yaml, outlines.yaml and boundaries.geojson.
 */
export const REGION_RAILWAY_FILES = {
	'railways.yaml': z.strictObject({
		routes: z.record(field.id, route).describe('Named station sequences'),
		railways: z.array(railwayRow).describe('One item per period of ownership or control')
	}),
	'regions.yaml': z.array(regionRow),
	'outlines.yaml': z.record(field.id, outline),
	'boundaries.geojson': z.object({
		type: z.literal('FeatureCollection'),
		features: z.array(boundaryFeature)
	})
} as const;
