/**
 * The offline style: the bundled basemap, our own font files, and the global state the story
 * layers filter on. No `glyphs`, `sprite` or tile URL: nothing is fetched off our origin.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../story/view';
import { basemapLayers, basemapSources } from './basemap';
import { mapFontFaces } from './fonts';

export interface InitialState {
	from: number;
	to: number;
	focus: string[];
}

/** Builds the style: basemap + empty story sources; no `glyphs` URL, fonts from our origin. */
export function buildStyle(siteUrl: string, lang: Lang, state: InitialState): StyleSpecification {
	return {
		version: 8,
		name: 'Sino-Soviet story map',
		sources: basemapSources(siteUrl),
		layers: basemapLayers(lang),
		'font-faces': mapFontFaces(siteUrl),
		state: {
			from: { default: state.from },
			to: { default: state.to },
			focus: { default: state.focus },
			// Lines drawn in part (drawing.ts) and features just arrived (their halo): none at first.
			drawing: { default: [] },
			fresh: { default: [] }
		}
	} as StyleSpecification;
}
