/**
 * Small, typed map actions. Each takes the map as its first argument and does one job, so the
 * story state can drive MapLibre without components touching it, and each is unit-tested
 * against a fake map (tests/unit/map/actions.test.ts).
 */
import type { FlyToOptions, JumpToOptions, Map as MaplibreMap, PaddingOptions } from 'maplibre-gl';
import type { LayerId } from '../geodata/types';
import type { Camera } from '../story/types';
import type { Lang } from '../story/view';
import { dateWindow } from './time';
import type { StoryLayer } from './layer-descriptor';
import { labelField } from './story-layers';

/** The part of `maplibregl.Map` these actions use; the contract test checks the real one. */
export type MapLike = Pick<
	MaplibreMap,
	| 'setGlobalStateProperty'
	| 'setPaintProperty'
	| 'setLayoutProperty'
	| 'getLayer'
	| 'flyTo'
	| 'jumpTo'
	| 'stop'
>;

/** A paint property name, as MapLibre types it. */
type PaintProperty = Parameters<MaplibreMap['setPaintProperty']>[1];

/** Methods of `maplibregl.Map` the app relies on (checked against the real prototype). */
export const MAP_METHODS_USED = [
	'setGlobalStateProperty',
	'setPaintProperty',
	'setLayoutProperty',
	'getLayer',
	'flyTo',
	'jumpTo',
	'stop',
	'addSource',
	'addLayer',
	'removeLayer',
	'addImage',
	'hasImage',
	'getSource',
	'on',
	'off',
	'once',
	'remove',
	'resize',
	'queryRenderedFeatures',
	'getLayoutProperty',
	'isStyleLoaded',
	'loaded',
	'getCenter',
	'getZoom',
	'getBearing',
	'getPitch',
	'getCanvas'
] as const;

/**
 * Shows what existed during the date (`YYYY` = that whole year, `YYYY-MM-DD` = that day), or
 * from `date` to the end of `until` when a period is given.
 */
export function showDate(map: MapLike, date: string, until?: string): void {
	const [from, to] = dateWindow(date, until);
	map.setGlobalStateProperty('from', from);
	map.setGlobalStateProperty('to', to);
}

/** Highlights the given feature ids (chapter focus). */
export function setFocus(map: MapLike, ids: readonly string[]): void {
	map.setGlobalStateProperty('focus', [...ids]);
}

/**
 * Today's borders never stand in for history: while the states of the date are drawn (with
 * their own borders), the basemap's present-day borders are hidden; without them they help.
 */
export function showTodaysBorders(
	map: MapLike,
	borderLayers: readonly string[],
	visible: readonly LayerId[]
): void {
	const show = !visible.includes('states');
	for (const id of borderLayers)
		if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
}

/**
 * Fades layer groups in or out: each layer's `fade` properties go to their values when its group
 * is visible, to 0 when not. Hidden layers are switched off (`visibility: none`) once faded so
 * they cost nothing to render.
 */
export function showGroups(
	map: MapLike,
	layers: readonly StoryLayer[],
	visible: readonly LayerId[],
	options: { duration: number; timers?: Map<string, ReturnType<typeof setTimeout>> }
): void {
	const shown = new Set(visible);
	const timers = options.timers;
	for (const layer of layers) {
		const id = layer.spec.id;
		if (!map.getLayer(id)) continue;
		const on = shown.has(layer.group);
		const pending = timers?.get(id);
		if (pending) {
			clearTimeout(pending);
			timers?.delete(id);
		}
		if (on) map.setLayoutProperty(id, 'visibility', 'visible');
		for (const [property, value] of Object.entries(layer.fade)) {
			map.setPaintProperty(id, `${property}-transition` as PaintProperty, {
				duration: options.duration,
				delay: 0
			});
			map.setPaintProperty(id, property as PaintProperty, on ? value : 0);
		}
		if (on) continue;
		const hide = () => map.setLayoutProperty(id, 'visibility', 'none');
		if (options.duration === 0 || !timers) hide();
		else timers.set(id, setTimeout(hide, options.duration + 50));
	}
}

/** Switches every label layer to the given language (falls back to English per feature). */
export function setLabelLanguage(map: MapLike, labelLayers: readonly string[], lang: Lang): void {
	for (const id of labelLayers) {
		if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelField(lang));
	}
}

export { CARDS_LEFT_PADDING, PHONE_PADDING } from './padding';

/**
 * Chapter cameras are framed for a map view 720 px square: the free part of a 1280×800 desktop
 * beside the cards (`CARDS_LEFT_PADDING`). Whatever a chapter must show lies in that square, away
 * from its lower right corner, where the legend sits on a desktop.
 */
export const DESIGN_WIDTH = 720;
export const DESIGN_HEIGHT = 720;

/**
 * How much to zoom out so a chapter framed for a desktop still fits a smaller view (a phone, a
 * short window): log2 of the width or height ratio, whichever is smaller, never zooming in.
 * Without a height (or with 0) the width alone decides.
 * @example zoomOffsetFor(360) // -1
 * @example zoomOffsetFor(720, 360) // -1
 */
export function zoomOffsetFor(viewWidth: number, viewHeight?: number): number {
	if (!(viewWidth > 0)) return 0;
	const ratio =
		viewHeight && viewHeight > 0
			? Math.min(viewWidth / DESIGN_WIDTH, viewHeight / DESIGN_HEIGHT)
			: viewWidth / DESIGN_WIDTH;
	return Math.min(0, Math.log2(ratio));
}

/**
 * Moves the camera to a chapter: a glide, or an instant move when motion is reduced.
 * `essential` is set because the caller has already honoured prefers-reduced-motion.
 */
export function moveCamera(
	map: MapLike,
	camera: Camera,
	options: {
		reducedMotion: boolean;
		padding?: PaddingOptions;
		duration?: number;
		zoomOffset?: number;
	}
): void {
	const target: JumpToOptions = {
		center: camera.center,
		zoom: camera.zoom + (options.zoomOffset ?? 0),
		bearing: camera.bearing ?? 0,
		pitch: camera.pitch ?? 0,
		padding: options.padding
	};
	map.stop();
	// Padding first: MapLibre fits a new centre to the padding the map already has. On the first
	// move beside the cards (no padding yet) it kept half the canvas width east of the centre
	// short of 180°E, which pulled wide chapters west (the prologue from 86.5°E to 82°E).
	if (options.padding) map.jumpTo({ padding: options.padding });
	if (options.reducedMotion) {
		map.jumpTo(target);
		return;
	}
	const fly: FlyToOptions = {
		...target,
		duration: options.duration ?? 2400,
		curve: 1.3,
		essential: true
	};
	map.flyTo(fly);
}

/**
 * Makes the clash sites pulse: the halo's radius swings between two sizes, eased by the
 * layer's radius transition. Returns a function that stops it and settles the halo.
 */
export function startPulse(
	map: MapLike,
	options: { layer?: string; period?: number; radii?: [number, number] } = {}
): () => void {
	const { layer = 'clashes-halo', period = 1400, radii = [11, 20] } = options;
	if (!map.getLayer(layer)) return () => {};
	let big = false;
	const timer = setInterval(() => {
		big = !big;
		map.setPaintProperty(layer, 'circle-radius', radii[big ? 1 : 0]);
	}, period);
	return () => {
		clearInterval(timer);
		if (map.getLayer(layer)) map.setPaintProperty(layer, 'circle-radius', radii[0]);
	};
}
