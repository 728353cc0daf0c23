/**
 * The data contract of `geodata/*.geojson`: the public ids and vocabularies (plain constants the
 * browser needs) and the feature type, inferred from the one schema in `schema/feature.ts`.
 * One file per public layer group; docs/data-schema.md lists every property.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { z } from 'zod';
import type { featureProperties } from './schema/feature';

/** Features with no end date last past the story's end; 9999 keeps them in every window. */
export const OPEN_END = 9999;

/** Public layer-group ids, used in URLs (`layers=`), chapters and the postMessage API. */
export const LAYER_IDS = [
	'states',
	'regions',
	'railways',
	'clashes',
	'events',
	'places',
	'movements'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Feature kinds; each kind lives in the file of its layer group. */
export const KINDS = ['state', 'region', 'railway', 'clash', 'event', 'place', 'movement'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_TO_LAYER: Record<Kind, LayerId> = {
	state: 'states',
	region: 'regions',
	railway: 'railways',
	clash: 'clashes',
	event: 'events',
	place: 'places',
	movement: 'movements'
};

/**
 * Who held or ran a state, region, line or front; drives the palette. `other` is a state the
 * story does not follow (a neighbour drawn for orientation), shown in a neutral tint.
 */
export const CONTROLS = [
	'china',
	'soviet',
	'japan',
	'joint',
	'mongolia',
	'tuva',
	'east-turkestan',
	'russia',
	'korea',
	'united-states',
	'other'
] as const;
export type Control = (typeof CONTROLS)[number];

/**
 * A feature's properties. Defined once, as a schema, in `schema/feature.ts` (server and scripts
 * only); this type-only import keeps the schema library out of the browser's bundle.
 */
export type StoryFeatureProperties = z.infer<typeof featureProperties>;

/**
 * What only a feature's card shows: its sources and texts. `/data/story.json` leaves them out
 * (they are half its size) and `/data/cards.json` carries them, fetched after the map's first
 * idle or when a card opens.
 */
export const CARD_FIELDS = [
	'sources',
	'description',
	'description:zh',
	'description:ru',
	'casualties',
	'casualties:zh',
	'casualties:ru'
] as const satisfies readonly (keyof StoryFeatureProperties)[];
export type CardField = (typeof CARD_FIELDS)[number];
/** A feature's card texts, by feature id (`/data/cards.json`). */
export type CardTexts = Record<string, Partial<Pick<StoryFeatureProperties, CardField>>>;
/** A feature as the browser holds it: its card texts are there once cards.json has arrived. */
export type ShownFeatureProperties = Omit<StoryFeatureProperties, CardField> &
	Partial<Pick<StoryFeatureProperties, CardField>>;

export type StoryFeature = Feature<Geometry, StoryFeatureProperties>;
export type StoryCollection = FeatureCollection<Geometry, StoryFeatureProperties>;
