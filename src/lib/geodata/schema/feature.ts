/**
 * The contract of every feature in `geodata/*.geojson`: the one definition of its properties.
 * The TypeScript type (`StoryFeatureProperties` in `../types.ts`), the validator's messages,
 * the JSON Schema editors use (`geodata/schema/feature.schema.json`) and the property table in
 * `docs/data-schema.md` all come from here (the last two are written by `npm run data`).
 */
import { z } from 'zod';
import { dateToDecimalYear } from '../dates';
import { MAX_DATED_NAMES } from '../names';
import { KINDS, type Kind } from '../types';
import * as field from './fields';
import { issueMessages } from './issues';

export const featureProperties = z.strictObject({
	id: field.id,
	kind: field.kind.describe('Each kind has its own file (`kind` region lives in regions.geojson…)'),
	'name:en': field.text.describe('English name (always)'),
	'name:zh': field.text.optional().describe('Chinese name (required; see docs/glossary.md)'),
	'name:ru': field.text.optional().describe('Russian name (required; see docs/glossary.md)'),
	start_date: field.isoDateString,
	end_date: field.isoDateString
		.optional()
		.describe(
			'Same format. Absent: states, regions, railways and places last past 1991; events, clashes and movements are one-offs'
		),
	sources: field.sources,
	precision: field.precision,
	control: field.control.optional(),
	description: field.text.optional().describe('One or two plain sentences for the feature card'),
	'description:zh': field.cardText('zh', 'The description'),
	'description:ru': field.cardText('ru', 'The description'),
	casualties: field.text
		.optional()
		.describe('Clashes: casualties as the sources give them, ranges where they disagree'),
	'casualties:zh': field.cardText('zh', 'The casualty note'),
	'casualties:ru': field.cardText('ru', 'The casualty note'),
	length_km: z
		.number({ error: (iss) => `${JSON.stringify(iss.input)} is not a positive number` })
		.positive({ error: (iss) => `${JSON.stringify(iss.input)} is not a positive number` })
		.optional()
		.describe(
			'Railways: published route length in km (railways.yaml `published`; its source is among the sources); absent where none is published'
		),
	rank: field.rank
		.optional()
		.describe(
			'Label priority: places 1 = capital … 3 = minor; states 1 = a power … 3 = a neighbour'
		),
	names: z
		.array(
			z.strictObject({
				'name:en': field.text,
				'name:zh': field.text,
				'name:ru': field.text,
				start_date: field.isoDateString,
				end_date: field.isoDateString,
				source: field.text.describe('Where the name and its dates come from')
			})
		)
		.min(1)
		.max(MAX_DATED_NAMES)
		.optional()
		.describe(
			'Places: the names of their time (OpenHistoricalMap style), in date order; `name:*` are the modern names, shown outside these periods'
		)
});

/** Every kind's cards, labels and chapter buttons show its name in all three story languages. */
const NEEDS_ALL_NAMES: readonly Kind[] = KINDS;

/** Whether one field of a props object passes its own schema (for the cross-field rules). */
const fieldOk = (props: Record<string, unknown>, key: keyof typeof featureProperties.shape) =>
	featureProperties.shape[key].safeParse(props[key]).success;

/**
 * Rules across fields, checked only where the fields themselves are sound so one mistake
 * gives one message: names required by kind, and the end after the start.
 */
function crossFieldProblems(props: Record<string, unknown>): string[] {
	const problems: string[] = [];
	for (const what of ['description', 'casualties'] as const)
		for (const lang of field.LANGS)
			if (props[`${what}:${lang}`] !== undefined && props[what] === undefined)
				problems.push(`${what}:${lang} is given without the English ${what}`);
	const kind = fieldOk(props, 'kind') ? (props.kind as Kind) : undefined;
	if (kind && NEEDS_ALL_NAMES.includes(kind))
		for (const key of ['name:zh', 'name:ru'] as const)
			if (props[key] === undefined) problems.push(`${key} is missing (required for ${kind})`);
	if (
		props.start_date !== undefined &&
		props.end_date !== undefined &&
		fieldOk(props, 'start_date') &&
		fieldOk(props, 'end_date')
	) {
		const start = dateToDecimalYear(props.start_date as string, 'start');
		const end = dateToDecimalYear(props.end_date as string, 'end');
		if (end <= start)
			problems.push(`end_date ${props.end_date} is before start_date ${props.start_date}`);
	}
	return problems;
}

/**
 * Every problem with one feature's properties, as `field message` lines.
 * @example checkProperties({ id: 'Harbin' })[0] // 'id "Harbin" must be kebab-case (…)'
 */
export function checkProperties(props: Record<string, unknown>): string[] {
	const parsed = featureProperties.safeParse(props);
	return [
		...(parsed.success ? [] : issueMessages(parsed.error, featureProperties)),
		...crossFieldProblems(props)
	];
}

/** Every key the contract allows. */
export const ALLOWED_PROPERTIES: readonly string[] = Object.keys(featureProperties.shape);
