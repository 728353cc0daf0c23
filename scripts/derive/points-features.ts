/**
 * Turns the resolved point facts into GeoJSON features that follow the contract in
 * src/lib/geodata/types.ts: fixed property order (so diffs stay readable), coordinates rounded
 * to 4 decimals (~10 m, finer than any town coordinate we cite) and features sorted by start date.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CardTexts } from './card-texts';
import type { DatedName } from '../../src/lib/geodata/names';
import type { Control, Kind, StoryFeatureProperties } from '../../src/lib/geodata/types';

/** [longitude, latitude] in decimal degrees, as GeoJSON orders them. */
export type LngLat = [number, number];

/**
 * A row of a point fact file once its references are resolved: citation keys replaced by their
 * text, a `place:` by the town's coordinate and citation, a path's towns by theirs.
 */
interface Fact {
	id: string;
	name: { en: string; zh?: string; ru?: string };
	/** ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD. */
	start: string;
	end?: string;
	precision: 'exact' | 'approximate';
	/** Where the date (or dates) come from. */
	dateSource: string;
	/** Further citations (figures, names, corrections of the source article). */
	sources: string[];
	description: string;
	/** The card's Chinese and Russian texts, where written. */
	texts: CardTexts;
	control?: Control;
}

/** A clash, event or place: one position. */
export interface PointFact extends Fact {
	at: LngLat;
	/** Where the coordinate comes from (article and the value it gives). */
	atSource: string;
	casualties?: string;
	rank?: 1 | 2 | 3;
	/** A place's names of their time, their dates filled in and their sources resolved. */
	names?: DatedName[];
}

/** A movement arrow: a line whose first position is where the movement started. */
export interface LineFact extends Fact {
	path: LngLat[];
	/** Sources of the named anchor towns, then the line's own (hand-drawn vertices). */
	pathSources: string[];
	control: Control;
}

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
	row: PointFact | LineFact,
	sources: string[]
): StoryFeatureProperties {
	const point = 'at' in row ? row : undefined;
	// An event, clash or movement without an end happened on its start date (a one-off); only
	// places last on (the contract reads a missing end_date as "lasts past 1991").
	const end = row.end ?? (kind === 'place' ? undefined : row.start);
	const props: StoryFeatureProperties = {
		id: row.id,
		kind,
		'name:en': row.name.en,
		...(row.name.zh ? { 'name:zh': row.name.zh } : {}),
		...(row.name.ru ? { 'name:ru': row.name.ru } : {}),
		start_date: row.start,
		...(end ? { end_date: end } : {}),
		precision: row.precision,
		...(row.control ? { control: row.control } : {}),
		...(point?.rank ? { rank: point.rank } : {}),
		...(point?.names ? { names: point.names } : {}),
		...(point?.casualties ? { casualties: point.casualties } : {}),
		description: row.description,
		...row.texts,
		sources
	};
	return props;
}

/** A clash, event or place row as a Point feature. */
export function pointFeature(
	kind: Kind,
	row: PointFact
): Feature<Geometry, StoryFeatureProperties> {
	return {
		type: 'Feature',
		properties: properties(
			kind,
			row,
			citations(
				row.atSource,
				row.dateSource,
				row.names?.map((n) => n.source),
				row.sources
			)
		),
		geometry: { type: 'Point', coordinates: roundPosition(row.at) }
	};
}

/** A movement row as a LineString running from its start town to its objective. */
export function lineFeature(row: LineFact): Feature<Geometry, StoryFeatureProperties> {
	return {
		type: 'Feature',
		properties: properties(
			'movement',
			row,
			citations(row.pathSources, row.dateSource, row.sources)
		),
		geometry: { type: 'LineString', coordinates: row.path.map(roundPosition) }
	};
}

/**
 * Chronological order; ISO dates of different precision compare correctly as strings
 * ("1937" < "1937-07-07"), and the id breaks ties so the output never depends on row order.
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
