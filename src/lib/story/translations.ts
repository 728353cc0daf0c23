/**
 * Chapter text in Chinese and Russian: one file per chapter in
 * `src/content/chapters/i18n/<lang>/NN-<id>.json` holding `{id, title, dates, body}`. Only the
 * words are translated; camera, date, layers and focus stay in the English file. Each language
 * is a separate lazily loaded chunk (`load-translation.ts`), so English readers never download it.
 *
 * `validateTranslations` is pure and runs in the build (`scripts/validate.ts`) and the tests:
 * every translated chapter must exist in English, with the same number of paragraphs and the
 * same citations, in the same order, in each paragraph.
 */
import type { Chapter } from './types';
import { citationsIn, isNonEmptyString, isObject, type ContentProblem } from './validate';

export type ChapterText = Pick<Chapter, 'id' | 'title' | 'dates' | 'body'>;
export type Translation = ReadonlyMap<string, ChapterText>;

const KEYS = ['id', 'title', 'dates', 'body'];
const FILE = /(^|\/)(\d\d-[a-z0-9-]+)\.json$/;

/**
 * Checks one language's translated chapter files (parsed JSON by path) against the English
 * chapters; every English chapter must have its translation.
 */
export function validateTranslations(
	files: Record<string, unknown>,
	chapters: readonly Chapter[],
	lang: string
): { texts: ChapterText[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const texts: ChapterText[] = [];
	const english = new Map(chapters.map((c) => [c.id, c]));
	const fileOf = new Map(chapters.map((c, i) => [c.id, String(i + 1).padStart(2, '0')]));
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
	return { texts, problems };
}

/** The chapter as the reader sees it in `lang`: translated words over the English chapter. */
export function translated<C extends Chapter>(chapter: C, translation: Translation | undefined): C {
	const text = translation?.get(chapter.id);
	return text ? { ...chapter, title: text.title, dates: text.dates, body: text.body } : chapter;
}
