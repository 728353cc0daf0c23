/**
 * Today's land borders from Natural Earth 1:50m (public domain, via the `world-atlas` npm
 * package), for orientation only (the land itself is GSHHG's, see gshhg.ts). Borders are the arcs
 * two countries share, simplified in the topology so that they still meet.
 */
import { readFileSync } from 'node:fs';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { mesh } from 'topojson-client';
import { bboxClip } from '@turf/turf';
import {
	CORE,
	DATA_EXTENT,
	NATURAL_EARTH,
	TOLERANCE,
	inBbox,
	roundPosition,
	type Bbox
} from './config';
import { arcOwners, simplifyTopology } from './topology';
import type { Tolerance } from './simplify';

/** ISO 3166-1 numeric ids used in world-atlas. */
export const ISO = { china: '156', russia: '643', northKorea: '408', mongolia: '496' };

/** Country pairs whose shared arcs carry rivers; kept at river detail. */
const RIVER_BORDERS = [
	[ISO.china, ISO.russia],
	[ISO.china, ISO.northKorea],
	[ISO.northKorea, ISO.russia]
];

type Countries = { type: 'GeometryCollection'; geometries: (GeometryObject & { id?: string })[] };

export function loadTopology(path = NATURAL_EARTH): Topology {
	return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

function isPair(owners: string[], pair: string[]): boolean {
	return owners.length === 2 && pair.every((id) => owners.includes(id));
}

/** Fine where the story looks, coarse elsewhere; borders coarser than coasts. */
function toleranceFor(owners: string[]): Tolerance {
	if (RIVER_BORDERS.some((pair) => isPair(owners, pair))) return TOLERANCE.river;
	const t = owners.length > 1 ? TOLERANCE.border : TOLERANCE.coast;
	const world = owners.length > 1 ? TOLERANCE.border.world : TOLERANCE.coast.rest;
	return (p: Position) => (inBbox(p, CORE) ? t.core : inBbox(p, DATA_EXTENT) ? t.rest : world);
}

/** The topology with every arc simplified for its kind and place. */
export function simplifiedTopology(topology: Topology): Topology {
	const owners = arcOwners(topology, 'countries');
	return simplifyTopology(topology, (i) => toleranceFor(owners[i]));
}

function countries(topology: Topology): Countries {
	return topology.objects.countries as unknown as Countries;
}

function roundRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const p of ring.map(roundPosition)) {
		const last = out.at(-1);
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/**
 * world-atlas keeps spherical rings: Russia's jumps from 180° to −180° at Chukotka. Planar
 * clipping reads such a jump as a line across the whole map, so the ring is unwrapped into a
 * continuous one (Chukotka at 180°..190°), then shifted by 360° if most of it left [−180, 180].
 */
export function unwrapAntimeridian(ring: Position[]): Position[] {
	let offset = 0;
	const out = ring.map(([x, y], i) => {
		const prev = ring[i - 1];
		if (prev && x - prev[0] > 180) offset -= 360;
		if (prev && prev[0] - x > 180) offset += 360;
		return [x + offset, y];
	});
	const sorted = out.map((p) => p[0]).sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)];
	const shift = -360 * Math.round(median / 360);
	return shift ? out.map(([x, y]) => [x + shift, y]) : out;
}

/** Land borders (arcs shared by two countries), clipped and rounded. */
export function borderLines(topology: Topology, extent: Bbox = DATA_EXTENT): MultiLineString {
	const lines = mesh(topology, countries(topology) as never, (a, b) => a !== b);
	lines.coordinates = lines.coordinates.map(unwrapAntimeridian);
	const clipped = bboxClip(lines, extent).geometry as MultiLineString | LineString;
	const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
	return {
		type: 'MultiLineString',
		coordinates: parts.map(roundRing).filter((line) => line.length >= 2)
	};
}

export function feature<G extends Feature['geometry']>(
	geometry: G,
	properties: Record<string, unknown>
): Feature<G> {
	return { type: 'Feature', properties, geometry };
}
