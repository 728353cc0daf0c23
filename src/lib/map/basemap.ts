/**
 * The offline basemap as MapLibre sources and layers: sea, land, lakes, rivers, today's borders
 * (muted, for orientation only), the coastline, a soft fade at the edge of the data, and river
 * and lake names. The data is built by `npx tsx scripts/basemap/build.ts` into static/basemap/
 * from Natural Earth (public domain) and a sourced table of rivers and lakes.
 *
 * The palette is an old atlas's, not a web map's: warm paper land, grey-blue sea, borders in a
 * faded ink. Historical layers should take their colours from `PALETTE` to sit well on it.
 */
import { labelField } from './story-layers';
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification
} from 'maplibre-gl';
import type { Lang } from '../story/view';
import { MAP_FONT_ITALIC, siteAsset } from './fonts';

export const PALETTE = {
	/** Sea and the fade at the edge of the data. */
	sea: '#c6d3d4',
	/** Lakes: a touch deeper than the sea so they read as water inland. */
	lake: '#bccdd0',
	/** Land: warm paper. */
	land: '#f2ead8',
	/** Coast and lake shores: a fine grey-blue line. */
	coast: '#7f969b',
	/** Rivers. */
	river: '#7f9ea8',
	/** Today's borders: faded brown ink, dashed. */
	border: '#a8937c',
	/** Names of rivers and lakes. */
	waterLabel: '#4b6a74',
	/** Halo behind labels: the paper colour. */
	halo: 'rgba(242, 234, 216, 0.85)',
	/** Body ink for the historical layers' labels. */
	ink: '#2f2a24'
} as const;

export const BASEMAP_SOURCE = 'basemap';
export const WATER_SOURCE = 'basemap-water';

/** Label layers, for switching language with `setLabelLanguage`. */
export const BASEMAP_LABEL_LAYERS = ['basemap-river-labels', 'basemap-lake-labels'] as const;
/** Add the historical layers before this one to keep them under the basemap's labels. */
export const FIRST_BASEMAP_LABEL_LAYER = BASEMAP_LABEL_LAYERS[0];

/**
 * The basemap's two GeoJSON sources, fetched from our own origin.
 * @example basemapSources('https://example.org/') // { basemap: { type: 'geojson', data: 'https://example.org/basemap/natural-earth.geojson' }, … }
 */
export function basemapSources(baseUrl: string): Record<string, SourceSpecification> {
	return {
		[BASEMAP_SOURCE]: {
			type: 'geojson',
			data: siteAsset(baseUrl, 'basemap/natural-earth.geojson'),
			attribution: 'Natural Earth'
		},
		[WATER_SOURCE]: {
			type: 'geojson',
			data: siteAsset(baseUrl, 'basemap/water.geojson'),
			// Rivers and lakes are traced through GeoNames towns, whose licence asks for credit.
			attribution: 'GeoNames (CC BY 4.0)'
		}
	};
}

function is(property: string, value: string): FilterSpecification {
	return ['==', ['get', property], value];
}

/** Label text in the reader's language, falling back to English. */
export function basemapTextField(lang: Lang): ExpressionSpecification {
	return labelField(lang);
}

/** Zoom-interpolated value: [zoom, value] stops, linear. */
function byZoom(...stops: [number, number][]): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
}

function fills(): LayerSpecification[] {
	return [
		{ id: 'basemap-sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
		{
			id: 'basemap-land',
			type: 'fill',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'land'),
			paint: { 'fill-color': PALETTE.land }
		}
	];
}

function water(): LayerSpecification[] {
	return [
		{
			// A faint ribbon along today's borders, as atlases tint them; under the rivers, so a
			// border river reads as water inside the ribbon rather than as a grey line.
			id: 'basemap-border-band',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'border'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': PALETTE.border,
				'line-opacity': 0.3,
				'line-width': byZoom([3, 2.5], [6, 5], [9, 8])
			}
		},
		{
			id: 'basemap-rivers',
			type: 'line',
			source: WATER_SOURCE,
			filter: is('kind', 'river'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': PALETTE.river, 'line-width': byZoom([3, 0.7], [6, 1.4], [9, 2.4]) }
		},
		{
			id: 'basemap-lakes',
			type: 'fill',
			source: WATER_SOURCE,
			filter: is('kind', 'lake'),
			paint: { 'fill-color': PALETTE.lake }
		},
		{
			id: 'basemap-lake-shores',
			type: 'line',
			source: WATER_SOURCE,
			filter: is('kind', 'lake'),
			paint: { 'line-color': PALETTE.coast, 'line-width': byZoom([3, 0.4], [8, 0.9]) }
		}
	];
}

function lines(): LayerSpecification[] {
	return [
		{
			id: 'basemap-borders',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'border'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': PALETTE.border,
				'line-width': byZoom([3, 0.6], [6, 1], [9, 1.6]),
				'line-dasharray': [4, 2.5]
			}
		},
		{
			// The land's outline is the coast: no second copy of the coastline is shipped.
			id: 'basemap-coast',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'land'),
			paint: { 'line-color': PALETTE.coast, 'line-width': byZoom([3, 0.5], [6, 0.9], [9, 1.3]) }
		},
		{
			// Fades land to sea towards the edge of the data, so the clip is never a hard line.
			id: 'basemap-edge',
			type: 'fill',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'edge'),
			paint: { 'fill-color': PALETTE.sea, 'fill-opacity': ['get', 'fade'], 'fill-antialias': false }
		}
	];
}

function labels(lang: Lang): LayerSpecification[] {
	const text = {
		'text-field': basemapTextField(lang),
		'text-font': MAP_FONT_ITALIC,
		'text-letter-spacing': 0.08
	};
	const paint = {
		'text-color': PALETTE.waterLabel,
		'text-halo-color': PALETTE.halo,
		'text-halo-width': 1.2,
		'text-halo-blur': 0.4
	};
	return [
		{
			id: 'basemap-river-labels',
			type: 'symbol',
			source: WATER_SOURCE,
			filter: is('kind', 'river'),
			minzoom: 3.5,
			layout: {
				...text,
				'symbol-placement': 'line',
				'symbol-spacing': 350,
				'text-size': byZoom([4, 11], [8, 14]),
				'text-max-angle': 25,
				'text-keep-upright': true
			},
			paint
		},
		{
			id: 'basemap-lake-labels',
			type: 'symbol',
			source: WATER_SOURCE,
			filter: is('kind', 'lake-label'),
			minzoom: 3.5,
			layout: {
				...text,
				'text-size': byZoom([4, 11], [8, 14]),
				'text-max-width': 6
			},
			paint
		}
	];
}

/**
 * The basemap's layers, bottom to top: sea, land, border ribbon, rivers, lakes, borders, coast,
 * edge fade, water names. Lakes sit above rivers so a river vanishes into the lake it crosses.
 */
export function basemapLayers(lang: Lang): LayerSpecification[] {
	return [...fills(), ...water(), ...lines(), ...labels(lang)];
}
