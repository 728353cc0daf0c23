/**
 * The rows of `geodata/facts/states.yaml`: one item per polity per period of stable extent,
 * in the shape of a region (`regions-railways.ts`) plus a label rank, and a geometry recipe
 * that may join several parts (the Soviet Union before 1945 is Russia minus some outlines,
 * joined with Ukraine and Belarus minus others…). The derive script
 * (`scripts/derive/states.ts`) validates with these, then resolves the country, outline and
 * citation references and derives `geodata/states.geojson`.
 */
import { z } from 'zod';
import * as field from './fields';
import {
	always,
	endAfterStart,
	geometryRecipe,
	period,
	recipeFields,
	shapeError
} from './regions-railways';

/** A recipe as for a region, or `parts:` several such recipes joined into one. */
export const stateGeometry = z
	.strictObject(
		{
			...recipeFields,
			parts: z
				.array(geometryRecipe, { error: shapeError('a list of recipes (country: …, outline: …)') })
				.min(2, { error: 'needs at least two parts; with one, write its recipe directly' })
				.optional()
				.describe(
					'Several recipes joined into one, each with its own country, outline and minus (a minus then takes away only from its own part)'
				)
		},
		{ error: shapeError('{ country: …, outline: … } or { parts: [ … ] }') }
	)
	.superRefine((g, ctx) => {
		const bases = [g.country, g.countries, g.parts].filter((v) => v !== undefined).length;
		if (g.parts !== undefined && (g.outline !== undefined || g.minus !== undefined))
			ctx.addIssue({
				code: 'custom',
				message: 'has parts and an outline or minus: put them inside the part they cut'
			});
		if (bases === 0)
			ctx.addIssue({
				code: 'custom',
				message: 'names no country: give country (one), countries (a list) or parts'
			});
		else if (bases > 1)
			ctx.addIssue({
				code: 'custom',
				message: 'gives more than one of country, countries and parts: give one of them'
			});
	}, always);

export const stateRow = z
	.strictObject(
		{
			...period,
			rank: field.rank
				.optional()
				.describe(
					'Label size: 1 a power the story follows, 2 (the default) a state it names, 3 a neighbour'
				),
			geometry: stateGeometry
		},
		{ error: shapeError('a state (id: …, name: …, …)') }
	)
	.superRefine(endAfterStart, always);

export type StateGeometry = z.output<typeof stateGeometry>;
export type StateRow = z.output<typeof stateRow>;

/** The schema of the whole file, for editors' JSON Schema. */
export const STATE_FILES = {
	'states.yaml': z.array(stateRow)
} as const;
