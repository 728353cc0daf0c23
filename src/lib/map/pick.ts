/**
 * Which story feature lies under a point of the map: the reader's click opens its card.
 * Only layers whose descriptor is `pickable` answer, and the topmost wins: small marks, drawn
 * over large shapes, beat them (a clash over the region it lies in).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { pickOrder } from './layer-descriptor';
import { STORY_LAYERS } from './story-layers';

/** Clickable style layers, the topmost first. */
export const PICKABLE_LAYERS: readonly string[] = pickOrder(STORY_LAYERS);

export type PickMap = Pick<MaplibreMap, 'queryRenderedFeatures' | 'getLayer' | 'getLayoutProperty'>;

/**
 * @param point pixel position in the map's container
 * @param tolerance pixels around the point that count as a hit (fingers are not precise)
 * @param order the layers that can be picked, the topmost first
 * @returns the feature id, or null when nothing is there
 */
export function featureIdAt(
	map: PickMap,
	point: [number, number],
	tolerance = 8,
	order: readonly string[] = PICKABLE_LAYERS
): string | null {
	const layers = order.filter(
		(id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none'
	);
	if (!layers.length) return null;
	const [x, y] = point;
	const hits = map.queryRenderedFeatures(
		[
			[x - tolerance, y - tolerance],
			[x + tolerance, y + tolerance]
		],
		{ layers }
	);
	const best = hits.sort((a, b) => order.indexOf(a.layer.id) - order.indexOf(b.layer.id))[0];
	const id = best?.properties?.id;
	return typeof id === 'string' ? id : null;
}
