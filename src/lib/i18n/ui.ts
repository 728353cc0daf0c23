/** Interface strings (src/content/ui.json): English ships with the page, the others on demand. */
import { t } from './strings.svelte';
import type { Lang } from '../story/view';

export { loadUiStrings, t, type UiKey } from './strings.svelte';

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
