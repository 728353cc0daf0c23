/**
 * Validates the chapter translations (`src/content/chapters/i18n/<lang>/NN-<id>.json`, see
 * `$lib/story/translations.ts`) against the English: every translated chapter must exist in
 * English, with the same number of paragraphs and the same citations, in the same order, in
 * each paragraph. Pure; run by the loader (`load.ts`).
 */
import { isNonEmptyString, isObject } from '../guards';
import { citationsIn } from '../story/citations';
import type { ChapterText } from '../story/translations';
import type { Chapter } from '../story/types';
import type { ContentProblem } from './content';

const KEYS = ['id', 'title', 'dates', 'body'];
const FILE = /(^|\/)(\d\d-[a-z0-9-]+)\.json$/;

/**
 * Checks one language's translated chapter files (parsed JSON by path) against the English
 * chapters; every English chapter must have its translation.
 * @param chapters the valid English chapters
 * @param positions the story position (`NN`) of every English chapter file, valid or not (from
 *   `validateChapters`); defaults to the order of `chapters`. A translation of an English
 *   chapter that is itself invalid is not checked (counted in `skipped`): the English file is
 *   the one problem, and later files keep their names.
 */
export function validateTranslations(
	files: Record<string, unknown>,
	chapters: readonly Chapter[],
	lang: string,
	positions?: ReadonlyMap<string, string>
): { texts: ChapterText[]; problems: ContentProblem[]; skipped: number } {
	const problems: ContentProblem[] = [];
	const texts: ChapterText[] = [];
	let skipped = 0;
	const english = new Map(chapters.map((c) => [c.id, c]));
	const fileOf =
		positions ?? new Map(chapters.map((c, i) => [c.id, String(i + 1).padStart(2, '0')]));
	for (const [path, data] of Object.entries(files)) {
		const file = path.split('/').slice(-3).join('/');
		const problem = (chapter: string, field: string, message: string) =>
			problems.push({ file, chapter, field, message });
		if (!isObject(data)) {
			problem('?', '(file)', 'must be an object {id, title, dates, body}');
			continue;
		}
		const id = typeof data.id === 'string' ? data.id : '?';
		const source = english.get(id);
		if (!source && fileOf.has(id)) {
			skipped++;
			continue;
		}
		if (!source) {
			problem(id, 'id', 'no English chapter has this id');
			continue;
		}
		const name = FILE.exec(path)?.[2];
		if (name !== `${fileOf.get(id)}-${id}`) {
			problem(id, '(file)', `must be named ${fileOf.get(id)}-${id}.json, like the English file`);
		}
		for (const key of Object.keys(data)) if (!KEYS.includes(key)) problem(id, key, 'unknown field');
		if (!isNonEmptyString(data.title)) problem(id, 'title', 'must be a non-empty string');
		if (!isNonEmptyString(data.dates)) problem(id, 'dates', 'must be a non-empty string');
		const body = data.body;
		if (!Array.isArray(body) || !body.every(isNonEmptyString)) {
			problem(id, 'body', 'must be a list of non-empty paragraphs');
			continue;
		}
		if (body.length !== source.body.length) {
			problem(id, 'body', `has ${body.length} paragraphs; the English has ${source.body.length}`);
			continue;
		}
		body.forEach((paragraph, i) => {
			const want = citationsIn(source.body[i]).join(', ');
			const got = citationsIn(paragraph).join(', ');
			if (got !== want) {
				problem(id, `body[${i}]`, `cites [${got}] but the English paragraph cites [${want}]`);
			}
		});
		if (isNonEmptyString(data.title) && isNonEmptyString(data.dates)) {
			texts.push({ id, title: data.title, dates: data.dates, body: body as string[] });
		}
	}
	const done = new Set(texts.map((t) => t.id));
	for (const c of chapters) {
		if (!done.has(c.id) && !problems.some((p) => p.chapter === c.id)) {
			problems.push({
				file: `i18n/${lang}/${fileOf.get(c.id)}-${c.id}.json`,
				chapter: c.id,
				field: '(file)',
				message: 'missing: every chapter needs its translation'
			});
		}
	}
	return { texts, problems, skipped };
}
