/**
 * Compiles the story layers' WebGL programs while the reader is still on the opening chapter.
 * MapLibre compiles a program the first time a kind of layer draws; on software GL that takes
 * 0.1–0.4 s each, so without this the scroll stalls when the first arrows or clash markers
 * appear. The warm-up draws a faint, short-lived copy of every story layer with all of its
 * features at any date, waits for one finished render, and removes the copies. Label layers are
 * copied only when their paint depends on the feature (their program differs from the basemap
 * labels'), and are drawn on the place points, placed anywhere and blocking nothing, so no
 * visible label moves. The story's own layers, filters and state are never touched, and the
 * copies are not pickable (see pick.ts: only the descriptors' own layers are).
 */
import type { FilterSpecification, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../story/view';
import type { StoryLayer } from './layer-descriptor';
import { DRAWING_SOURCE } from './drawing';
import { STATE_TIME_FILTER, STORY_SOURCE, styleLayer, TIME_FILTER } from './story-layers';

export type WarmMap = Pick<MaplibreMap, 'addLayer' | 'removeLayer' | 'getLayer' | 'once'>;

/** Prefix of the temporary copies' ids. */
export const WARM_PREFIX = 'warm:';
/** Opacity of the copies: enough to be drawn, far too faint to be seen. */
export const WARM_OPACITY = 0.01;

/** Whether any paint value reads a feature property (which makes a program of its own). */
const featureDependent = (paint: object | undefined) =>
	Object.values(paint ?? {}).some((v) => JSON.stringify(v).includes('["get",'));

/** Text copies stand on the place points, which every view shows, and block no label. */
const TEXT_WARM_LAYOUT = {
	'symbol-placement': 'point',
	'text-allow-overlap': true,
	'text-ignore-placement': true
} as const;

/** The copy of one layer: every feature of its kind, at any date, barely visible. */
export function warmCopy(layer: StoryLayer, lang: Lang = 'en'): LayerSpecification | null {
	const spec = styleLayer(layer, lang);
	if (spec.type === 'background' || !('source' in spec)) return null;
	const text = layer.label;
	if (text && !featureDependent(spec.paint)) return null;
	const filter: FilterSpecification | undefined = text
		? ['==', ['get', 'kind'], 'place']
		: Array.isArray(spec.filter)
			? (spec.filter.filter(
					(part) => part !== TIME_FILTER && part !== STATE_TIME_FILTER
				) as FilterSpecification)
			: spec.filter;
	// A drawn copy's opacity reads its features' `fade`: its copy keeps that shape (the program
	// differs from a constant opacity's), and draws from the story source, the drawing's being empty.
	const faint = Object.fromEntries(
		Object.entries(layer.fade).map(([key, value]) => [
			key,
			Array.isArray(value) ? ['*', WARM_OPACITY, value[2]] : WARM_OPACITY
		])
	);
	return {
		...spec,
		...(spec.source === DRAWING_SOURCE ? { source: STORY_SOURCE } : {}),
		id: `${WARM_PREFIX}${spec.id}`,
		...(filter ? { filter } : {}),
		layout: { ...spec.layout, ...(text ? TEXT_WARM_LAYOUT : {}), visibility: 'visible' },
		paint: { ...spec.paint, ...faint }
	} as LayerSpecification;
}

/**
 * Adds the copies, and removes them after the next finished render. Resolves when they are
 * gone. Safe to call once the story layers are on the map; a map removed meanwhile is left be.
 */
export function warmUpPrograms(
	map: WarmMap,
	layers: readonly StoryLayer[],
	lang: Lang = 'en'
): Promise<void> {
	const copies = layers
		.map((layer) => warmCopy(layer, lang))
		.filter((c): c is LayerSpecification => c !== null);
	for (const copy of copies) map.addLayer(copy);
	return new Promise((resolve) => {
		map.once('idle', () => {
			for (const copy of copies) if (map.getLayer(copy.id)) map.removeLayer(copy.id);
			resolve();
		});
	});
}
