/**
 * Which story feature lies under a point of the map: the reader's click opens its card.
 * Small marks win over large shapes (a clash over the region it lies in).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Clickable style layers, most specific first. */
export const PICKABLE_LAYERS = [
	'clashes-point',
	'events-point',
	'places-point',
	'railways-line',
	'movements-line',
	'regions-fill'
] as const;

export type PickMap = Pick<MaplibreMap, 'queryRenderedFeatures' | 'getLayer' | 'getLayoutProperty'>;

/**
 * @param point pixel position in the map's container
 * @param tolerance pixels around the point that count as a hit (fingers are not precise)
 * @returns the feature id, or null when nothing is there
 */
export function featureIdAt(map: PickMap, point: [number, number], tolerance = 8): string | null {
	const layers = PICKABLE_LAYERS.filter(
		(id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none'
	);
	if (!layers.length) return null;
	const [x, y] = point;
	const hits = map.queryRenderedFeatures(
		[
			[x - tolerance, y - tolerance],
			[x + tolerance, y + tolerance]
		],
		{ layers: [...layers] }
	);
	const rank = (layer: string) =>
		PICKABLE_LAYERS.indexOf(layer as (typeof PICKABLE_LAYERS)[number]);
	const best = hits.sort((a, b) => rank(a.layer.id) - rank(b.layer.id))[0];
	const id = best?.properties?.id;
	return typeof id === 'string' ? id : null;
}
