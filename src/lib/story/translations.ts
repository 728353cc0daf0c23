/**
 * Chapter text in Chinese and Russian: one file per chapter in
 * `src/content/chapters/i18n/<lang>/NN-<id>.json` holding `{id, title, dates, body}`. Only the
 * words are translated; camera, date, layers and focus stay in the English file. Each language
 * is a separate lazily loaded chunk (`load-translation.ts`), so English readers never download it.
 *
 * They are validated by the server-side loader (`$lib/server/translations.ts`).
 */
import type { Chapter } from './types';

export type ChapterText = Pick<Chapter, 'id' | 'title' | 'dates' | 'body'>;
export type Translation = ReadonlyMap<string, ChapterText>;

/** The chapter as the reader sees it in `lang`: translated words over the English chapter. */
export function translated<C extends Chapter>(chapter: C, translation: Translation | undefined): C {
	const text = translation?.get(chapter.id);
	return text ? { ...chapter, title: text.title, dates: text.dates, body: text.body } : chapter;
}
