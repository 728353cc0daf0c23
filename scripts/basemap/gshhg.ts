/**
 * Land, lakes and rivers from GSHHG and WDBII (read through GMT, see gmt.ts), at one level of
 * detail (config.ts `DETAIL`): land for the whole world, lakes and rivers in the data extent, the
 * rivers and lakes of `geodata/facts/water.yaml` found and named.
 *
 * GMT is read once (`readGshhg`), then `landFeature` and `waterFeatures` make each level of
 * detail from the same data, so the base and detail files agree.
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import { area, booleanPointInPolygon, polygon } from '@turf/turf';
import {
	CORE,
	DATA_EXTENT,
	RESOLUTION,
	inBbox,
	zoneOf,
	type Bbox,
	type Detail,
	type Zoned
} from './config';
import {
	closeOverPole,
	gmtCoast,
	isClosed,
	joinPieces,
	parseDump,
	unwrap,
	type Piece
} from './gmt';
import { RiverNetwork, km } from './river-network';
import { simplifyLine, simplifyRing } from './simplify';
import type { LakeFact, RiverFact, WaterFacts } from '../../src/lib/geodata/schema/water';

export const GSHHG_CREDIT =
	'GSHHG 2.3.7 (Wessel & Smith, LGPL), read with GMT 6: shorelines and lakes';
export const WDBII_CREDIT = 'CIA World Data Bank II rivers, as distributed with GSHHG 2.3.7 (LGPL)';

/** The smooth lines river names are set along: Douglas–Peucker tolerance (degrees), shortest. */
const LABEL_LINE_TOLERANCE = 0.12;
const LABEL_LINE_MIN_KM = 60;

/** The smallest polygon GMT is asked for (km²); each level of detail drops more. */
const MIN_READ_KM2 = 10;

/** A ring with its area and bounding box, computed once. */
interface Ring {
	points: Position[];
	km2: number;
	bbox: Bbox;
}

export interface Gshhg {
	/** Level 1: land, world-wide, each an outer ring. */
	land: Ring[];
	/** Level 2: lakes in the data extent; level 3: islands in them. */
	lakes: Ring[];
	lakeIslands: Ring[];
	/** WDBII level 0: double-lined river stretches (closed), in the data extent. */
	riverAreas: Ring[];
	/** WDBII levels 1–4, pieces as GMT gives them, in the data extent. */
	rivers: Piece[];
}

function ring(points: Position[]): Ring {
	const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) {
		bbox[0] = Math.min(bbox[0], x);
		bbox[1] = Math.min(bbox[1], y);
		bbox[2] = Math.max(bbox[2], x);
		bbox[3] = Math.max(bbox[3], y);
	}
	return { points, km2: area(polygon([points])) / 1e6, bbox };
}

function extentArg([w, s, e, n]: Bbox): string {
	return `-R${w}/${e}/${s}/${n}`;
}

/** Closed rings of one shore level from a `gmt coast -W -M` dump. */
function rings(pieces: Piece[], level: number): Ring[] {
	return joinPieces(pieces.filter((p) => p.level === level))
		.filter((p) => isClosed(p.points))
		.map((p) => ring(closeOverPole(unwrap(p.points))));
}

/** Everything the basemap takes from GMT (a few seconds). */
export function readGshhg(): Gshhg {
	const shores = parseDump(
		gmtCoast(['-Rd', `-D${RESOLUTION}`, `-A${MIN_READ_KM2}/1/1`, '-W', '-M'])
	);
	const lakeShores = parseDump(
		gmtCoast([extentArg(DATA_EXTENT), `-D${RESOLUTION}`, '-A0/2/3', '-W', '-M'])
	);
	const rivers = parseDump(
		gmtCoast([
			extentArg(DATA_EXTENT),
			`-D${RESOLUTION}`,
			...['0', '1', '2', '3', '4'].map((l) => `-I${l}`),
			'-M'
		])
	);
	return {
		land: rings(shores, 1),
		lakes: rings(lakeShores, 2),
		lakeIslands: rings(lakeShores, 3),
		riverAreas: rings(rivers, 0),
		rivers: rivers.filter((p) => p.level >= 1)
	};
}

/** The zone of a ring: that of its bounding box's centre. */
function zone(r: Ring): keyof Zoned {
	return zoneOf([(r.bbox[0] + r.bbox[2]) / 2, (r.bbox[1] + r.bbox[3]) / 2]);
}

function tolerance(detail: Detail) {
	return (p: Position) => detail.tolerance[zoneOf(p)];
}

function round(points: Position[], detail: Detail): Position[] {
	const out: Position[] = [];
	for (const p of points) {
		const f = 10 ** detail.precision[zoneOf(p)];
		const q = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
		const last = out.at(-1);
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	return out;
}

/** A simplified, rounded ring, or undefined when it collapses. */
function shape(r: Ring, detail: Detail): Position[] | undefined {
	const points = round(simplifyRing(r.points, tolerance(detail)), detail);
	if (points.length < 4) return undefined;
	points[points.length - 1] = points[0];
	// A ring simplified to a sliver has no area to draw.
	return area(polygon([points])) > 0 ? points : undefined;
}

/** GeoJSON (RFC 7946) winds outer rings counter-clockwise, holes clockwise. */
function signedArea(points: Position[]): number {
	let s = 0;
	for (let i = 1; i < points.length; i++)
		s += (points[i - 1][0] - points[i][0]) * (points[i - 1][1] + points[i][1]);
	return s / 2;
}

function wind(points: Position[], outer: boolean): Position[] {
	const ccw = signedArea(points) < 0;
	return ccw === outer ? points : [...points].reverse();
}

function feature<G extends Feature['geometry']>(
	geometry: G,
	properties: Record<string, unknown>
): Feature<G> {
	return { type: 'Feature', properties, geometry };
}

/** All land of the world as one MultiPolygon (its outline is the coastline). */
export function landFeature(data: Gshhg, detail: Detail): Feature<MultiPolygon> {
	const polygons = data.land
		.filter((r) => r.km2 >= detail.minIslandKm2[zone(r)])
		.map((r) => shape(r, detail))
		.filter((p): p is Position[] => !!p)
		.map((p) => [wind(p, true)]);
	return feature<MultiPolygon>({ type: 'MultiPolygon', coordinates: polygons }, { layer: 'land' });
}

function contains(r: Ring, p: Position): boolean {
	return inBbox(p, r.bbox) && booleanPointInPolygon(p, polygon([r.points]));
}

/** The lake a named lake's inside point falls in. */
export function lakeAt(lakes: Ring[], p: Position): Ring | undefined {
	return lakes.find((r) => contains(r, p));
}

/** A lake as a polygon with its islands as holes (drawn as land through the lake's fill). */
function lakePolygon(lake: Ring, islands: Ring[], detail: Detail): Position[][] | undefined {
	const outer = shape(lake, detail);
	if (!outer) return undefined;
	const holes = islands
		.filter((i) => i.km2 >= detail.minIslandKm2.core / 4 && contains(lake, i.points[0]))
		.map((i) => shape(i, detail))
		.filter((p): p is Position[] => !!p)
		.map((p) => wind(p, false));
	return [wind(outer, true), ...holes];
}

function names(fact: RiverFact | LakeFact) {
	return { 'name:en': fact.name.en, 'name:zh': fact.name.zh, 'name:ru': fact.name.ru };
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}

export interface NamedRiver {
	fact: RiverFact;
	lines: Position[][];
}

/**
 * Each named river as lines of the unsimplified WDBII data: the network path from anchor to
 * anchor (stretches round a lake left out). Throws when an anchor has no river near it or two
 * anchors are not connected, naming them.
 */
export function traceRivers(data: Gshhg, facts: WaterFacts): NamedRiver[] {
	const network = new RiverNetwork(
		[...data.rivers, ...data.riverAreas.map((r) => ({ level: 0, points: r.points }))],
		data.lakes.map((r) => r.points)
	);
	return facts.rivers.map((fact) => {
		const lines: Position[][] = [];
		const nodes = fact.anchors.map((a) => {
			const n = network.anchorNode(a.at);
			if (n === undefined) throw new Error(`${fact.id}: no river within reach of ${a.name}`);
			return n;
		});
		for (let i = 0; i + 1 < nodes.length; i++) {
			if (fact.anchors[i].gap_after !== undefined) continue;
			const path = network.path(nodes[i], nodes[i + 1]);
			if (!path)
				throw new Error(
					`${fact.id}: no river connects ${fact.anchors[i].name} to ${fact.anchors[i + 1].name}`
				);
			lines.push(...network.lines(path));
		}
		return { fact, lines: joinLines(lines) };
	});
}

/** Consecutive stretches that meet become one line. */
function joinLines(lines: Position[][]): Position[][] {
	const out: Position[][] = [];
	for (const line of lines) {
		const last = out.at(-1);
		const end = last?.at(-1);
		if (last && end && end[0] === line[0][0] && end[1] === line[0][1]) last.push(...line.slice(1));
		else out.push([...line]);
	}
	return out;
}

function edgeKey(a: Position, b: Position): string {
	const [p, q] = [a.join(','), b.join(',')].sort();
	return `${p}|${q}`;
}

function lengthKm(line: Position[]): number {
	let s = 0;
	for (let i = 1; i < line.length; i++) s += km(line[i - 1], line[i]);
	return s;
}

function touchesEdge(line: Position[], extent: Bbox): boolean {
	const margin = 0.05;
	return line.some(
		([x, y]) =>
			x <= extent[0] + margin ||
			x >= extent[2] - margin ||
			y <= extent[1] + margin ||
			y >= extent[3] - margin
	);
}

/**
 * Unnamed rivers of the levels this detail draws, joined, without the stretches a named river
 * already draws, and without rivers cut by the edge of the data extent (a river that stops at a
 * straight line would show where the data ends).
 */
function otherRivers(data: Gshhg, named: NamedRiver[], detail: Detail): Position[][] {
	const taken = new Set<string>();
	for (const r of named)
		for (const line of r.lines)
			for (let i = 1; i < line.length; i++) taken.add(edgeKey(line[i - 1], line[i]));
	const wanted = data.rivers.filter((p) => {
		const max = inBbox(p.points[0], CORE) ? detail.riverLevels.core : detail.riverLevels.extent;
		return p.level <= max;
	});
	const joined = joinPieces(wanted.map((p) => ({ level: 1, points: p.points })));
	const out: Position[][] = [];
	for (const piece of joined) {
		if (touchesEdge(piece.points, DATA_EXTENT)) continue;
		let current: Position[] = [piece.points[0]];
		for (let i = 1; i < piece.points.length; i++) {
			const [a, b] = [piece.points[i - 1], piece.points[i]];
			if (taken.has(edgeKey(a, b))) {
				if (current.length >= 2) out.push(current);
				current = [b];
			} else current.push(b);
		}
		if (current.length >= 2) out.push(current);
	}
	return out.filter((line) => lengthKm(line) >= detail.minRiverKm);
}

function simplifyRiver(line: Position[], t: number | ((p: Position) => number), detail: Detail) {
	const points = round(simplifyLine(line, t), detail);
	return points.length >= 2 ? points : undefined;
}

/**
 * The water of one level of detail: named rivers (one feature each, with names and sources),
 * the other rivers (one feature), double-lined river stretches, lakes (named ones with names
 * and a label point) — in that order, so the file reads like the legend.
 */
export function waterFeatures(
	data: Gshhg,
	facts: WaterFacts,
	named: NamedRiver[],
	detail: Detail
): Feature[] {
	const rivers = named.map(({ fact, lines }) =>
		feature<MultiLineString | LineString>(
			multiLine(
				lines
					.map((l) => simplifyRiver(l, detail.namedRiverTolerance, detail))
					.filter((l): l is Position[] => !!l)
			),
			{
				id: fact.id,
				kind: 'river',
				...names(fact),
				precision: 'exact',
				sources: unique([WDBII_CREDIT, ...fact.anchors.map((a) => a.at_source)])
			}
		)
	);
	// Names are set along a much smoother copy of each named river: MapLibre will not bend a
	// label round the real river's wiggles (text-max-angle), so on the real line it drops them.
	const labelLines = named.map(({ fact, lines }) =>
		feature<MultiLineString | LineString>(
			multiLine(
				lines
					.filter((l) => lengthKm(l) >= LABEL_LINE_MIN_KM)
					.map((l) => round(simplifyLine(l, LABEL_LINE_TOLERANCE), detail))
					.filter((l) => l.length >= 2)
			),
			{ kind: 'river-label', ...names(fact) }
		)
	);
	const others = otherRivers(data, named, detail)
		.map((l) => simplifyRiver(l, tolerance(detail), detail))
		.filter((l): l is Position[] => !!l);
	const riverAreas = data.riverAreas
		.filter((r) => r.km2 >= detail.minRiverAreaKm2)
		.map((r) => shape(r, detail))
		.filter((p): p is Position[] => !!p)
		.map((p) => [wind(p, true)]);

	const namedLakes = new Map<Ring, LakeFact>();
	for (const fact of facts.lakes) {
		const lake = lakeAt(data.lakes, fact.inside.at);
		if (!lake) throw new Error(`${fact.id}: no GSHHG lake contains ${fact.inside.at.join(', ')}`);
		namedLakes.set(lake, fact);
	}
	const lakes: Feature[] = [];
	const unnamedLakes: Position[][][] = [];
	for (const lake of data.lakes) {
		const fact = namedLakes.get(lake);
		if (!fact && lake.km2 < detail.minLakeKm2[zone(lake)]) continue;
		const poly = lakePolygon(lake, data.lakeIslands, detail);
		if (!poly) continue;
		if (!fact) {
			unnamedLakes.push(poly);
			continue;
		}
		lakes.push(
			feature<MultiPolygon>(
				{ type: 'MultiPolygon', coordinates: [poly] },
				{
					id: fact.id,
					kind: 'lake',
					...names(fact),
					precision: 'exact',
					sources: [GSHHG_CREDIT, fact.inside.at_source]
				}
			)
		);
	}
	const labels = facts.lakes.map((fact) =>
		feature<Point>(
			{ type: 'Point', coordinates: fact.inside.at },
			{ id: `${fact.id}-label`, kind: 'lake-label', ...names(fact) }
		)
	);
	// Unnamed features share one feature per kind (properties written once); none when empty.
	const shared = <G extends MultiLineString | MultiPolygon>(
		geometry: G,
		kind: string,
		credit: string
	) => (geometry.coordinates.length ? [feature<G>(geometry, { kind, sources: [credit] })] : []);
	return [
		...rivers,
		...labelLines,
		...shared<MultiLineString>(
			{ type: 'MultiLineString', coordinates: others },
			'river',
			WDBII_CREDIT
		),
		...shared<MultiPolygon>(
			{ type: 'MultiPolygon', coordinates: riverAreas },
			'river-area',
			WDBII_CREDIT
		),
		...lakes,
		...shared<MultiPolygon>(
			{ type: 'MultiPolygon', coordinates: unnamedLakes },
			'lake',
			GSHHG_CREDIT
		),
		...labels
	];
}

function multiLine(lines: Position[][]): MultiLineString | LineString {
	return lines.length === 1
		? { type: 'LineString', coordinates: lines[0] }
		: { type: 'MultiLineString', coordinates: lines };
}
