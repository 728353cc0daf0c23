/**
 * The one loader: reads and validates the story's content (chapters, references, translations)
 * and the layers in `geodata/`, and builds the payload the browser loads. The build
 * (`scripts/validate.ts`), the prerendered `/data/story.json` route, `npm run validate` and the
 * tests all call `loadStory`, so every problem reads the same everywhere.
 *
 * Errors name the one real problem: a geodata file that does not parse is reported once, and
 * the chapter checks that needed its features are counted as skipped rather than reported as
 * "no feature" one by one; an invalid English chapter is reported once, and its translations
 * are skipped (later translations keep their numbers).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPayload, type StoryPayload } from '../geodata/payload';
import type { StoryFeature } from '../geodata/types';
import type { ChapterText } from '../story/translations';
import type { Chapter } from '../story/types';
import { LANGS } from '../story/view';
import { formatContentProblems, validateChapters } from './content';
import { formatProblems, readGeodataDir, validateGeodata } from './geodata';
import { validateTranslations } from './translations';

export interface LoadedStory {
	/** One line per problem (`file › feature: message`, `file › chapter › field: message`). */
	problems: string[];
	/** Checks that could not run because of a problem above, as sentences with counts. */
	skipped: string[];
	chapters: Chapter[];
	/** Translated chapter texts by language (not English). */
	translations: Record<string, ChapterText[]>;
	features: ReadonlyMap<string, StoryFeature>;
	/** What `/data/story.json` serves; only built when there are no problems. */
	payload?: StoryPayload;
}

/** Parsed JSON files of a folder by path, or the line saying why one could not be read. */
async function readJsonDir(
	dir: string,
	label: (name: string) => string
): Promise<{ files: Record<string, unknown>; problems: string[] }> {
	const files: Record<string, unknown> = {};
	const problems: string[] = [];
	let names: string[];
	try {
		names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
	} catch {
		return { files, problems: [`${label('')}: folder not found`] };
	}
	for (const name of names) {
		try {
			files[join(dir, name)] = JSON.parse(await readFile(join(dir, name), 'utf8'));
		} catch (error) {
			problems.push(`${label(name)}: not valid JSON (${(error as Error).message})`);
		}
	}
	return { files, problems };
}

async function readJson(
	path: string,
	label: string
): Promise<{ value: unknown; problem?: string }> {
	try {
		return { value: JSON.parse(await readFile(path, 'utf8')) };
	} catch (error) {
		return { value: null, problem: `${label}: not valid JSON (${(error as Error).message})` };
	}
}

/**
 * Loads and validates everything under `root` (the project folder). Never throws on bad input.
 * @example const { problems, payload } = await loadStory('.');
 */
export async function loadStory(root = '.'): Promise<LoadedStory> {
	const problems: string[] = [];
	const skipped: string[] = [];

	const inputs = await readGeodataDir(join(root, 'geodata')).catch(() => null);
	if (!inputs) problems.push(`geodata/: cannot read the folder ${join(root, 'geodata')}`);
	const geodata = validateGeodata(inputs ?? []);
	if (geodata.problems.length) problems.push(formatProblems(geodata.problems));
	const unread = geodata.problems
		.filter((p) => p.feature === '' && !(p.file in geodata.collections))
		.map((p) => `geodata/${p.file}`);
	const partial = !inputs || unread.length > 0;
	if (!inputs) unread.push('geodata/');

	const chaptersDir = join(root, 'src/content/chapters');
	const english = await readJsonDir(chaptersDir, (name) => name || 'src/content/chapters');
	problems.push(...english.problems);
	const references = await readJson(join(root, 'src/content/references.json'), 'references.json');
	if (references.problem) problems.push(references.problem);
	const content = validateChapters(english.files, references.value, geodata.features, partial);
	if (content.problems.length) problems.push(formatContentProblems(content.problems));
	if (content.skipped)
		skipped.push(
			`${content.skipped} chapter focus check(s) skipped: ${[...new Set(unread)].join(', ')} did not load`
		);

	const translations: Record<string, ChapterText[]> = {};
	for (const lang of LANGS.filter((l) => l !== 'en')) {
		const dir = join(chaptersDir, 'i18n', lang);
		const read = await readJsonDir(dir, (name) => `i18n/${lang}/${name}`);
		problems.push(...read.problems);
		const result = validateTranslations(read.files, content.chapters, lang, content.files);
		if (result.problems.length) problems.push(formatContentProblems(result.problems));
		if (result.skipped)
			skipped.push(
				`${result.skipped} ${lang} translation(s) not checked: their English chapter is invalid`
			);
		translations[lang] = result.texts;
	}

	return {
		problems,
		skipped,
		chapters: content.chapters,
		translations,
		features: geodata.features,
		payload: problems.length ? undefined : buildPayload(geodata.features.values())
	};
}

/** The report a build or CLI prints for a failed load. */
export function formatLoadReport(story: LoadedStory): string {
	return [...story.problems, ...story.skipped.map((s) => `(${s})`)].join('\n');
}
