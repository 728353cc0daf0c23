/**
 * The form `/data/story.json` travels in, and its decoding in the browser. The states and
 * their borders come as one TopoJSON topology (`encodePayload` in payload.ts, at build time):
 * every Soviet and Chinese period repeats long stretches of the same borders, and a topology
 * sends each shared edge once. Decoding gives back the plain payload the map and legend read.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StoryPayload } from './payload';

type Collection = FeatureCollection<Geometry, Record<string, unknown>>;

export interface WirePayload {
	/** Every layer but `states`, as GeoJSON. */
	layers: Omit<StoryPayload['layers'], 'states'>;
	heads: Collection;
	labels: Collection;
	/** The objects `states` and `borders`, as TopoJSON. */
	shapes?: Topology;
}

const empty = (): Collection => ({ type: 'FeatureCollection', features: [] });

/** One object of the topology as GeoJSON features (none when it is missing). */
function decode(shapes: Topology | undefined, name: string): Collection {
	const object = shapes?.objects[name] as GeometryCollection | undefined;
	if (!shapes || !object) return empty();
	return feature(shapes, object) as unknown as Collection;
}

/**
 * The payload as the map reads it.
 * @example decodePayload(await (await fetch('data/story.json')).json()).layers.states.features
 */
export function decodePayload(wire: WirePayload): StoryPayload {
	return {
		layers: { ...wire.layers, states: decode(wire.shapes, 'states') } as StoryPayload['layers'],
		heads: wire.heads,
		labels: wire.labels,
		borders: decode(wire.shapes, 'borders')
	};
}
