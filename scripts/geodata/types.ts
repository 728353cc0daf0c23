/**
 * Shapes of the hand-written, sourced inputs that `build.ts` turns into
 * `geodata/regions.geojson` and `geodata/railways.geojson`.
 */
import type { Control } from '../../src/lib/geodata/types';

export type LonLat = [number, number];

/** A point the railways pass through; every coordinate carries the source it was taken from. */
export interface Station {
	id: string;
	/** English name as used in the sources (historical name in brackets where it differs). */
	name: string;
	lon: number;
	lat: number;
	/** Where the coordinate comes from, e.g. "Wikipedia, 'Grodekovo (station)'". */
	source: string;
}

/** Names, dates and sources shared by every generated feature. */
export interface FeatureMeta {
	id: string;
	'name:en': string;
	'name:zh': string;
	'name:ru': string;
	start_date: string;
	end_date?: string;
	control: Control;
	/** One or two plain sentences, our own words. */
	description: string;
	/** Non-empty list of citations for the dates and facts. */
	sources: string[];
}

/** A railway period: the line through its stations, plus the published length to compare with. */
export interface RailwayDef extends FeatureMeta {
	/** Each path is an ordered list of station ids; several paths make a MultiLineString. */
	paths: string[][];
	/** Published route length for the same stretch, for the length check (absent if none found). */
	published?: { km: number; source: string };
}

/** How a region's geometry is made (see `regions.ts`). */
export type RegionGeometry =
	| { kind: 'country'; country: string }
	| { kind: 'clip'; outline: string; country: string; minus?: string[] };

export interface RegionDef extends FeatureMeta {
	geometry: RegionGeometry;
	/** 'exact' only where the whole outline is a Natural Earth country outline of the same borders. */
	precision: 'exact' | 'approximate';
	/** Where the geometry comes from, for the docs table. */
	geometrySource: string;
}
