/**
 * The data contract of `geodata/*.geojson` (see README "Data schema").
 * One file per public layer group; every feature carries these properties.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Public layer-group ids, used in URLs (`layers=`), chapters and the postMessage API. */
export const LAYER_IDS = [
	'regions',
	'railways',
	'clashes',
	'events',
	'places',
	'movements'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Feature kinds; each kind lives in the file of its layer group. */
export const KINDS = ['region', 'railway', 'clash', 'event', 'place', 'movement'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_TO_LAYER: Record<Kind, LayerId> = {
	region: 'regions',
	railway: 'railways',
	clash: 'clashes',
	event: 'events',
	place: 'places',
	movement: 'movements'
};

/** Who held or ran a region, line or front; drives the palette. */
export const CONTROLS = [
	'china',
	'soviet',
	'japan',
	'joint',
	'mongolia',
	'tuva',
	'east-turkestan',
	'russia'
] as const;
export type Control = (typeof CONTROLS)[number];

export interface StoryFeatureProperties {
	/** Unique across all files, kebab-case, stable (used in URLs and tests). */
	id: string;
	kind: Kind;
	'name:en': string;
	/** Required for region, railway, clash and place. */
	'name:zh'?: string;
	'name:ru'?: string;
	/** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
	start_date: string;
	/** Same format; absent = lasts past 1991. */
	end_date?: string;
	/** Non-empty list of citations. */
	sources: string[];
	precision: 'exact' | 'approximate';
	/** Optional: who controlled it (palette). */
	control?: Control;
	/** Optional: one or two plain sentences for the feature card, our own words. */
	description?: string;
	/** Optional (clashes): casualties as the sources give them, ranges where they disagree. */
	casualties?: string;
	/** Optional (railways): length in km computed with turf.length. */
	length_km?: number;
	/** Optional (places): label priority, 1 = capital/most important … 3 = minor. */
	rank?: 1 | 2 | 3;
}

export type StoryFeature = Feature<Geometry, StoryFeatureProperties>;
export type StoryCollection = FeatureCollection<Geometry, StoryFeatureProperties>;
