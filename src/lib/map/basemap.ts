/**
 * The offline basemap as MapLibre sources and layers: sea, land, rivers and lakes, today's
 * borders (muted, for orientation only), the coastline, and river and lake names. The data is
 * built by `npx tsx scripts/basemap/build.ts` into static/basemap/ from GSHHG (shorelines and
 * lakes), the CIA World Data Bank II (rivers) and Natural Earth (today's borders); the names of
 * rivers and lakes come from geodata/facts/water.yaml.
 *
 * Two levels of detail: the style fetches `land.geojson` and `water.geojson` with the page (land
 * of the whole world, the named rivers and the big lakes); `loadBasemapDetail` swaps the same two
 * sources to the close-up files once the map is idle (see docs/basemap.md).
 *
 * The palette is an old atlas's: warm paper land, water in plain light blues, borders in a faded
 * ink. Historical layers should take their colours from `PALETTE` to sit well on it.
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
	/** Sea: a pale, slightly greyed sky blue, as atlases print it. */
	sea: '#bfd5e6',
	/** Lakes and wide rivers: the same blue a shade deeper, so inland water reads against the sea. */
	lake: '#b0cde3',
	/** Land: warm paper. */
	land: '#f2ead8',
	/** Coast and lake shores: a fine mid blue line. */
	coast: '#7fa3c0',
	/** Rivers: a clear mid blue. */
	river: '#6b9ac3',
	/** The named rivers' wider, lighter band (keeps a border river visible under the border). */
	riverBand: '#a6c6df',
	/** Today's borders: faded brown ink, dashed. */
	border: '#a8937c',
	/** Names of rivers and lakes: a dark blue. */
	waterLabel: '#3d6a93',
	/** Halo behind labels: the paper colour. */
	halo: 'rgba(242, 234, 216, 0.85)',
	/** Body ink for the historical layers' labels. */
	ink: '#2f2a24'
} as const;

export const BASEMAP_SOURCE = 'basemap';
export const WATER_SOURCE = 'basemap-water';

/** The files each source starts with (fetched with the page) and the close-up files. */
export const BASEMAP_FILES = {
	[BASEMAP_SOURCE]: { base: 'basemap/land.geojson', detail: 'basemap/land-detail.geojson' },
	[WATER_SOURCE]: { base: 'basemap/water.geojson', detail: 'basemap/water-detail.geojson' }
} as const;

/** Label layers, for switching language with `setLabelLanguage`. */
export const BASEMAP_LABEL_LAYERS = ['basemap-river-labels', 'basemap-lake-labels'] as const;
/** Add the historical layers before this one to keep them under the basemap's labels. */
export const FIRST_BASEMAP_LABEL_LAYER = BASEMAP_LABEL_LAYERS[0];
/** The lowest of the basemap's water layers: tints go beneath it, so water stays water. */
export const FIRST_BASEMAP_WATER_LAYER = 'basemap-river-areas';

/** Today's borders: drawn only where the states of the date are not (see `showTodaysBorders`). */
export const TODAYS_BORDER_LAYERS = ['basemap-border-band', 'basemap-borders'] as const;

/** The named rivers that are borders today: drawn so the border line does not hide them. */
export const BORDER_RIVERS = ['river-amur', 'river-ussuri', 'river-argun'] as const;

export const BASEMAP_CREDIT =
	'GSHHG (LGPL, Wessel & Smith) · CIA World Data Bank II · Natural Earth · GeoNames (CC BY 4.0)';

/**
 * The basemap's two GeoJSON sources, fetched from our own origin.
 * @example basemapSources('https://example.org/') // { basemap: { type: 'geojson', data: 'https://example.org/basemap/land.geojson', … }, … }
 */
export function basemapSources(baseUrl: string): Record<string, SourceSpecification> {
	return {
		[BASEMAP_SOURCE]: {
			type: 'geojson',
			data: siteAsset(baseUrl, BASEMAP_FILES[BASEMAP_SOURCE].base),
			attribution: BASEMAP_CREDIT
		},
		[WATER_SOURCE]: {
			type: 'geojson',
			data: siteAsset(baseUrl, BASEMAP_FILES[WATER_SOURCE].base)
		}
	};
}

/** What `loadBasemapDetail` needs of a map (a `maplibregl.Map` has it). */
export interface DetailTarget {
	getSource(id: string): unknown;
}

/**
 * Swaps both basemap sources to their close-up files (finer coasts, every major river and lake).
 * Call once, after the map's first `idle` (or as soon as the zoom passes 6); MapLibre keeps
 * drawing the first files until the new ones are tiled, so nothing blinks. Returns whether both
 * sources were there to swap.
 */
export function loadBasemapDetail(map: DetailTarget, baseUrl: string): boolean {
	let swapped = 0;
	for (const [id, files] of Object.entries(BASEMAP_FILES)) {
		const source = map.getSource(id) as { setData?: (data: string) => unknown } | undefined;
		if (typeof source?.setData !== 'function') continue;
		source.setData(siteAsset(baseUrl, files.detail));
		swapped++;
	}
	return swapped === Object.keys(BASEMAP_FILES).length;
}

/**
 * Fetches one basemap source's file again after it failed (the map's Retry): the close-up file
 * if the map had asked for it, else the first-load one. Returns whether the source was there.
 */
export function reloadBasemapSource(
	map: DetailTarget,
	id: string,
	baseUrl: string,
	detail: boolean
): boolean {
	const files = BASEMAP_FILES[id as keyof typeof BASEMAP_FILES];
	const source = map.getSource(id) as { setData?: (data: string) => unknown } | undefined;
	if (!files || typeof source?.setData !== 'function') return false;
	source.setData(siteAsset(baseUrl, detail ? files.detail : files.base));
	return true;
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

/**
 * A feature's own `colour` if it has one, else `fallback` — and basemap features have none, so
 * this is `fallback` everywhere. Written per feature on purpose: MapLibre compiles one GL program
 * for each mix of constant and per-feature paint values, and the story's fills and railway lines
 * colour per feature. Basemap layers written this way share those programs: three fewer to compile
 * on the first load, each 0.1–0.2 s of the main thread on software WebGL (README, Performance).
 */
function ownColour(fallback: string): ExpressionSpecification {
	return ['case', ['has', 'colour'], ['to-color', ['get', 'colour']], fallback];
}

/** Fill and outline paint that share the story fills' program (see `ownColour`). */
function sharedFill(fill: string, outline = fill) {
	return { 'fill-color': ownColour(fill), 'fill-outline-color': ownColour(outline) };
}

function fills(): LayerSpecification[] {
	return [
		{ id: 'basemap-sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
		{
			id: 'basemap-land',
			type: 'fill',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'land'),
			paint: sharedFill(PALETTE.land)
		}
	];
}

const isBorderRiver = [
	'in',
	['get', 'id'],
	['literal', [...BORDER_RIVERS]]
] as ExpressionSpecification;
/** Rivers named in water.yaml carry an id (and names); the others carry neither. */
const namedRiver = ['all', ['==', ['get', 'kind'], 'river'], ['has', 'id']] as FilterSpecification;
const otherRiver = [
	'all',
	['==', ['get', 'kind'], 'river'],
	['!', ['has', 'id']]
] as FilterSpecification;

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
				'line-opacity': 0.25,
				'line-width': byZoom([3, 2.5], [6, 5], [9, 8])
			}
		},
		{
			// Double-lined stretches of big rivers (the lower Amur, Songhua, Yangtze, Ob…).
			id: 'basemap-river-areas',
			type: 'fill',
			source: WATER_SOURCE,
			filter: is('kind', 'river-area'),
			paint: sharedFill(PALETTE.lake, PALETTE.river)
		},
		{
			id: 'basemap-rivers',
			type: 'line',
			source: WATER_SOURCE,
			filter: otherRiver,
			minzoom: 3.5,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': PALETTE.river,
				'line-opacity': byZoom([3.5, 0.5], [5, 0.9]),
				'line-width': byZoom([4, 0.5], [6, 0.9], [9, 1.6])
			}
		},
		{
			// The named rivers: a wide light band under a mid-blue line. Where a river is a border,
			// the thin dashed border line lies on the band (or beside it, where Natural Earth's
			// border and the World Data Bank's river differ by a kilometre or two), and the river
			// stays visible at every zoom the story uses.
			id: 'basemap-named-river-bands',
			type: 'line',
			source: WATER_SOURCE,
			filter: namedRiver,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				// Per feature, like the railway lines' colour: the two share a program (`ownColour`).
				'line-color': ownColour(PALETTE.riverBand),
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					3,
					['case', isBorderRiver, 1.6, 1],
					5,
					['case', isBorderRiver, 3.5, 2.2],
					8,
					['case', isBorderRiver, 7, 4.5]
				] as ExpressionSpecification
			}
		},
		{
			id: 'basemap-named-rivers',
			type: 'line',
			source: WATER_SOURCE,
			filter: namedRiver,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': PALETTE.river, 'line-width': byZoom([3, 0.7], [6, 1.2], [9, 2]) }
		},
		{
			id: 'basemap-lakes',
			type: 'fill',
			source: WATER_SOURCE,
			filter: is('kind', 'lake'),
			paint: sharedFill(PALETTE.lake)
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
			// Thin and dashed, so a river under it shows through the gaps and on both sides.
			id: 'basemap-borders',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'border'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': PALETTE.border,
				'line-width': byZoom([3, 0.6], [6, 0.9], [9, 1.3]),
				'line-dasharray': [4, 3]
			}
		},
		{
			// The land's outline is the coast: no second copy of the coastline is shipped.
			id: 'basemap-coast',
			type: 'line',
			source: BASEMAP_SOURCE,
			filter: is('layer', 'land'),
			paint: { 'line-color': PALETTE.coast, 'line-width': byZoom([3, 0.5], [6, 0.9], [9, 1.3]) }
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
			// Set along a smoothed copy of each named river (kind river-label): MapLibre drops a
			// line label it would have to bend round the real river's wiggles.
			id: 'basemap-river-labels',
			type: 'symbol',
			source: WATER_SOURCE,
			filter: is('kind', 'river-label'),
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
 * The basemap's layers, bottom to top: sea, land, border ribbon, river areas, rivers, named
 * rivers, lakes, lake shores, borders, coast, water names. Lakes sit above rivers so a river
 * vanishes into the lake it crosses.
 */
export function basemapLayers(lang: Lang): LayerSpecification[] {
	return [...fills(), ...water(), ...lines(), ...labels(lang)];
}
