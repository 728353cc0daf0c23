/**
 * Lines that draw themselves. A front (a movement) is drawn as far as its dates have run at the
 * end of the window on show: the 1945 fronts, 9 August to 2 September, are a quarter drawn on
 * 15 August. And while the story's date runs from one stop to the next (`transition`), a railway
 * or front that begins between the two is drawn in proportion to the way the date has come since
 * it began, and a region that begins between them fades in the same way. Both depend on the date alone, never on a clock, so a scroll position always draws
 * the same picture, and reduced motion changes nothing here (the date itself is what moves).
 *
 * The part drawn (cut by `slice.ts`) goes into a small source of its own (`DRAWING_SOURCE`), drawn by copies of the
 * line layers (`draws` in their descriptors), with a front's head at its end and its name
 * halfway along; the whole line, head and name are hidden meanwhile through the global state
 * `drawing`. The story's own source is never touched.
 */
import type { Feature, Geometry } from 'geojson';
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

/** A line drawn in part, and how much of it. */
export interface LineInProgress {
	feature: Feature<Geometry, Record<string, unknown>>;
	fraction: number;
}

/** What is drawn in part at a window end: lines by their fraction, areas by their fade. */
export interface InProgress {
	/** Ids drawn in part (their whole shape is hidden), begun or not. */
	ids: string[];
	lines: LineInProgress[];
	/** Areas fading in, each with its `fade` (0–1) among its properties. */
	areas: Feature<Geometry, Record<string, unknown>>[];
}

/**
 * The lines drawn in part at window end `to`, among `lines` (railways and movements as in the
 * story source, with `t0`/`t1`), and the `areas` (regions) fading in between two views. Lines
 * wholly drawn, areas wholly in, and both not begun, are left to the story source.
 */
export function inProgress(
	lines: readonly Feature<Geometry, Record<string, unknown>>[],
	to: number,
	transition: readonly [number, number] | null,
	areas: readonly Feature<Geometry, Record<string, unknown>>[] = []
): InProgress {
	const found: InProgress = { ids: [], lines: [], areas: [] };
	for (const feature of lines) {
		if (Number(feature.properties.t0) >= to) continue;
		const fraction = drawnFraction(feature.properties, to, transition);
		if (fraction >= 1 - EPSILON) continue;
		found.ids.push(String(feature.properties.id));
		if (fraction > EPSILON) found.lines.push({ feature, fraction });
	}
	for (const area of areas) {
		const p = area.properties;
		if (Number(p.t0) >= to || !transition) continue;
		const fade = drawnFraction({ t0: p.t0, t1: p.t1 }, to, transition);
		if (fade >= 1 - EPSILON) continue;
		found.ids.push(String(p.id));
		if (fade > EPSILON) found.areas.push({ ...area, properties: { ...p, fade } });
	}
	return found;
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
	const found = inProgress(lines, to, transition, payload.layers.regions.features);
	const key = JSON.stringify([
		found.ids,
		found.lines.map((l) => l.fraction.toFixed(4)),
		found.areas.map((a) => Number(a.properties.fade).toFixed(3))
	]);
	if (shown.get(map) === key) return;
	shown.set(map, key);
	const apply = (features: Feature[]) => {
		// A later date may have asked for another drawing meanwhile: only the last is shown.
		if (shown.get(map) !== key) return;
		const source = map.getSource(DRAWING_SOURCE) as GeoJSONSource | undefined;
		source?.setData({ type: 'FeatureCollection', features });
		map.setGlobalStateProperty(DRAWING_STATE, found.ids);
	};
	if (!found.lines.length) apply(found.areas);
	// The slicing (turf) loads with the first line to draw, not with the first screen.
	else
		void import('./slice').then(({ drawnParts }) =>
			apply([...found.lines.flatMap(drawnParts), ...found.areas])
		);
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
