/**
 * What the app knows about one story layer, in one place: its MapLibre style layer, the group
 * that shows it, how it fades, whether a click picks its features, whether its text follows the
 * reader's language, and what its colours mean. Group visibility, fades, picking, label
 * language, warm-up and the legend are all derived from these descriptors; nothing reads
 * meaning into a layer's id.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Control, LayerId } from '../geodata/types';
import type { UiKey } from '../i18n/ui';

/** The paint properties that fade a layer in and out. */
export type OpacityProperty =
	| 'fill-opacity'
	| 'line-opacity'
	| 'icon-opacity'
	| 'text-opacity'
	| 'circle-opacity'
	| 'circle-stroke-opacity';

/**
 * How the legend draws a key: the shape stands for the layer, the colours are the map's own.
 * `area` is a region (a dashed edge), `state` a state (a solid one).
 */
export interface Swatch {
	shape: 'area' | 'state' | 'line' | 'arrow' | 'dot' | 'pulse';
	/** Fill of areas and dots, colour of lines and arrows. */
	color: string;
	/** Edge of areas (dashed) and states (solid), ring of dots, casing of lines. */
	outline?: string;
	/** Colour of the features' names on the map, when the key shows it (clash names). */
	text?: string;
}

/** One line of the legend: a swatch and what it stands for. */
export interface LegendEntry {
	/** Interface string naming it (`src/content/ui.json`). */
	label: UiKey;
	/**
	 * The `control` this colour stands for; `null` for features that name none (the colour a
	 * `match` falls back to); absent when every feature of the group looks the same.
	 */
	control?: Control | null;
	swatch: Swatch;
}

export interface StoryLayer {
	/** The style layer as added to the map; faded properties start at 0 (see `storyLayer`). */
	spec: LayerSpecification;
	/** The public group that shows and hides it (links, chapters, the layer toggles). */
	group: LayerId;
	/** The properties that fade with its group, and their values when it is shown. */
	/**
	 * The properties that fade with its group, and their values when it is shown (an expression
	 * for the drawn copies, whose features fade in by their own `fade`).
	 */
	fade: Partial<Record<OpacityProperty, number | ExpressionSpecification>>;
	/** Whether a click on its features opens their card. */
	pickable: boolean;
	/**
	 * Picked as if drawn where this other layer is: a mark drawn on top for placement's sake
	 * (a chapter's town dots) still yields a click to the events and clashes drawn over it.
	 */
	pickAs?: string;
	/** Whether its text is the features' names, written in the reader's language. */
	label: boolean;
	/** The keys of its colours; the colours of every layer of a group are among the group's keys. */
	legend?: readonly LegendEntry[];
	/** Drawn beneath the basemap's rivers and lakes, so a tint never covers water. */
	underWater?: boolean;
	/**
	 * Drawn above the basemap's names, and so placed before them: a chapter's towns, events and
	 * fronts are named before a river or a lake is. Other layers go beneath the basemap's names.
	 */
	overNames?: boolean;
	/**
	 * A line that draws itself (`drawing.ts`): it is hidden while drawn in part, and a copy of it
	 * (`drawnCopy`) draws the part from the drawing source, just above it.
	 */
	draws?: boolean;
}

/**
 * A descriptor with its faded properties set to 0 in the style layer, so a group is hidden until
 * `showGroups` fades it in, and the fade list is written once.
 */
export function storyLayer(
	layer: Omit<StoryLayer, 'pickable' | 'label'> & { pickable?: boolean; label?: boolean }
): StoryLayer {
	const spec = layer.spec as LayerSpecification & { paint?: Record<string, unknown> };
	const hidden = Object.fromEntries(Object.keys(layer.fade).map((property) => [property, 0]));
	return {
		pickable: false,
		label: false,
		...layer,
		spec: { ...spec, paint: { ...spec.paint, ...hidden } } as LayerSpecification
	};
}

/**
 * Ids of the layers a click can pick, the topmost first (or where `pickAs` puts them): a mark
 * drawn over a shape wins.
 */
export function pickOrder(layers: readonly StoryLayer[]): string[] {
	const ids = layers.map((l) => l.spec.id);
	const height = (l: StoryLayer) => ids.indexOf(l.pickAs ?? l.spec.id);
	return layers
		.filter((l) => l.pickable)
		.sort((a, b) => height(b) - height(a))
		.map((l) => l.spec.id);
}

/** Ids of the layers whose text follows the reader's language. */
export function labelLayerIds(layers: readonly StoryLayer[]): string[] {
	return layers.filter((l) => l.label).map((l) => l.spec.id);
}
