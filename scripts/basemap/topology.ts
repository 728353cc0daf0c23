/**
 * Simplifies a TopoJSON topology arc by arc. Working on shared arcs (not on finished polygons)
 * keeps land, coastline and borders consistent: a border still ends exactly on the coast, and
 * the land fill and the coastline stroke are drawn from the same vertices.
 */
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { simplifyLine, simplifyRing, type Tolerance } from './simplify';

/** Decodes the delta-encoded, quantized arcs of a topology to absolute longitude/latitude. */
export function decodeArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	if (!t) return topology.arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
	const [kx, ky] = t.scale;
	const [dx, dy] = t.translate;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			x += p[0];
			y += p[1];
			return [x * kx + dx, y * ky + dy];
		});
	});
}

/**
 * Returns a copy of the topology with every arc simplified and no transform (absolute
 * coordinates), ready for topojson-client's `feature`, `merge` and `mesh`.
 */
export function simplifyTopology(
	topology: Topology,
	toleranceOf: (arcIndex: number) => Tolerance
): Topology {
	const arcs = decodeArcs(topology).map((arc, index) => {
		const closed = arc.length > 3 && arc[0][0] === arc.at(-1)![0] && arc[0][1] === arc.at(-1)![1];
		const tolerance = toleranceOf(index);
		return closed ? simplifyRing(arc, tolerance) : simplifyLine(arc, tolerance);
	});
	const rest: Partial<Topology> = { ...topology };
	delete rest.transform;
	return { ...rest, arcs } as Topology;
}

/** Arc indices of one geometry (TopoJSON writes a reversed arc i as ~i). */
function arcIndices(geometry: { type: string; arcs?: unknown }): number[] {
	const flat = [geometry.arcs].flat(3) as (number | undefined)[];
	return flat.filter((i): i is number => typeof i === 'number').map((i) => (i < 0 ? ~i : i));
}

/**
 * For each arc, the ids of the geometries that use it: one id = coastline, two = a land border.
 * (Used to simplify borders harder than coasts, and to pick the arcs a river follows.)
 */
export function arcOwners(topology: Topology, object: string): string[][] {
	const owners: string[][] = topology.arcs.map(() => []);
	const collection = topology.objects[object] as {
		geometries: {
			id?: string | number;
			arcs?: unknown;
			type: string;
			properties?: { name?: string };
		}[];
	};
	collection.geometries.forEach((geometry, n) => {
		const id = String(geometry.id ?? geometry.properties?.name ?? n);
		for (const i of new Set(arcIndices(geometry))) owners[i].push(id);
	});
	return owners;
}
