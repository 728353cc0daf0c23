/**
 * The shape of the sourced tables in this folder. Each row keeps the citation for its coordinate
 * and the citation for its date apart, because the docs table (docs/geodata-points.md) and the
 * independent fact check look at the two separately.
 */
import type { Control } from '../../src/lib/geodata/types';

/** [longitude, latitude] in decimal degrees, as GeoJSON orders them. */
export type LngLat = [number, number];

/** Labels in the three story languages; zh and ru are optional only for events and movements. */
export interface Names {
	en: string;
	zh?: string;
	ru?: string;
}

/** What every sourced row carries, whatever its geometry. */
interface BaseRow {
	id: string;
	names: Names;
	/** ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD. */
	start: string;
	end?: string;
	precision: 'exact' | 'approximate';
	/** Where the date (or dates) come from. */
	dateSource: string;
	/** Further citations (figures, names, corrections of the source article). */
	extraSources?: string[];
	description: string;
	control?: Control;
}

/** A clash, event or place: one position. */
export interface PointRow extends BaseRow {
	at: LngLat;
	/** Where the coordinate comes from (article and the value it gives). */
	coordSource: string;
	casualties?: string;
	rank?: 1 | 2 | 3;
}

/** A movement arrow: a line whose first position is where the movement started. */
export interface LineRow extends BaseRow {
	path: LngLat[];
	/** Sources of the named anchor towns; intermediate vertices are drawn by hand. */
	pathSources: string[];
	control: Control;
}
