/**
 * The historical layers drawn over the basemap, one descriptor each (see `layer-descriptor.ts`),
 * bottom to top. They all read one source. Time filtering uses MapLibre global state (`from`,
 * `to`), so moving the timeline never re-uploads data; highlighting uses the `focus` global state.
 *
 * Colours that mean something (who held a region or ran a line) are written once, as legend
 * keys, and the layers' colour expressions are built from those keys: the map cannot draw a
 * colour the legend has no entry for.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Control } from '../geodata/types';
import type { UiKey } from '../i18n/ui';
import type { Lang } from '../story/view';
import { nameAtExpression } from '../geodata/names';
import { DRAWING_SOURCE, notDrawing } from './drawing';
import { MAP_FONT } from './fonts';
import { storyLayer, type LegendEntry, type StoryLayer, type Swatch } from './layer-descriptor';

/** Colours per controlling power: muted inks, as an atlas would print them. */
export const CONTROL_COLORS: Record<Control, string> = {
	china: '#b5523b',
	soviet: '#7a2430',
	russia: '#8a5a44',
	japan: '#4d6a8a',
	joint: '#8b6a2b',
	mongolia: '#3f7f6a',
	tuva: '#5f7d3a',
	'east-turkestan': '#3a7396',
	korea: '#7b5a8c',
	'united-states': '#4f5d6e',
	other: '#8c8273'
};
export const INK = '#2f2a24';
/** The states' borders: a warm dark grey, clear but quieter than the story's own lines. */
const STATE_BORDER = '#5e5346';
/** The states' names: the ink, a little lighter, so the story's own labels lead. */
const STATE_NAME = '#4a4036';
/** The paper: casings of lines, rings of clash marks, the fill of place dots. */
export const PAPER = '#fbf6ea';
export const CLASH_RED = '#c0392b';
/** Clash names: a darker red than the marks, to stay legible beside them. */
const CLASH_NAME = '#8e2318';
const EVENT_GOLD = '#f2c14e';
const halo = (alpha: number) => `rgba(251,246,234,${alpha})`;

/** `#rrggbb` → `rgba(r, g, b, alpha)`. */
function withAlpha(hex: string, alpha: number): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * One key per power, in the palette's order, and one for features that name no power (the
 * colour a `match` falls back to), each drawn as `swatch` makes it.
 */
function keyByControl(swatch: (color: string, control: Control | null) => Swatch): LegendEntry[] {
	return [
		...(Object.keys(CONTROL_COLORS) as Control[]).map((control) => ({
			label: `control.${control}` as UiKey,
			control,
			swatch: swatch(CONTROL_COLORS[control], control)
		})),
		{ label: 'control.none', control: null, swatch: swatch(INK, null) }
	];
}

/**
 * Regions: Chinese provinces are the backdrop that occupations, leases and breakaway states sit
 * on, so they are washed out; the power that actually held the ground reads first where two
 * regions overlap (Manchukuo over Manchuria, the ETR districts over Xinjiang). The alpha lives in
 * the colour so `fill-opacity` stays constant and can fade the layer.
 */
const REGION_KEY = keyByControl((color, control) => ({
	shape: 'area',
	color: control === 'china' ? withAlpha(color, 0.35) : color,
	outline: color
}));
const RAILWAY_KEY = keyByControl((color) => ({ shape: 'line', color, outline: PAPER }));
/**
 * The states' tints, as an atlas colours a political map: the Soviet state red, China yellow,
 * Japan and its empire blue-grey, Mongolia green. The story's own lines keep `CONTROL_COLORS`
 * (Chinese railways and provinces in rust); as a faint fill that rust and the Soviet maroon
 * would read as one pink, so the states take hues of their own, keyed in their own legend group.
 */
export const STATE_COLORS: Record<Control, string> = {
	...CONTROL_COLORS,
	china: '#d9a520',
	soviet: '#c23b3b',
	russia: '#9b6a4e',
	japan: '#4f6f9a',
	korea: '#6a5fb5',
	'united-states': '#4d6479',
	other: '#8c8273'
};

/**
 * How much of the layer's tint each power takes: a neighbour the story does not follow is
 * tinted half as strongly, and the Soviet red, the strongest hue, a little less.
 */
const STATE_TINT: Partial<Record<Control, number>> = { other: 0.5, soviet: 0.8 };

/**
 * States: the backdrop of every date, so their tints are the softest on the map and regions,
 * railways and names read over them. Borders are one ink for all (`STATE_BORDER`).
 */
const STATE_KEY = keyByControl((_, control) => {
	const color = control ? STATE_COLORS[control] : INK;
	return {
		shape: 'state',
		color: control && control in STATE_TINT ? withAlpha(color, STATE_TINT[control]!) : color,
		outline: STATE_BORDER,
		text: STATE_NAME
	};
});
/**
 * Forces in motion take vivid colours of their own, never the muted line colours of the
 * railways they cross (the Soviet fronts of 1945 ran beside Soviet-held track): a Soviet arrow
 * is signal red, a Chinese one orange. Each is drawn on a paper casing.
 */
const MOVEMENT_COLORS: Partial<Record<Control, [arrow: string, name: string]>> = {
	soviet: ['#e3311d', '#a81c0c'],
	china: ['#ef8a00', '#8f4f00']
};
const MOVEMENT_KEY = keyByControl((color, control) => {
	const [arrow, name] = (control && MOVEMENT_COLORS[control]) || [color, color];
	return { shape: 'arrow', color: arrow, outline: PAPER, text: name };
});

/**
 * Each feature's colour by its `control`, from a group's keys (`part` of their swatches).
 * @example colorByControl(RAILWAY_KEY) // ['match', ['get', 'control'], 'china', '#b5523b', …, '#2f2a24']
 */
export function colorByControl(
	key: readonly LegendEntry[],
	part: 'color' | 'outline' | 'text' = 'color'
): ExpressionSpecification {
	const value = (entry: LegendEntry) => entry.swatch[part] ?? entry.swatch.color;
	const fallback = key.find((entry) => entry.control === null);
	if (!fallback) throw new Error('a key by control needs an entry for features that name none');
	const cases = key.filter((entry) => entry.control).flatMap((e) => [e.control, value(e)]);
	return [
		'match',
		['get', 'control'],
		...cases,
		value(fallback)
	] as unknown as ExpressionSpecification;
}

/**
 * The one source of all story features. Layers pick their features by `kind` (plus the derived
 * kinds `movement-head`, `movement-label`, `region-label`, `state-label` and `state-border`): one source is
 * tiled once, where one per group made the first map take longer to settle.
 */
export const STORY_SOURCE = 'story';

/**
 * `t0 < to && t1 > from`: features that exist at some moment of the window [from, to).
 * `existsIn` is the same test in code (the legend's); the two must agree.
 */
export const TIME_FILTER: FilterSpecification = [
	'all',
	['<', ['get', 't0'], ['global-state', 'to']],
	['>', ['get', 't1'], ['global-state', 'from']]
];

/** Whether a feature stamped with `t0`/`t1` exists at some moment of [from, to) (`TIME_FILTER`). */
export function existsIn(t0: number, t1: number, [from, to]: readonly [number, number]): boolean {
	return t0 < to && t1 > from;
}

/**
 * States are shown as they stood at the end of the date or period on show (`1945` shows the
 * map of December 1945, `1921-02` to `1924-12` that of December 1924), so the states of any
 * window tile the map however many changes fall inside it. The instant is half a day before
 * the window's end: well clear of the rounding of `t0`/`t1` to four decimals (under an hour).
 */
export const STATE_INSTANT_BEFORE_END = 0.5 / 366;
const stateInstant: ExpressionSpecification = [
	'-',
	['global-state', 'to'],
	STATE_INSTANT_BEFORE_END
];
export const STATE_TIME_FILTER: FilterSpecification = [
	'all',
	['<', ['get', 't0'], stateInstant],
	['>', ['get', 't1'], stateInstant]
] as FilterSpecification;

/** Whether a state stamped with `t0`/`t1` is on the map for the window (`STATE_TIME_FILTER`). */
export function statesOnShow(t0: number, t1: number, [, to]: readonly [number, number]): boolean {
	const at = to - STATE_INSTANT_BEFORE_END;
	return t0 < at && t1 > at;
}

/** A clash named once with an earlier one at its spot (payload `markTwins`): named while that one is not shown. */
export const TWIN_LABEL_FILTER = [
	'any',
	['!', ['has', 'twin_t0']],
	['>=', ['get', 'twin_t0'], ['global-state', 'to']],
	['<=', ['get', 'twin_t1'], ['global-state', 'from']]
] as FilterSpecification;

/** Highlighted-feature test; the list lives in global state `focus` (an array of ids). */
export function inFocus(): ExpressionSpecification {
	return ['in', ['get', 'id'], ['global-state', 'focus']] as ExpressionSpecification;
}

/**
 * A dot drawn by a name's own symbol layer (`dotImage`), so the two are placed together or not
 * at all; `size` 1 is 8 px across. Colour it with `icon-color` and ring it with `icon-halo-*`.
 */
function dotIcon(size: number | ExpressionSpecification) {
	return {
		'icon-image': 'story-dot',
		'icon-size': size,
		// The dot may touch another name (a river's, along which the town lies); whether the
		// pair is drawn depends on its name alone.
		'icon-allow-overlap': true,
		'text-optional': false,
		'icon-optional': false
	} as const;
}

/**
 * Label text in the chosen language, falling back to English: the name of the date on show
 * for a place with dated names (`nameAtExpression`, geodata/names.ts). A map label is a name's lead:
 * the part before a colon ("Transbaikal Front: across the Greater Khingan…" is labelled
 * "Transbaikal Front"); the feature card gives the whole name.
 */
export function labelField(lang: Lang): ExpressionSpecification {
	const name = nameAtExpression(lang);
	const colon = lang === 'zh' ? '：' : ': ';
	const cut: ExpressionSpecification = ['index-of', colon, ['var', 'name']];
	return [
		'let',
		'name',
		name,
		['case', ['>', cut, 0], ['slice', ['var', 'name'], 0, cut], ['var', 'name']]
	] as ExpressionSpecification;
}

/** Features of one kind that exist in the time window, optionally narrowed further. */
const filtered = (kind: string, extra?: FilterSpecification): FilterSpecification =>
	[
		'all',
		['==', ['get', 'kind'], kind],
		TIME_FILTER,
		...(extra ? [extra] : [])
	] as FilterSpecification;

/** States (or their derived borders and names) on the map at the end of the window. */
const atEnd = (kind: string): FilterSpecification =>
	['all', ['==', ['get', 'kind'], kind], STATE_TIME_FILTER] as FilterSpecification;

/** A label layer's text: names (replaced per language by `styleLayer`) in the map's font. */
const text = (size: number | ExpressionSpecification) => ({
	'text-field': labelField('en'),
	'text-font': MAP_FONT,
	'text-size': size
});

/** A state's name: size and spacing by rank; `padding` keeps repeated names apart. */
function stateName(padding: number) {
	return {
		layout: {
			...text([
				'interpolate',
				['linear'],
				['zoom'],
				2,
				['match', ['get', 'rank'], 1, 13, 2, 10.5, 9.5],
				6,
				['match', ['get', 'rank'], 1, 18, 2, 14, 12]
			]),
			'text-letter-spacing': ['match', ['get', 'rank'], 1, 0.18, 0.06],
			'text-max-width': 7,
			'text-padding': padding,
			'symbol-sort-key': ['get', 'rank']
		},
		paint: {
			'text-color': STATE_NAME,
			'text-halo-color': halo(0.75),
			'text-halo-width': 1.3
		}
	} satisfies Pick<SymbolLayerSpecification, 'layout' | 'paint'>;
}

/** All story layers, bottom to top. */
/**
 * Each line that draws itself, followed by its copy over the drawing source: the same look, not
 * picked (the drawn part is brief), keyed by the original in the legend.
 */
function withDrawnCopies(layers: StoryLayer[]): StoryLayer[] {
	return layers.flatMap((layer) =>
		layer.draws
			? [
					layer,
					{
						...layer,
						draws: false,
						pickable: false,
						legend: undefined,
						// An area that begins between two views fades in by its own `fade` (drawing.ts).
						fade: Object.fromEntries(
							Object.entries(layer.fade).map(([property, value]) => [
								property,
								['*', value, ['coalesce', ['get', 'fade'], 1]]
							])
						),
						spec: {
							...layer.spec,
							id: `${layer.spec.id}-drawn`,
							source: DRAWING_SOURCE,
							// The drawn parts are exactly the lines the original hides.
							filter: (layer.spec as { filter: unknown[] }).filter.filter((f) => f !== notDrawing)
						} as LayerSpecification
					}
				]
			: [layer]
	);
}

export const STORY_LAYERS: readonly StoryLayer[] = withDrawnCopies([
	// The states: the backdrop of every date, under everything else the story draws.
	storyLayer({
		underWater: true,
		group: 'states',
		fade: { 'fill-opacity': 0.2 },
		pickable: true,
		legend: STATE_KEY,
		spec: {
			id: 'states-fill',
			type: 'fill',
			source: STORY_SOURCE,
			filter: atEnd('state'),
			paint: { 'fill-color': colorByControl(STATE_KEY), 'fill-antialias': false }
		}
	}),
	storyLayer({
		// Land borders only (derived in the payload from the edges two states share), so coasts
		// stay the basemap's.
		group: 'states',
		fade: { 'line-opacity': 0.85 },
		spec: {
			id: 'states-border',
			type: 'line',
			source: STORY_SOURCE,
			filter: atEnd('state-border'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': STATE_BORDER,
				'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 5, 1.2, 8, 1.8]
			}
		}
	}),
	storyLayer({
		draws: true,
		underWater: true,
		group: 'regions',
		fade: { 'fill-opacity': 0.2 },
		pickable: true,
		legend: REGION_KEY,
		spec: {
			id: 'regions-fill',
			type: 'fill',
			source: STORY_SOURCE,
			filter: filtered('region', notDrawing),
			paint: { 'fill-color': colorByControl(REGION_KEY) }
		}
	}),
	storyLayer({
		draws: true,
		underWater: true,
		group: 'regions',
		fade: { 'fill-opacity': 0.2 },
		spec: {
			id: 'regions-focus',
			type: 'fill',
			source: STORY_SOURCE,
			filter: [
				'all',
				filtered('region', inFocus() as FilterSpecification),
				notDrawing
			] as FilterSpecification,
			paint: { 'fill-color': colorByControl(REGION_KEY) }
		}
	}),
	storyLayer({
		draws: true,
		group: 'regions',
		fade: { 'line-opacity': 1 },
		spec: {
			id: 'regions-line',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('region', notDrawing),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': colorByControl(REGION_KEY, 'outline'),
				'line-width': ['case', inFocus(), 2.2, 1.2],
				// Uncertainty drawn: a hand-drawn (approximate) boundary is dashed, a surveyed one solid.
				'line-dasharray': [
					'case',
					['==', ['get', 'precision'], 'approximate'],
					['literal', [3, 2]],
					['literal', [1, 0]]
				]
			}
		}
	}),
	storyLayer({
		draws: true,
		group: 'railways',
		fade: { 'line-opacity': 1 },
		spec: {
			id: 'railways-casing',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('railway', notDrawing),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': PAPER,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 7]
			}
		}
	}),
	storyLayer({
		draws: true,
		group: 'railways',
		fade: { 'line-opacity': 1 },
		pickable: true,
		legend: RAILWAY_KEY,
		spec: {
			id: 'railways-line',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('railway', notDrawing),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': colorByControl(RAILWAY_KEY),
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					3,
					['case', inFocus(), 2.6, 1.6],
					8,
					['case', inFocus(), 5, 3]
				]
			}
		}
	}),
	// Region names sit under the place, event and clash labels, which win where they collide.
	storyLayer({
		draws: true,
		group: 'movements',
		fade: { 'line-opacity': 0.9 },
		spec: {
			id: 'movements-casing',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('movement', notDrawing),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': PAPER,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 6, 7, 11]
			}
		}
	}),
	storyLayer({
		draws: true,
		group: 'movements',
		fade: { 'line-opacity': 1 },
		pickable: true,
		legend: MOVEMENT_KEY,
		spec: {
			id: 'movements-line',
			type: 'line',
			source: STORY_SOURCE,
			filter: filtered('movement', notDrawing),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': colorByControl(MOVEMENT_KEY),
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 7, 7]
			}
		}
	}),
	storyLayer({
		draws: true,
		group: 'movements',
		fade: { 'icon-opacity': 1 },
		spec: {
			id: 'movements-head',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('movement-head', notDrawing),
			layout: {
				'icon-image': 'story-arrow',
				'icon-rotate': ['get', 'bearing'],
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.95, 7, 1.5]
			},
			paint: {
				'icon-color': colorByControl(MOVEMENT_KEY),
				'icon-halo-color': PAPER,
				'icon-halo-width': 1.5
			}
		}
	}),
	storyLayer({
		group: 'regions',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
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
				'text-color': colorByControl(REGION_KEY, 'outline'),
				'text-halo-color': halo(0.85),
				'text-halo-width': 1.5
			}
		}
	}),
	// State names sit over the region names, which they replace where the two name the same
	// shape at the same spot (the payload gives both the same anchor; see payload.ts).
	storyLayer({
		group: 'states',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
			id: 'states-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: ['all', atEnd('state-label'), ['!', ['has', 'more']]] as FilterSpecification,
			...stateName(6)
		}
	}),
	storyLayer({
		group: 'states',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
			id: 'states-label-more',
			type: 'symbol',
			source: STORY_SOURCE,
			// Zoomed in, where the main name of the Soviet Union or China may be far away: the
			// coarse grid's names from zoom 4.2, the fine grid's from zoom 5.
			minzoom: 4.2,
			filter: [
				'all',
				atEnd('state-label'),
				['has', 'more'],
				['==', ['get', 'more'], ['step', ['zoom'], 1, 5, 2]]
			] as FilterSpecification,
			...stateName(30)
		}
	}),
	storyLayer({
		overNames: true,
		group: 'railways',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
			id: 'railways-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('railway', inFocus() as FilterSpecification),
			layout: { ...text(12), 'symbol-placement': 'line', 'text-max-angle': 30 },
			paint: {
				'text-color': colorByControl(RAILWAY_KEY),
				'text-halo-color': halo(0.9),
				'text-halo-width': 1.5
			}
		}
	}),
	storyLayer({
		draws: true,
		overNames: true,
		group: 'movements',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
			id: 'movements-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('movement-label', notDrawing),
			layout: {
				...text(12.5),
				'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
				'text-radial-offset': 0.9,
				'text-max-width': 9,
				'text-padding': 1
			},
			paint: {
				'text-color': colorByControl(MOVEMENT_KEY, 'text'),
				'text-halo-color': halo(0.9),
				'text-halo-width': 1.5
			}
		}
	}),
	storyLayer({
		overNames: true,
		group: 'places',
		fade: { 'text-opacity': 1, 'icon-opacity': 1 },
		label: true,
		pickable: true,
		spec: {
			id: 'places-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('place'),
			layout: {
				...text(['match', ['get', 'rank'], 1, 14, 2, 12.5, 11.5]),
				...dotIcon(['match', ['get', 'rank'], 1, 1, 2, 0.75, 0.62]),
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.75,
				'text-justify': 'auto',
				// The chapter's own towns are named first, then the others by rank.
				'symbol-sort-key': ['+', ['case', inFocus(), 0, 10], ['get', 'rank']]
			},
			paint: {
				'text-color': INK,
				'text-halo-color': halo(0.9),
				'text-halo-width': 1.4,
				'icon-color': PAPER,
				'icon-halo-color': INK,
				'icon-halo-width': 1.2
			}
		}
	}),
	// Events the chapter is not about: a smaller dot with a smaller name, placed together or not
	// at all, below every other name in priority.
	storyLayer({
		overNames: true,
		group: 'events',
		fade: { 'text-opacity': 1, 'icon-opacity': 1 },
		label: true,
		pickable: true,
		spec: {
			id: 'events-minor',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('event', ['!', inFocus()] as FilterSpecification),
			layout: {
				...text(11.5),
				...dotIcon(1.1),
				'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
				'text-radial-offset': 0.75,
				'text-max-width': 10
			},
			paint: {
				'text-color': INK,
				'text-halo-color': halo(0.9),
				'text-halo-width': 1.4,
				'icon-color': EVENT_GOLD,
				'icon-halo-color': INK,
				'icon-halo-width': 1.2
			}
		}
	}),
	storyLayer({
		group: 'events',
		fade: { 'circle-opacity': 1, 'circle-stroke-opacity': 1 },
		pickable: true,
		legend: [{ label: 'layer.events', swatch: { shape: 'dot', color: EVENT_GOLD, outline: INK } }],
		spec: {
			id: 'events-point',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('event', inFocus() as FilterSpecification),
			paint: {
				'circle-radius': 7,
				'circle-color': EVENT_GOLD,
				'circle-stroke-color': INK,
				'circle-stroke-width': 1.5
			}
		}
	}),
	storyLayer({
		group: 'clashes',
		fade: { 'circle-opacity': 0.35 },
		spec: {
			id: 'clashes-halo',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('clash'),
			paint: {
				'circle-radius': 14,
				'circle-radius-transition': { duration: 900 },
				'circle-color': CLASH_RED,
				'circle-blur': 0.6
			}
		}
	}),
	storyLayer({
		group: 'clashes',
		fade: { 'circle-opacity': 1, 'circle-stroke-opacity': 1 },
		pickable: true,
		legend: [
			{
				label: 'layer.clashes',
				swatch: { shape: 'pulse', color: CLASH_RED, outline: PAPER, text: CLASH_NAME }
			}
		],
		spec: {
			id: 'clashes-point',
			type: 'circle',
			source: STORY_SOURCE,
			filter: filtered('clash'),
			paint: {
				'circle-radius': ['case', inFocus(), 7, 5],
				'circle-color': CLASH_RED,
				'circle-stroke-color': PAPER,
				'circle-stroke-width': 1.5
			}
		}
	}),
	storyLayer({
		overNames: true,
		group: 'events',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
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
			paint: { 'text-color': INK, 'text-halo-color': halo(0.95), 'text-halo-width': 1.6 }
		}
	}),
	storyLayer({
		overNames: true,
		group: 'clashes',
		fade: { 'text-opacity': 1 },
		label: true,
		spec: {
			id: 'clashes-label',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('clash', TWIN_LABEL_FILTER),
			layout: {
				...text(13),
				'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
				'text-radial-offset': 1.1,
				'text-max-width': 10
			},
			paint: { 'text-color': CLASH_NAME, 'text-halo-color': halo(0.95), 'text-halo-width': 1.6 }
		}
	}),
	// The towns a chapter is about keep their dot whatever happens to their name, and are placed
	// first of all, so no name is written over them; the other towns are drawn by `places-label`,
	// dot and name together or not at all.
	storyLayer({
		group: 'places',
		overNames: true,
		fade: { 'icon-opacity': 1 },
		pickable: true,
		pickAs: 'places-label',
		legend: [{ label: 'layer.places', swatch: { shape: 'dot', color: PAPER, outline: INK } }],
		spec: {
			id: 'places-point',
			type: 'symbol',
			source: STORY_SOURCE,
			filter: filtered('place', inFocus() as FilterSpecification),
			layout: {
				'icon-image': 'story-dot',
				'icon-size': ['match', ['get', 'rank'], 1, 1, 2, 0.75, 0.62],
				'icon-allow-overlap': true,
				// Its own name, beside it, must still fit: the dot claims no room around itself.
				'icon-padding': 0
			},
			paint: { 'icon-color': PAPER, 'icon-halo-color': INK, 'icon-halo-width': 1.2 }
		}
	})
]);

/**
 * The style layer to add for the reader's language: a label layer's text is the features'
 * names in `lang`, falling back to English.
 */
export function styleLayer(layer: StoryLayer, lang: Lang): LayerSpecification {
	if (!layer.label || layer.spec.type !== 'symbol') return layer.spec;
	return { ...layer.spec, layout: { ...layer.spec.layout, 'text-field': labelField(lang) } };
}

/** The colour of the brief halo round what has just appeared (a warm gold, apart from every control colour). */
export const HALO_GOLD = '#e0a100';

/**
 * The brief halo round features that have just appeared (global state `fresh`): a glow along
 * lines and round areas, a ring round points. Not a story group: it shows whatever is fresh,
 * and MapView fades it out (its opacity starts at 0).
 */
/** Features of these kinds that have just appeared (global state `fresh`) and are on show. */
const freshOf = (kinds: string[]): FilterSpecification =>
	[
		'all',
		['match', ['get', 'kind'], kinds, true, false],
		['in', ['get', 'id'], ['global-state', 'fresh']],
		TIME_FILTER
	] as FilterSpecification;

export const HALO_LAYERS: LayerSpecification[] = [
	{
		id: 'fresh-glow',
		type: 'line',
		source: STORY_SOURCE,
		// Not the states: a new period of a state is most often the same land, re-dated.
		filter: freshOf(['railway', 'movement', 'region']),
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': HALO_GOLD, 'line-width': 9, 'line-blur': 4, 'line-opacity': 0 }
	},
	{
		id: 'fresh-ring',
		type: 'circle',
		source: STORY_SOURCE,
		filter: freshOf(['event', 'clash', 'place']),
		paint: {
			'circle-radius': 13,
			'circle-color': 'rgba(0,0,0,0)',
			'circle-stroke-color': HALO_GOLD,
			'circle-stroke-width': 3,
			'circle-stroke-opacity': 0,
			'circle-opacity': 0
		}
	}
];
