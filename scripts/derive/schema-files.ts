/**
 * Files derived from the schemas themselves, so the contract is written once (in
 * `src/lib/geodata/schema/`): a JSON Schema per data file for editors' completion and checks
 * (`geodata/schema/*.schema.json`), and the property table of `docs/data-schema.md`.
 */
import { format } from 'prettier';
import { z } from 'zod';
import { featureProperties } from '../../src/lib/geodata/schema/feature';
import { FACT_FILES } from '../../src/lib/geodata/schema/index';

/** The repository's Prettier options (see .prettierrc), so `npm run lint` accepts the output. */
const PRETTIER = { useTabs: true, singleQuote: true, printWidth: 100 } as const;
const json = (value: unknown) => format(JSON.stringify(value), { ...PRETTIER, parser: 'json' });

/** A schema's own description, looking through `.optional()`, with its values if it has a list. */
function describe(schema: z.ZodType): string {
	const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
	const text = schema.description ?? inner.description ?? '';
	return inner instanceof z.ZodEnum
		? `${text}: ${inner.options.map((o) => `\`${String(o)}\``).join(', ')}`
		: text;
}

/** The JSON Schema of a whole layer file: a FeatureCollection of features with our properties. */
function layerSchema() {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: 'A layer of the story map (geodata/*.geojson)',
		type: 'object',
		required: ['type', 'features'],
		properties: {
			type: { const: 'FeatureCollection' },
			features: {
				type: 'array',
				items: {
					type: 'object',
					required: ['type', 'properties', 'geometry'],
					properties: {
						type: { const: 'Feature' },
						properties: z.toJSONSchema(featureProperties, {
							io: 'input',
							unrepresentable: 'any'
						}),
						geometry: { type: 'object' }
					}
				}
			}
		}
	};
}

function propertyTable(): string {
	const rows = Object.entries(featureProperties.shape).map(([key, schema]) => {
		const required = schema instanceof z.ZodOptional ? 'no' : 'yes';
		return `| \`${key}\` | ${required} | ${describe(schema as z.ZodType).replace(/\|/g, '\\|')} |`;
	});
	return [
		'# The data schema',
		'',
		'Written by `npm run data` from `src/lib/geodata/schema/` (do not edit by hand). Every',
		'feature in `geodata/*.geojson` has these properties; the validator (`npm run validate`)',
		'reports anything else as `file › feature: message`. Editors that read JSON Schema get',
		'completion and checks from `geodata/schema/` (see docs/editing-data.md).',
		'',
		'| property | required | meaning |',
		'| --- | --- | --- |',
		...rows,
		'',
		'Cross-field rules: `name:zh` and `name:ru` are required for every feature (the terms are in',
		'docs/glossary.md); `description:zh` and `description:ru` (`casualties:zh`, `casualties:ru`)',
		'translate the English and need it; `end_date` must come after `start_date` (dates are',
		'windows: `1945` ends on 31 December 1945).',
		''
	].join('\n');
}

export async function deriveSchemaFiles(): Promise<{
	files: Record<string, string>;
	problems: string[];
}> {
	const files: Record<string, string> = {
		'geodata/schema/layer.schema.json': await json(layerSchema()),
		'docs/data-schema.md': await format(propertyTable(), { ...PRETTIER, parser: 'markdown' })
	};
	for (const [name, schema] of Object.entries(FACT_FILES))
		files[`geodata/schema/${name.replace(/\.\w+$/, '')}.schema.json`] = await json({
			title: `geodata/facts/${name}`,
			...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' })
		});
	return { files, problems: [] };
}
