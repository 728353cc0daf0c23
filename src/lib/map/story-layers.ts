/**
 * The historical layers drawn over the basemap: one GeoJSON source per public layer group,
 * a few style layers per group. Time filtering uses MapLibre global state (`from`, `to`), so
 * moving the timeline never re-uploads data; highlighting uses the `focus` global state.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Control, LayerId } from '../geodata/types';
import type { Lang } from '../story/view';

/** Colours per controlling power: muted inks, as an atlas would print them. */
export const CONTROL_COLORS: Record<Control, string> = {
	china: '#b5523b',
	soviet: '#7a2430',
	russia: '#8a5a44',
	japan: '#4d6a8a',
	joint: '#8b6a2b',
	mongolia: '#3f7f6a',
	tuva: '#5f7d3a',
	'east-turkestan': '#3a7396'
};
export const INK = '#2f2a24';
export const CLASH_RED = '#c0392b';

/**
 * Region fills: Chinese provinces are the backdrop that occupations, leases and breakaway
 * states sit on, so they are washed out; the power that actually held the ground reads first
 * where two regions overlap (Manchukuo over Manchuria, the ETR districts over Xinjiang).
 * The alpha lives in the colour so `fill-opacity` stays constant and can fade the layer.
 */
const regionFillColor: ExpressionSpecification = [
	'match',
	['get', 'control'],
	'china',
	'rgba(181, 82, 59, 0.35)',
	...Object.entries(CONTROL_COLORS)
		.filter(([c]) => c !== 'china')
		.flat(),
	INK
] as unknown as ExpressionSpecification;

/**
 * The one source of all story features. Layers pick their features by `kind` (plus the derived
 * kinds `movement-head` and `region-label`): one source is tiled once, where one per group
 * made the first map take longer to settle.
 */
export const STORY_SOURCE = 'story';

/** `t0 < to && t1 > from`: features that exist at some moment of the window [from, to). */
export const TIME_FILTER: FilterSpecification = [
	'all',
	['<', ['get', 't0'], ['global-state', 'to']],
	['>', ['get', 't1'], ['global-state', 'from']]
];

/** Highlighted-feature test; the list lives in global state `focus` (an array of ids). */
export function inFocus(): ExpressionSpecification {
	return ['in', ['get', 'id'], ['global-state', 'focus']] as ExpressionSpecification;
}

const controlColor: ExpressionSpecification = [
	'match',
	['get', 'control'],
	...Object.entries(CONTROL_COLORS).flat(),
	INK
] as unknown as ExpressionSpecification;

/** Label text in the chosen language, falling back to English. */
export function labelField(lang: Lang): ExpressionSpecification {
	return ['coalesce', ['get', `name:${lang}`], ['get', 'name:en']];
}

/** Per style layer: the paint property that fades it, and its opacity when shown. */
export interface FadeSpec {
	layer: string;
	group: LayerId;
	property: string;
	on: number;
}

interface Options {
	lang: Lang;
	font: string[];
}

/** Features of one kind that exist in the time window, optionally narrowed further. */
const filtered = (kind: string, extra?: FilterSpecification): FilterSpecification =>
	[
		'all',
		['==', ['get', 'kind'], kind],
		TIME_FILTER,
		...(extra ? [extra] : [])
	] as FilterSpecification;

/**
 * All story style layers, bottom to top. Opacities start at 0: the story state fades
 * groups in with `showGroups`.
 */
export function storyLayers({ lang, font }: Options): LayerSpecification[] {
	const text = (size: number | ExpressionSpecification) => ({
		'text-field': labelField(lang),
		'text-font': font,
		'text-size': size
	});
	return [
		{
			id: 'regions-fill',
			type: 'fill',
			source: STORY_SOURCE,
			filter: filtered('region'),
			paint: {
				'fill-color': regionFillColor,
				'fill-opacity': 0,
				'fill-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'regions-focus',
			type: 'fill',
			source: STORY_SOURCE,
			filter: filtered('region', inFocus() as FilterSpecification),
			paint: {
				'fill-color': regionFillColor,
				'fill-opacity': 0,
				'fill-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'regions-line',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('region'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': controlColor,
				'line-width': ['case', inFocus(), 2.2, 1.2],
				'line-dasharray': [3, 2],
				'line-opacity': 0,
				'line-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'movements-line',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('movement'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': controlColor,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3, 7, 7],
				'line-opacity': 0,
				'line-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'movements-head',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('movement-head'),
			layout: {
				'icon-image': 'story-arrow',
				'icon-rotate': ['get', 'bearing'],
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.1]
			},
			paint: {
				'icon-color': controlColor,
				'icon-opacity': 0,
				'icon-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'railways-casing',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('railway'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': '#fbf6ea',
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 7],
				'line-opacity': 0,
				'line-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'railways-line',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('railway'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': controlColor,
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					3,
					['case', inFocus(), 2.6, 1.6],
					8,
					['case', inFocus(), 5, 3]
				],
				'line-opacity': 0,
				'line-opacity-transition': { duration: 700 }
			}
		},
		// Region names sit under the place, event and clash labels, which win where they collide.
		{
			id: 'regions-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('region-label'),
			layout: {
				...text(['case', inFocus(), 13.5, 12]),
				'text-letter-spacing': 0.08,
				'text-transform': 'uppercase',
				'text-max-width': 8
			},
			paint: {
				'text-color': controlColor,
				'text-halo-color': 'rgba(251,246,234,0.85)',
				'text-halo-width': 1.5,
				'text-opacity': 0,
				'text-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'places-point',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('place'),
			paint: {
				'circle-radius': ['match', ['get', 'rank'], 1, 4, 2, 3, 2.5],
				'circle-color': '#fbf6ea',
				'circle-stroke-color': INK,
				'circle-stroke-width': 1.2,
				'circle-opacity': 0,
				'circle-stroke-opacity': 0,
				'circle-opacity-transition': { duration: 700 },
				'circle-stroke-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'places-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('place'),
			layout: {
				...text(['match', ['get', 'rank'], 1, 14, 2, 12.5, 11.5]),
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'symbol-sort-key': ['get', 'rank']
			},
			paint: {
				'text-color': INK,
				'text-halo-color': 'rgba(251,246,234,0.9)',
				'text-halo-width': 1.4,
				'text-opacity': 0,
				'text-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'events-point',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('event'),
			paint: {
				'circle-radius': ['case', inFocus(), 7, 4.5],
				'circle-color': '#f2c14e',
				'circle-stroke-color': INK,
				'circle-stroke-width': 1.5,
				'circle-opacity': 0,
				'circle-stroke-opacity': 0,
				'circle-opacity-transition': { duration: 700 },
				'circle-stroke-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'clashes-halo',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('clash'),
			paint: {
				'circle-radius': 14,
				'circle-radius-transition': { duration: 900 },
				'circle-color': CLASH_RED,
				'circle-blur': 0.6,
				'circle-opacity': 0,
				'circle-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'clashes-point',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('clash'),
			paint: {
				'circle-radius': ['case', inFocus(), 7, 5],
				'circle-color': CLASH_RED,
				'circle-stroke-color': '#fbf6ea',
				'circle-stroke-width': 1.5,
				'circle-opacity': 0,
				'circle-stroke-opacity': 0,
				'circle-opacity-transition': { duration: 700 },
				'circle-stroke-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'railways-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('railway', inFocus() as FilterSpecification),
			layout: {
				...text(12),
				'symbol-placement': 'line',
				'text-max-angle': 30
			},
			paint: {
				'text-color': controlColor,
				'text-halo-color': 'rgba(251,246,234,0.9)',
				'text-halo-width': 1.5,
				'text-opacity': 0,
				'text-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'movements-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('movement'),
			layout: { ...text(12), 'symbol-placement': 'line', 'text-max-angle': 30 },
			paint: {
				'text-color': controlColor,
				'text-halo-color': 'rgba(251,246,234,0.9)',
				'text-halo-width': 1.5,
				'text-opacity': 0,
				'text-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'events-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('event', inFocus() as FilterSpecification),
			layout: {
				...text(13),
				'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
				'text-radial-offset': 0.9,
				'text-max-width': 12
			},
			paint: {
				'text-color': INK,
				'text-halo-color': 'rgba(251,246,234,0.95)',
				'text-halo-width': 1.6,
				'text-opacity': 0,
				'text-opacity-transition': { duration: 700 }
			}
		},
		{
			id: 'clashes-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('clash'),
			layout: {
				...text(13),
				'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
				'text-radial-offset': 1.1,
				'text-max-width': 10
			},
			paint: {
				'text-color': '#8e2318',
				'text-halo-color': 'rgba(251,246,234,0.95)',
				'text-halo-width': 1.6,
				'text-opacity': 0,
				'text-opacity-transition': { duration: 700 }
			}
		}
	];
}

/** The opacity properties that fade each style layer, derived from the layer list. */
export function fadeSpecs(layers: LayerSpecification[]): FadeSpec[] {
	const groupOf = (id: string) => id.split('-')[0] as LayerId;
	const ON: Record<string, number> = {
		'regions-fill': 0.2,
		'regions-focus': 0.2,
		'clashes-halo': 0.35,
		'movements-line': 0.75
	};
	const out: FadeSpec[] = [];
	for (const layer of layers) {
		if (!('paint' in layer) || !layer.paint) continue;
		for (const property of Object.keys(layer.paint)) {
			if (!property.endsWith('opacity')) continue;
			out.push({ layer: layer.id, group: groupOf(layer.id), property, on: ON[layer.id] ?? 1 });
		}
	}
	return out;
}
