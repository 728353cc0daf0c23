/**
 * Turns the sourced rows into GeoJSON features that follow the contract in
 * src/lib/geodata/types.ts: fixed property order (so diffs stay readable), coordinates rounded
 * to 4 decimals (~10 m, finer than any town coordinate we cite) and features sorted by start date.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Kind, StoryFeatureProperties } from '../../src/lib/geodata/types';
import type { LineRow, LngLat, PointRow } from './rows';

/** 4 decimals is the precision the brief asks for; the sources give at most arc-seconds. */
export const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

const roundPosition = ([lng, lat]: LngLat): Position => [round4(lng), round4(lat)];

/** Citations in a stable order, each once: coordinate first, then date, then the rest. */
function citations(...lists: (string | string[] | undefined)[]): string[] {
	return [...new Set(lists.flat().filter((s): s is string => Boolean(s)))];
}

/** Properties in the order of the contract table; optional ones only when present. */
function properties(
	kind: Kind,
	row: PointRow | LineRow,
	sources: string[]
): StoryFeatureProperties {
	const point = 'at' in row ? row : undefined;
	// An event, clash or movement without an end happened on its start date (a one-off); only
	// places last on (the contract reads a missing end_date as "lasts past 1991").
	const end = row.end ?? (kind === 'place' ? undefined : row.start);
	const props: StoryFeatureProperties = {
		id: row.id,
		kind,
		'name:en': row.names.en,
		...(row.names.zh ? { 'name:zh': row.names.zh } : {}),
		...(row.names.ru ? { 'name:ru': row.names.ru } : {}),
		start_date: row.start,
		...(end ? { end_date: end } : {}),
		precision: row.precision,
		...(row.control ? { control: row.control } : {}),
		...(point?.rank ? { rank: point.rank } : {}),
		...(point?.casualties ? { casualties: point.casualties } : {}),
		description: row.description,
		sources
	};
	return props;
}

/** A clash, event or place row as a Point feature. */
export function pointFeature(kind: Kind, row: PointRow): Feature<Geometry, StoryFeatureProperties> {
	return {
		type: 'Feature',
		properties: properties(kind, row, citations(row.coordSource, row.dateSource, row.extraSources)),
		geometry: { type: 'Point', coordinates: roundPosition(row.at) }
	};
}

/** A movement row as a LineString running from its start town to its objective. */
export function lineFeature(row: LineRow): Feature<Geometry, StoryFeatureProperties> {
	return {
		type: 'Feature',
		properties: properties(
			'movement',
			row,
			citations(row.pathSources, row.dateSource, row.extraSources)
		),
		geometry: { type: 'LineString', coordinates: row.path.map(roundPosition) }
	};
}

/**
 * Chronological order; ISO dates of different precision compare correctly as strings
 * ("1937" < "1937-07-07"), and the id breaks ties so the output never depends on table order.
 */
export function byStartDate(
	a: Feature<Geometry, StoryFeatureProperties>,
	b: Feature<Geometry, StoryFeatureProperties>
): number {
	const pa = a.properties;
	const pb = b.properties;
	return pa.start_date.localeCompare(pb.start_date) || pa.id.localeCompare(pb.id);
}

/** A sorted FeatureCollection. */
export function collection(
	features: Feature<Geometry, StoryFeatureProperties>[]
): FeatureCollection<Geometry, StoryFeatureProperties> {
	return { type: 'FeatureCollection', features: [...features].sort(byStartDate) };
}
