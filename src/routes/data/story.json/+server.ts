/**
 * `/data/story.json`: all historical layers, validated and prerendered at build time.
 * Invalid geodata (or a chapter that highlights a feature that does not exist) throws here,
 * which fails `npm run build` with every problem listed.
 */
import { json } from '@sveltejs/kit';
import { formatProblems, readGeodataDir, validateGeodata } from '$lib/geodata/validate';
import { buildPayload } from '$lib/geodata/payload';
import { formatContentProblems, validateChapters } from '$lib/story/validate';
import references from '../../../content/references.json';

export const prerender = true;

const chapterFiles = import.meta.glob('../../../content/chapters/*.json', {
	eager: true,
	import: 'default'
});

export async function GET() {
	const result = validateGeodata(await readGeodataDir('geodata'));
	if (result.problems.length) {
		throw new Error(`geodata/ is invalid:\n${formatProblems(result.problems)}`);
	}
	const content = validateChapters(chapterFiles, references, result.features);
	if (content.problems.length) {
		throw new Error(`Invalid story content:\n${formatContentProblems(content.problems)}`);
	}
	return json(buildPayload(result.features.values()));
}
