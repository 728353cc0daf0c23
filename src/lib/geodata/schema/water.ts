/**
 * The named rivers and lakes of the basemap, `geodata/facts/water.yaml`: names in the three story
 * languages and how each is found in the GSHHG data (anchor points along a river, a point inside a
 * lake). Strict, so a misspelt key is reported. Read by the basemap build
 * (`scripts/basemap/water-facts.ts`); scripts only, never the browser.
 */
import { z } from 'zod';
import * as field from './fields';
import { issueMessages } from './issues';

const quote = (v: unknown) => JSON.stringify(v);

const objectError = (what: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? 'is missing' : `must be ${what}, not ${quote(issue.input)}`;

/** A river's or lake's name in every story language (the map labels it in the reader's). */
const names = z.strictObject(
	{ en: field.text, zh: field.text, ru: field.text },
	{ error: objectError('{ en: …, zh: …, ru: … }') }
);

/** A sourced point: what it is, where, and where that coordinate was read. */
const point = {
	name: field.text.describe('What the point is: a town on the bank, a mouth, a confluence'),
	at: field.lngLat,
	at_source: field.text.describe('Where the coordinate comes from, with the value it gives')
};

export const anchor = z.strictObject(
	{
		...point,
		gap_after: field.text
			.optional()
			.describe('The river is not traced from here to the next anchor (it crosses a lake): say why')
	},
	{ error: objectError('an anchor { name, at, at_source }') }
);

export const river = z
	.strictObject({
		id: field.id,
		name: names,
		anchors: z
			.array(anchor, { error: objectError('a list of anchors, source to mouth') })
			.min(2, { error: 'needs at least two anchors (source side first)' }),
		note: field.text.optional()
	})
	.superRefine((r, ctx) => {
		const last = r.anchors.length - 1;
		if (r.anchors[last]?.gap_after !== undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['anchors', last, 'gap_after'],
				message: 'is on the last anchor: there is nothing after it'
			});
		r.anchors.forEach((a, i) => {
			if (a.gap_after !== undefined && (i === 0 || r.anchors[i - 1].gap_after !== undefined))
				ctx.addIssue({
					code: 'custom',
					path: ['anchors', i, 'gap_after'],
					message: 'leaves a stretch of one anchor: every traced stretch needs two'
				});
		});
	});

export const lake = z.strictObject({
	id: field.id,
	name: names,
	inside: z.strictObject(point, { error: objectError('a point { name, at, at_source }') }),
	note: field.text.optional()
});

export const waterFacts = z
	.strictObject({
		rivers: z.array(river).min(1, { error: 'is empty' }),
		lakes: z.array(lake).min(1, { error: 'is empty' })
	})
	.superRefine((file, ctx) => {
		const seen = new Set<string>();
		for (const [list, rows] of [
			['rivers', file.rivers],
			['lakes', file.lakes]
		] as const) {
			rows.forEach((row, i) => {
				if (seen.has(row.id))
					ctx.addIssue({
						code: 'custom',
						path: [list, i, 'id'],
						message: `${quote(row.id)} is used twice`
					});
				seen.add(row.id);
			});
		}
	});

export type WaterFacts = z.infer<typeof waterFacts>;
export type RiverFact = z.infer<typeof river>;
export type LakeFact = z.infer<typeof lake>;
export type Anchor = z.infer<typeof anchor>;

/** Validates the parsed YAML: the facts, or one `field message` line per problem. */
export function parseWaterFacts(
	value: unknown
): { ok: true; value: WaterFacts } | { ok: false; errors: string[] } {
	const parsed = waterFacts.safeParse(value);
	return parsed.success
		? { ok: true, value: parsed.data }
		: { ok: false, errors: issueMessages(parsed.error, waterFacts) };
}
