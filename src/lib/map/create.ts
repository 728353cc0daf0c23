/**
 * The one module that constructs and removes `maplibregl.Map`. It wires MapLibre's worker
 * through Vite once, builds the offline style (no tile, glyph or font server) and adds the
 * historical layers from the data the page loaded (`story-data.svelte.ts`). Everything else
 * changes the map through `actions.ts`.
 */
import { addProtocol, Map as MaplibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS } from '../geodata/types';
import type { Camera } from '../story/types';
import type { Lang } from '../story/view';
import { FIRST_BASEMAP_LABEL_LAYER, FIRST_BASEMAP_WATER_LAYER } from './basemap';
import { buildStyle, type InitialState } from './style';
import { arrowImage, dotImage } from './icons';
import { DRAWING_SOURCE } from './drawing';
import { HALO_LAYERS, STORY_LAYERS, STORY_SOURCE, styleLayer } from './story-layers';

setWorkerUrl(workerUrl);

/**
 * MapLibre's stylesheet (10 KB gzip), requested when this module first runs and awaited before a
 * map is made. Imported dynamically, it is not among the page's render-blocking stylesheets: the
 * first paint (the text and the chapter's picture) does not wait for it.
 */
export const mapStylesheet: Promise<unknown> = import.meta.env.SSR
	? Promise.resolve()
	: import('maplibre-gl/dist/maplibre-gl.css');

/**
 * The label fonts travel through a protocol of our own: MapLibre only warns (and falls back to
 * the reader's system font) when a `font-faces` file fails, so this is how the map learns of it
 * and can say so. The files are fetched exactly as MapLibre would, from the same URLs.
 */
export const FONT_PROTOCOL = 'storymap-font';
type FontListener = (url: string, ok: boolean) => void;
const fontListeners = new Set<FontListener>();
addProtocol(FONT_PROTOCOL, async (params, abort) => {
	const url = params.url.slice(FONT_PROTOCOL.length + 3);
	try {
		const response = await fetch(url, { signal: abort.signal });
		if (!response.ok) throw new Error(`map font ${url}: HTTP ${response.status}`);
		const data = await response.arrayBuffer();
		for (const listener of fontListeners) listener(url, true);
		return { data };
	} catch (error) {
		if (!abort.signal.aborted) for (const listener of fontListeners) listener(url, false);
		throw error;
	}
});

export type StoryMap = MaplibreMap;

export interface CreateOptions {
	container: HTMLElement;
	/** Absolute URL of the site root (where /basemap lives). */
	siteUrl: string;
	camera: Camera;
	lang: Lang;
	/** Initial global state, so the first frame already shows the right year and focus. */
	state: InitialState;
	interactive: boolean;
	/** Called with the URL of each label font file fetched, and whether it loaded. */
	onFont?: FontListener;
}

export class MapUnavailableError extends Error {}

/** Creates the map, or throws MapUnavailableError when WebGL cannot be had. */
export function createMap(options: CreateOptions): StoryMap {
	let map: StoryMap;
	try {
		map = new MaplibreMap({
			container: options.container,
			style: buildStyle(options.siteUrl, options.lang, options.state),
			center: options.camera.center,
			zoom: options.camera.zoom,
			bearing: options.camera.bearing ?? 0,
			pitch: options.camera.pitch ?? 0,
			interactive: options.interactive,
			// Credits are drawn by MapView as a small line, which stays legible on phones.
			attributionControl: false,
			cooperativeGestures: false,
			renderWorldCopies: false,
			minZoom: 1,
			maxZoom: 10,
			// Our own frames come from the story state; keep the canvas cheap on phones.
			maxPitch: 60,
			fadeDuration: 200,
			// Font files (MapLibre asks for them as glyphs) go through FONT_PROTOCOL.
			transformRequest: (url, type) =>
				type === 'Glyphs' && /^https?:/.test(url) ? { url: `${FONT_PROTOCOL}://${url}` } : undefined
		});
	} catch (error) {
		throw new MapUnavailableError(error instanceof Error ? error.message : String(error));
	}
	const onFont = options.onFont;
	if (onFont) {
		fontListeners.add(onFont);
		map.once('remove', () => fontListeners.delete(onFont));
	}
	return map;
}

/**
 * Adds the story as one source (every group, plus arrow heads, region and state labels and
 * state borders, told apart by `kind`) and its layers below the basemap's labels, once the style is ready.
 */
/** Everything the story draws, as the one collection of its source. */
function storyCollection(data: StoryPayload): FeatureCollection {
	const features = [
		...LAYER_IDS.flatMap((id) => data.layers[id].features),
		...data.heads.features,
		...data.labels.features,
		...data.borders.features
	];
	return { type: 'FeatureCollection', features };
}

/**
 * Replaces the story's data on a map that has its layers: once, when the whole data set follows
 * the opening chapter's slice (never when the date moves: that goes through global state).
 */
export function replaceStoryData(map: StoryMap, data: StoryPayload): void {
	(map.getSource(STORY_SOURCE) as GeoJSONSource).setData(storyCollection(data));
}

export function addStoryLayers(map: StoryMap, data: StoryPayload, lang: Lang): void {
	map.addSource(STORY_SOURCE, { type: 'geojson', data: storyCollection(data) });
	if (!map.hasImage('story-arrow'))
		map.addImage('story-arrow', arrowImage(), { pixelRatio: 2, sdf: true });
	if (!map.hasImage('story-dot'))
		map.addImage('story-dot', dotImage(), { pixelRatio: 2, sdf: true });
	// Most layers go under the basemap's water names, so rivers stay legible over regions; tints
	// under the water itself, so lakes and rivers are never painted with a state's colour; the
	// names of towns, events and fronts on top, so they are placed first (`overNames`).
	// Lines drawn in part while their dates run (drawing.ts): empty until a date asks for one.
	map.addSource(DRAWING_SOURCE, {
		type: 'geojson',
		data: { type: 'FeatureCollection', features: [] }
	});
	for (const layer of STORY_LAYERS)
		map.addLayer(
			styleLayer(layer, lang),
			layer.overNames
				? undefined
				: layer.underWater
					? FIRST_BASEMAP_WATER_LAYER
					: FIRST_BASEMAP_LABEL_LAYER
		);
	// The halo round what has just appeared: over the story's shapes, under every name.
	for (const layer of HALO_LAYERS) map.addLayer(layer, FIRST_BASEMAP_LABEL_LAYER);
}
