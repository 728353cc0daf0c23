/**
 * A soft edge for the map: rings of sea colour, more opaque towards the data edge, drawn over
 * land and coast. Beyond the clipped extent the map simply fades to sea, as an atlas inset does,
 * instead of showing land cut off by a straight line.
 */
import type { Feature, Polygon, Position } from 'geojson';
import { DATA_EXTENT, EDGE_FADE, type Bbox } from './config';
import { feature } from './natural-earth';

/** The world as far as Web Mercator draws it. */
const WORLD: Bbox = [-180, -85, 180, 85];

function ring([w, s, e, n]: Bbox, clockwise = false): Position[] {
	const r: Position[] = [
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	];
	return clockwise ? r.reverse() : r;
}

function inset([w, s, e, n]: Bbox, by: number): Bbox {
	return [w + by, s + by, e - by, n - by];
}

/** Eases the fade in and out so the bands do not read as stripes. */
function smoothstep(t: number): number {
	return t * t * (3 - 2 * t);
}

/**
 * Step k (0 = outermost) is a frame between two insets of the data extent, with `fade` the
 * opacity of sea colour to paint over it; the outermost also covers the rest of the world.
 */
export function edgeFeatures(extent: Bbox = DATA_EXTENT): Feature<Polygon>[] {
	const { width, steps } = EDGE_FADE;
	const band = width / steps;
	return Array.from({ length: steps }, (_, k) => {
		const outer = k === 0 ? WORLD : inset(extent, k * band);
		const inner = inset(extent, (k + 1) * band);
		const fade = Math.round(smoothstep(1 - k / steps) * 100) / 100;
		return feature<Polygon>(
			{ type: 'Polygon', coordinates: [ring(outer), ring(inner, true)] },
			{ layer: 'edge', fade }
		);
	});
}
