/**
 * Lines that draw themselves. A front (a movement) is drawn as far as its dates have run at the
 * end of the window on show: the 1945 fronts, 9 August to 2 September, are a quarter drawn on
 * 15 August. And while the story's date runs from one stop to the next (`transition`), a railway
 * or front that begins between the two is drawn in proportion to the way the date has come since
 * it began. Both depend on the date alone, never on a clock, so a scroll position always draws
 * the same picture, and reduced motion changes nothing here (the date itself is what moves).
 *
 * The part drawn goes into a small source of its own (`DRAWING_SOURCE`), drawn by copies of the
 * line layers (`draws` in their descriptors), with a front's head at its end and its name
 * halfway along; the whole line, head and name are hidden meanwhile through the global state
 * `drawing`. The story's own source is never touched.
 */
import { along, bearing, length, lineSliceAlong, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map } from 'maplibre-gl';
import type { StoryPayload } from '../geodata/payload';
import { OPEN_END } from '../geodata/types';

export const DRAWING_SOURCE = 'story-drawing';

/** Global state: ids of the lines drawn in part (their whole line is hidden). */
export const DRAWING_STATE = 'drawing';

/** Whether a feature is drawn in part (so its whole line stays hidden). */
export const notDrawing: ExpressionSpecification = [
	'!',
	['in', ['get', 'id'], ['global-state', DRAWING_STATE]]
];

/** Below this a line is not drawn at all; above `1 - EPSILON`, whole. */
const EPSILON = 1e-3;

interface Timed {
	kind?: unknown;
	t0?: unknown;
	t1?: unknown;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * How much of a line is drawn at window end `to`. A movement runs from its start to its end; in a
 * transition between stops whose windows end at `a` and `b`, what begins between the two is drawn
 * as the date comes from its start to the later of them (and undrawn the same way, scrolling back).
 */
export function drawnFraction(
	p: Timed,
	to: number,
	transition: readonly [number, number] | null
): number {
	const t0 = Number(p.t0);
	const t1 = Number(p.t1);
	let fraction = 1;
	if (p.kind === 'movement' && t1 < OPEN_END && t1 > t0) fraction = clamp01((to - t0) / (t1 - t0));
	if (transition) {
		const early = Math.min(...transition);
		const late = Math.max(...transition);
		if (t0 >= early && t0 < late) fraction = Math.min(fraction, clamp01((to - t0) / (late - t0)));
	}
	return fraction;
}

/** The first `fraction` of each part of a line, along its length. */
function sliceParts(geometry: Geometry, fraction: number): Position[][] {
	const parts =
		geometry.type === 'LineString'
			? [geometry.coordinates]
			: geometry.type === 'MultiLineString'
				? geometry.coordinates
				: [];
	return parts
		.filter((part) => part.length > 1)
		.map((part) => {
			const line = lineString(part);
			return lineSliceAlong(line, 0, length(line) * fraction).geometry.coordinates;
		})
		.filter((part) => part.length > 1);
}

export interface Drawing {
	/** Ids drawn in part: their whole line is hidden. */
	ids: string[];
	/** The parts drawn, and for a movement its head at the end of its part. */
	collection: FeatureCollection;
}

/**
 * The lines drawn in part at window end `to`, among `lines` (railways and movements as in the
 * story source, with `t0`/`t1`). Lines wholly drawn, or not begun, are left to the story source.
 */
export function drawing(
	lines: readonly Feature<Geometry, Record<string, unknown>>[],
	to: number,
	transition: readonly [number, number] | null
): Drawing {
	const ids: string[] = [];
	const features: Feature[] = [];
	for (const line of lines) {
		const p = line.properties;
		if (Number(p.t0) >= to) continue;
		const fraction = drawnFraction(p, to, transition);
		if (fraction >= 1 - EPSILON) continue;
		ids.push(String(p.id));
		if (fraction <= EPSILON) continue;
		const parts = sliceParts(line.geometry, fraction);
		if (!parts.length) continue;
		features.push({
			type: 'Feature',
			geometry:
				parts.length === 1
					? { type: 'LineString', coordinates: parts[0] }
					: { type: 'MultiLineString', coordinates: parts },
			properties: p
		});
		if (p.kind !== 'movement') continue;
		const last = parts[parts.length - 1] as LineString['coordinates'];
		// The front's name halfway along the part drawn, as the whole front's is along the whole.
		const drawn = lineString(last);
		features.push({
			type: 'Feature',
			geometry: along(drawn, length(drawn) / 2).geometry,
			properties: { ...p, kind: 'movement-label' }
		});
		const [a, b] = [last[last.length - 2], last[last.length - 1]];
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: b },
			properties: {
				id: p.id,
				kind: 'movement-head',
				control: p.control,
				t0: p.t0,
				t1: p.t1,
				bearing: Math.round(bearing(a, b) * 10) / 10
			}
		});
	}
	return { ids, collection: { type: 'FeatureCollection', features } };
}

/** The part of the map these functions use. */
type DrawingMap = Pick<Map, 'getSource' | 'setGlobalStateProperty'>;

/** What the drawing source shows now, so an unchanged drawing is not sent again. */
const shown = new WeakMap<object, string>();

/**
 * Draws the lines of the payload as far as window end `to` (and the transition) has run: the
 * parts into the drawing source, the ids into global state. Sends nothing when nothing changed,
 * so a date that moves without touching a line costs no upload.
 */
export function showDrawing(
	map: DrawingMap,
	payload: StoryPayload,
	to: number,
	transition: readonly [number, number] | null
): void {
	const lines = [...payload.layers.railways.features, ...payload.layers.movements.features];
	const { ids, collection } = drawing(lines, to, transition);
	const key = JSON.stringify(collection.features.map((f) => f.geometry)) + ids.join();
	if (shown.get(map) === key) return;
	shown.set(map, key);
	(map.getSource(DRAWING_SOURCE) as GeoJSONSource | undefined)?.setData(collection);
	map.setGlobalStateProperty(DRAWING_STATE, ids);
}

/** How long the halo round new features stays, then how long it takes to fade (ms). */
export const HALO_HOLD = 1400;
export const HALO_FADE = 900;

/**
 * Rings what has just appeared, then fades the ring out; returns the cleanup (call it when the
 * fresh features change). Under reduced motion the ring is held and then removed, without a fade.
 */
export function showFresh(
	map: Pick<Map, 'setGlobalStateProperty' | 'setPaintProperty'>,
	ids: readonly string[],
	reducedMotion: boolean
): () => void {
	const opacity = (value: number, duration: number) => {
		for (const [layer, property] of [
			['fresh-glow', 'line-opacity'],
			['fresh-ring', 'circle-stroke-opacity']
		] as const) {
			map.setPaintProperty(layer, `${property}-transition`, { duration, delay: 0 });
			map.setPaintProperty(layer, property, value);
		}
	};
	map.setGlobalStateProperty('fresh', [...ids]);
	if (!ids.length) return () => {};
	opacity(0.85, 0);
	const timer = setTimeout(() => opacity(0, reducedMotion ? 0 : HALO_FADE), HALO_HOLD);
	return () => clearTimeout(timer);
}
