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
import { LAYER_IDS } from './types';

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

/** Why a value is not a FeatureCollection of features with properties, or null when it is. */
function collectionProblem(value: unknown): string | null {
	if (!isObject(value)) return 'is not an object';
	if (!Array.isArray(value.features)) return 'has no list of features';
	const bad = value.features.findIndex(
		(f: unknown) => !isObject(f) || !isObject(f.properties) || !('geometry' in f)
	);
	return bad < 0 ? null : `feature ${bad} has no properties or geometry`;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data file is not what this version of the map reads (a truncated or stale deploy). */
export class PayloadShapeError extends Error {
	constructor(problem: string) {
		super(`story data: ${problem}`);
		this.name = 'PayloadShapeError';
	}
}

/**
 * Checks that `wire` has the shape `decodePayload` reads, naming the first part that does not.
 * @throws PayloadShapeError
 */
export function checkWirePayload(wire: unknown): asserts wire is WirePayload {
	if (!isObject(wire)) throw new PayloadShapeError('the file is not an object');
	if (!isObject(wire.layers)) throw new PayloadShapeError('"layers" is missing or not an object');
	for (const id of LAYER_IDS) {
		if (id === 'states') continue;
		const problem = collectionProblem(wire.layers[id]);
		if (problem) throw new PayloadShapeError(`layer "${id}" ${problem}`);
	}
	for (const key of ['heads', 'labels'] as const) {
		const problem = collectionProblem(wire[key]);
		if (problem) throw new PayloadShapeError(`"${key}" ${problem}`);
	}
	if (wire.shapes !== undefined && !(isObject(wire.shapes) && isObject(wire.shapes.objects)))
		throw new PayloadShapeError('"shapes" is not a topology');
}

/**
 * The payload as the map reads it. Anything of another shape (null, an array, a file from
 * another version) throws a `PayloadShapeError` saying what is wrong, never a TypeError later.
 * @example decodePayload(await (await fetch('data/story.json')).json()).layers.states.features
 * @throws PayloadShapeError
 */
export function decodePayload(wire: unknown): StoryPayload {
	checkWirePayload(wire);
	let states: Collection;
	let borders: Collection;
	try {
		states = decode(wire.shapes, 'states');
		borders = decode(wire.shapes, 'borders');
	} catch (error) {
		throw new PayloadShapeError(
			`"shapes" could not be decoded (${error instanceof Error ? error.message : error})`
		);
	}
	for (const [name, collection] of [
		['states', states],
		['borders', borders]
	] as const) {
		const problem = collectionProblem(collection);
		if (problem) throw new PayloadShapeError(`"shapes" › ${name} ${problem}`);
	}
	return {
		layers: { ...wire.layers, states } as StoryPayload['layers'],
		heads: wire.heads,
		labels: wire.labels,
		borders
	};
}
