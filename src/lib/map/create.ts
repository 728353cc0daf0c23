/**
 * The one module that constructs and removes `maplibregl.Map`. It wires MapLibre's worker
 * through Vite once, builds the offline style (no tile, glyph or font server), loads the story
 * data and adds the historical layers. Everything else changes the map through `actions.ts`.
 */
import maplibregl, { type Map as MaplibreMap, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS } from '../geodata/types';
import type { Camera } from '../story/types';
import type { Lang } from '../story/view';
import { basemapLayers, basemapSources } from './basemap';
import { MAP_FONT, mapFontFaces } from './fonts';
import { arrowImage } from './arrow';
import { sourceId, storyLayers } from './story-layers';

maplibregl.setWorkerUrl(workerUrl);

export type StoryMap = MaplibreMap;

export interface CreateOptions {
	container: HTMLElement;
	/** Absolute URL of the site root (where /basemap and /data live). */
	siteUrl: string;
	camera: Camera;
	lang: Lang;
	/** Initial global state, so the first frame already shows the right year and focus. */
	state: { from: number; to: number; focus: string[] };
	interactive: boolean;
}

export class MapUnavailableError extends Error {}

/** Builds the style: basemap + empty story sources; no `glyphs` URL, fonts from our origin. */
export function buildStyle(siteUrl: string, lang: Lang, state: CreateOptions['state']): StyleSpecification {
	return {
		version: 8,
		name: 'Sino-Soviet story map',
		sources: basemapSources(siteUrl),
		layers: basemapLayers(lang),
		'font-faces': mapFontFaces(siteUrl),
		state: {
			from: { default: state.from },
			to: { default: state.to },
			focus: { default: state.focus }
		}
	} as StyleSpecification;
}

/** Creates the map, or throws MapUnavailableError when WebGL cannot be had. */
export function createMap(options: CreateOptions): StoryMap {
	try {
		return new maplibregl.Map({
			container: options.container,
			style: buildStyle(options.siteUrl, options.lang, options.state),
			center: options.camera.center,
			zoom: options.camera.zoom,
			bearing: options.camera.bearing ?? 0,
			pitch: options.camera.pitch ?? 0,
			interactive: options.interactive,
			attributionControl: { compact: true, customAttribution: 'Natural Earth' },
			cooperativeGestures: false,
			renderWorldCopies: false,
			minZoom: 1.5,
			maxZoom: 10,
			// Our own frames come from the story state; keep the canvas cheap on phones.
			maxPitch: 60,
			fadeDuration: 200
		});
	} catch (error) {
		throw new MapUnavailableError(error instanceof Error ? error.message : String(error));
	}
}

/** Fetches the prerendered story layers. */
export async function loadStoryData(siteUrl: string, signal?: AbortSignal): Promise<StoryPayload> {
	const response = await fetch(new URL('data/story.json', siteUrl), { signal });
	if (!response.ok) throw new Error(`story data: HTTP ${response.status}`);
	return (await response.json()) as StoryPayload;
}

/** Adds the story sources and layers (below the basemap's labels) once the style is ready. */
export function addStoryLayers(map: StoryMap, data: StoryPayload, lang: Lang): void {
	for (const id of LAYER_IDS) {
		map.addSource(sourceId(id), { type: 'geojson', data: data.layers[id] });
	}
	map.addSource(sourceId('movement-heads'), { type: 'geojson', data: data.heads });
	if (!map.hasImage('story-arrow')) map.addImage('story-arrow', arrowImage(), { pixelRatio: 2, sdf: true });
	for (const layer of storyLayers({ lang, font: MAP_FONT })) map.addLayer(layer);
}

export { MAP_FONT };
