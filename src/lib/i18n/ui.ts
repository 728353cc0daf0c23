/** Interface strings in English, Chinese and Russian (src/content/ui.json). */
import strings from '../../content/ui.json';
import type { Lang } from '../story/view';

export type UiKey = keyof (typeof strings)['en'];

/** The string for `key` in `lang` (English when missing), with `{name}` placeholders filled. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	const table = strings[lang] as Record<string, string>;
	const template = table[key] ?? strings.en[key];
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** What the map says about itself: loading, each failure, and the buttons that retry. */
export interface MapStrings {
	loading: string;
	noWebgl: string;
	dataError: string;
	basemapError: string;
	fontError: string;
	contextLost: string;
	mapError: string;
	retry: string;
	reload: string;
	credits: string;
}

/**
 * The map's status messages in `lang`. On the free map (`explore`) the no-WebGL notice says
 * what is lost there (the timeline and layers), not that the story is complete without it.
 */
export function mapStrings(lang: Lang, page: 'story' | 'explore' = 'story'): MapStrings {
	return {
		loading: t(lang, 'mapLoading'),
		noWebgl: t(lang, page === 'explore' ? 'mapNoWebglExplore' : 'mapNoWebgl'),
		dataError: t(lang, 'mapDataError'),
		basemapError: t(lang, 'mapBasemapError'),
		fontError: t(lang, 'mapFontError'),
		contextLost: t(lang, 'mapContextLost'),
		mapError: t(lang, 'mapError'),
		retry: t(lang, 'retry'),
		reload: t(lang, 'reload'),
		credits: t(lang, 'sources')
	};
}
