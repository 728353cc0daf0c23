/**
 * The field schemas every data file shares: ids, names, dates, precision, control, sources.
 * The feature contract (`feature.ts`) and the authored fact tables (`facts.ts`) are both built
 * from these, so a rule (what a date is, which controls exist) is written once. Server-side and
 * scripts only: the browser imports types from `../types.ts`, never this module.
 */
import { z } from 'zod';
import { parseIsoDate } from '../dates';
import { CONTROLS, KINDS } from '../types';

/** Kebab-case: ids end up in URLs and test names. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Years outside this range are almost certainly typos (1069 for 1969). */
export const MIN_PLAUSIBLE_YEAR = 1800;
export const MAX_PLAUSIBLE_YEAR = 2100;

const quote = (v: unknown) => JSON.stringify(v);

/**
 * Messages name the value, not the field: the formatter (`issues.ts`) puts the field's path in
 * front, so "start_date" + "is missing" reads "start_date is missing" in every file.
 */
const missingOr = (otherwise: (input: unknown) => string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? 'is missing' : otherwise(issue.input);

export const id = z
	.string({ error: missingOr((v) => `must be a kebab-case string, not ${quote(v)}`) })
	.regex(ID_PATTERN, {
		error: (iss) =>
			`${quote(iss.input)} must be kebab-case (lowercase letters, digits, single hyphens)`
	})
	.describe('Unique across all files, kebab-case, stable (used in URLs and tests)');

export const text = z
	.string({ error: missingOr((v) => `must be a non-empty string, not ${quote(v)}`) })
	.refine((s) => s.trim() !== '', { error: 'must be a non-empty string, not ""' });

/**
 * The Chinese and Russian texts of a feature card, beside the English `description` (and, on
 * clashes, `casualties`) they translate. Optional: where one is missing the card shows the
 * English, marked `lang="en"`. Fact files write them as `description_zh` / `description_ru`
 * (`casualties_zh` / `casualties_ru`); the layers carry them as `description:zh` … like names.
 */
export const LANGS = ['zh', 'ru'] as const;
const LANGUAGE = { zh: 'Chinese', ru: 'Russian' } as const;
export const cardText = (lang: (typeof LANGS)[number], of: string) =>
	text.optional().describe(`${of} in ${LANGUAGE[lang]} (falls back to the English)`);

/** The fields of a fact row for the translations of its description. */
export const descriptionTranslations = {
	description_zh: cardText('zh', 'The description'),
	description_ru: cardText('ru', 'The description')
};

/** The same for a clash's casualty note. */
export const casualtiesTranslations = {
	casualties_zh: cardText('zh', 'The casualty note'),
	casualties_ru: cardText('ru', 'The casualty note')
};

/** An ISO 8601 date at year, month or day precision (a window, not an instant). */
export const isoDateString = z
	.string({
		error: missingOr((v) => `must be a string such as "1969-03-02", not ${quote(v)}`)
	})
	.superRefine((value, ctx) => {
		const date = parseIsoDate(value);
		if (!date)
			ctx.addIssue({
				code: 'custom',
				message: `${quote(value)} is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`
			});
		else if (date.year < MIN_PLAUSIBLE_YEAR || date.year > MAX_PLAUSIBLE_YEAR)
			ctx.addIssue({
				code: 'custom',
				message: `${value} is outside ${MIN_PLAUSIBLE_YEAR}–${MAX_PLAUSIBLE_YEAR}; a typo?`
			});
	})
	.describe('ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD; a date is a window (a year, month or day)');

/**
 * The same date in a hand-written fact file: YAML reads an unquoted `1920` as a number, which
 * is accepted there and read as the year. GeoJSON files must hold strings (`isoDateString`).
 */
export const isoDate = z.preprocess(
	(v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
	isoDateString
);

const oneOf = <const T extends readonly [string, ...string[]]>(
	values: T,
	choice = `one of ${values.join(', ')}`
) =>
	z.enum(values, {
		error: missingOr((v) => `${quote(v)} is not ${choice}`)
	});

export const kind = oneOf(KINDS);
export const control = oneOf(CONTROLS).describe('Who held or ran it; drives the palette');
export const precision = oneOf(['exact', 'approximate'], '"exact" or "approximate"').describe(
	'`approximate` wherever a line or point is drawn by hand or placed schematically'
);
export const rank = z
	.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: (iss) => `${quote(iss.input)} is not 1, 2 or 3`
	})
	.describe('Label priority: 1 = capital … 3 = minor');

export const sources = z
	.array(text, {
		error: missingOr((v) => `must be a list of citations, not ${quote(v)}`)
	})
	.min(1, { error: 'is empty; cite at least one source' })
	.describe('Citations: the article, the value it gives, and where it was read');

/** [longitude, latitude] in decimal degrees, as GeoJSON orders them. */
const degrees = (what: string, max: number) =>
	z
		.number({ error: (iss) => `must be a ${what} in degrees, not ${quote(iss.input)}` })
		.min(-max, { error: (iss) => `${quote(iss.input)} is not a ${what} (−${max}…${max})` })
		.max(max, { error: (iss) => `${quote(iss.input)} is not a ${what} (−${max}…${max})` });

export const lngLat = z
	.tuple([degrees('longitude', 180), degrees('latitude', 90)], {
		error: missingOr((v) => `must be [longitude, latitude] in degrees, not ${quote(v)}`)
	})
	.describe('[longitude, latitude] in decimal degrees');
