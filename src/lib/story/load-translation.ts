/**
 * Loads one language's chapter texts on demand: one chunk per language, fetched the first time
 * a reader picks it (English needs none). A failed load leaves the story in English.
 */
import type { ChapterText, Translation } from './translations';
import type { Lang } from './view';

const chunks: Record<Exclude<Lang, 'en'>, () => Promise<{ texts: ChapterText[] }>> = {
	zh: () => import('./i18n/zh'),
	ru: () => import('./i18n/ru')
};

const cache = new Map<Lang, Promise<Translation>>();

export function loadTranslation(lang: Lang): Promise<Translation> {
	if (lang === 'en') return Promise.resolve(new Map());
	let pending = cache.get(lang);
	if (!pending) {
		pending = chunks[lang]()
			.then(({ texts }): Translation => new Map(texts.map((t) => [t.id, t])))
			.catch((): Translation => {
				// Try again next time the reader picks this language.
				cache.delete(lang);
				return new Map();
			});
		cache.set(lang, pending);
	}
	return pending;
}
