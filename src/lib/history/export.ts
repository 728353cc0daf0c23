/**
 * "Download what is shown": the features the map draws for a date window and the visible layer
 * groups, as GeoJSON and as CSV, each carrying the licence. The date test is the map's own
 * (`statesOnShow` for the states, `existsIn` for the rest, as the legend and the timeline's
 * counts use them), so a download holds exactly what the map's filters select.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS, type LayerId } from '../geodata/types';
import { existsIn, statesOnShow } from '../map/story-layers';
import { normalizeLayers } from '../story/view';
import { DATA_LICENCE } from './licence';

/** How precise a date is, from its form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * @example datePrecision('1969') // 'year'
 * @example datePrecision('1969-03-02') // 'day'
 * @example datePrecision(undefined) // undefined
 */
export function datePrecision(date: unknown): DatePrecision | undefined {
	if (typeof date !== 'string') return undefined;
	return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Whether the map draws a feature of `group` stamped `t0`/`t1` for the window. */
export function drawnIn(group: LayerId, t0: number, t1: number, window: readonly [number, number]) {
	return group === 'states' ? statesOnShow(t0, t1, window) : existsIn(t0, t1, window);
}

/** One exported feature's properties, in the order a reader meets them. */
export interface ExportProperties {
	id: string;
	layer: LayerId;
	kind: string;
	'name:en': string;
	'name:zh': string | null;
	'name:ru': string | null;
	start_date: string;
	end_date: string | null;
	start_date_precision: DatePrecision | null;
	end_date_precision: DatePrecision | null;
	/** `exact` or `approximate`: whether the place, line or boundary is drawn by hand. */
	precision: string;
	approximate: boolean;
	sources: string[];
}

/**
 * The features the map draws in the window for the visible groups, in the layers' order, with
 * their sources (from the card texts, `sources` by id).
 */
export function featuresShown(
	payload: StoryPayload,
	window: readonly [number, number],
	layers: readonly LayerId[],
	sources: (id: string) => readonly string[] | undefined
): Feature<Geometry, ExportProperties>[] {
	const out: Feature<Geometry, ExportProperties>[] = [];
	for (const group of LAYER_IDS) {
		if (!layers.includes(group)) continue;
		for (const f of payload.layers[group].features) {
			const p = f.properties;
			if (!drawnIn(group, Number(p.t0), Number(p.t1), window)) continue;
			const id = String(p.id);
			const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
			out.push({
				type: 'Feature',
				geometry: f.geometry,
				properties: {
					id,
					layer: group,
					kind: String(p.kind),
					'name:en': String(p['name:en'] ?? ''),
					'name:zh': str(p['name:zh']),
					'name:ru': str(p['name:ru']),
					start_date: String(p.start_date),
					end_date: str(p.end_date),
					start_date_precision: datePrecision(p.start_date) ?? null,
					end_date_precision: datePrecision(p.end_date) ?? null,
					precision: String(p.precision),
					approximate: p.precision === 'approximate',
					sources: [...(sources(id) ?? [])]
				}
			});
		}
	}
	return out;
}

/** What a file says about the view it was cut from. */
export interface ExportView {
	date: string;
	until?: string;
	layers: readonly LayerId[];
	/** The link that reproduces the view. */
	permalink: string;
	/** The data version (`/data/version.json`). */
	version?: string;
}

/** A GeoJSON FeatureCollection with the licence and attribution as top-level members. */
export function toGeoJson(
	features: Feature<Geometry, ExportProperties>[],
	view: ExportView,
	attribution: string
): FeatureCollection & Record<string, unknown> {
	return {
		type: 'FeatureCollection',
		license: DATA_LICENCE,
		attribution,
		view: {
			year: view.date,
			...(view.until ? { until: view.until } : {}),
			layers: normalizeLayers([...view.layers]),
			permalink: view.permalink,
			...(view.version ? { data_version: view.version } : {})
		},
		features
	};
}

/** The CSV's columns: one per property, sources joined, and the licence on every row. */
export const CSV_COLUMNS = [
	'id',
	'layer',
	'kind',
	'name_en',
	'name_zh',
	'name_ru',
	'start_date',
	'end_date',
	'start_date_precision',
	'end_date_precision',
	'precision',
	'approximate',
	'sources',
	'license',
	'attribution'
] as const;

/** Between two sources in one CSV cell. */
export const SOURCE_SEPARATOR = ' | ';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or
 * trailing space, quotes doubled. A cell a spreadsheet would run as a formula (starting with
 * `=`, `+`, `@`, or a tab) gets a leading apostrophe.
 * @example csvCell('Harbin, Heilongjiang') // '"Harbin, Heilongjiang"'
 * @example csvCell('say "no"') // '"say ""no"""'
 * @example csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: unknown): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+@\t]/.test(text)) text = `'${text}`;
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The features as CSV: a header row, one row per feature, CRLF line ends, and a byte-order mark
 * so that spreadsheets read the Chinese and Russian names as UTF-8. Every row carries the
 * licence and attribution in their own columns, so the file opens as one clean table.
 */
export function toCsv(
	features: Feature<Geometry, ExportProperties>[],
	attribution: string
): string {
	const rows = features.map(({ properties: p }) => [
		p.id,
		p.layer,
		p.kind,
		p['name:en'],
		p['name:zh'],
		p['name:ru'],
		p.start_date,
		p.end_date,
		p.start_date_precision,
		p.end_date_precision,
		p.precision,
		p.approximate,
		p.sources.join(SOURCE_SEPARATOR),
		DATA_LICENCE,
		attribution
	]);
	return (
		'\ufeff' +
		[[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') +
		'\r\n'
	);
}

/**
 * A file name that says the view: `sino-soviet-<date>[_<until>]_<layers>.<ext>`, the layers in
 * their public order (`all-layers` when all are on, `no-layers` when none).
 * @example exportFilename({ date: '1969-03-02', layers: ['events', 'clashes'] }, 'geojson') // 'sino-soviet-1969-03-02_clashes-events.geojson'
 */
export function exportFilename(
	view: { date: string; until?: string; layers: readonly LayerId[] },
	ext: 'geojson' | 'csv'
): string {
	const layers = normalizeLayers([...view.layers]);
	const named =
		layers.length === LAYER_IDS.length
			? 'all-layers'
			: layers.length === 0
				? 'no-layers'
				: layers.join('-');
	const dates = view.until ? `${view.date}_${view.until}` : view.date;
	return `sino-soviet-${dates}_${named}.${ext}`.replace(/[^\w.-]/g, '-');
}
