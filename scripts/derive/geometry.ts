/**
 * Small geometry helpers for deriving the regions and railways. Each does one thing and throws
 * (a plain sentence, which the caller puts after the file and row it is about) when a result
 * would be invalid, so a broken input never reaches geodata/.
 */
import {
	area,
	featureCollection,
	intersect,
	kinks,
	length,
	lineString,
	multiLineString,
	polygon,
	rewind,
	simplify,
	truncate,
	union
} from '@turf/turf';
import type {
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

export type Areal = Feature<Polygon | MultiPolygon>;
type LonLat = [number, number];

/** Closes a hand-drawn ring (first point repeated at the end) and wraps it as a polygon. */
export function outlinePolygon(points: LonLat[]): Feature<Polygon> {
	const ring: Position[] = points.map((p) => [p[0], p[1]]);
	const [first, last] = [ring[0], ring[ring.length - 1]];
	if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
	return polygon([ring]);
}

/**
 * Cuts a hand-drawn outline with a Natural Earth country, so every edge the region shares with
 * an international border (or a coast) is the Natural Earth line, not a hand-drawn one.
 * Only the country's parts near the outline are used: Russia has 99 of them.
 */
export function clipToCountry(outline: Feature<Polygon>, country: Areal): Areal {
	const pair = featureCollection<Polygon | MultiPolygon>([
		outline,
		partsNear(country, boxOf(outline))
	]);
	const cut = intersect(pair);
	if (!cut) throw new Error('does not overlap its country');
	return cut;
}

type Box = [number, number, number, number];

/** The parts of a (Multi)Polygon whose outer ring's box overlaps `box`. */
function partsNear(country: Areal, box: Box): Feature<MultiPolygon> {
	const parts =
		country.geometry.type === 'Polygon'
			? [country.geometry.coordinates]
			: country.geometry.coordinates;
	const near = parts.filter((rings) => overlaps(ringBox(rings[0]), box));
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: near } };
}

function overlaps(a: Box, b: Box): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The [west, south, east, north] box of one ring. */
function ringBox(ring: Position[]): Box {
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The box of a polygon's outer ring. */
function boxOf(f: Feature<Polygon>): Box {
	return ringBox(f.geometry.coordinates[0]);
}

/** Several countries as one (Multi)Polygon, e.g. the Soviet Union from its successor states. */
export function unionOf(parts: Areal[]): Areal {
	if (parts.length === 1) return parts[0];
	const joined = union(featureCollection(parts));
	if (!joined) throw new Error('the countries do not join into one area');
	return joined;
}

/** Drops polygon parts smaller than `minKm2` (slivers and islets left by the cut). */
export function dropSmallParts(f: Areal, minKm2: number): Areal {
	const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const kept = parts.filter((rings) => area(polygon(rings)) / 1e6 >= minKm2);
	if (kept.length === 0) return f;
	const geometry: Polygon | MultiPolygon =
		kept.length === 1
			? { type: 'Polygon', coordinates: kept[0] }
			: { type: 'MultiPolygon', coordinates: kept };
	return { type: 'Feature', properties: {}, geometry };
}

/**
 * Rounds to 4 decimals, makes outer rings counter-clockwise (RFC 7946) and checks the result:
 * closed rings of at least 4 positions and no self-intersections. Rounding can fold a needle
 * left where a hand-drawn line meets a coast at a shallow angle; such a needle is removed by a
 * Douglas–Peucker pass of at most 0.0005° (about 50 m) before giving up.
 */
export function finishAreal(f: Areal): Areal {
	for (const tolerance of [0, 0.0001, 0.0002, 0.0005]) {
		const smoothed = tolerance ? (simplify(f, { tolerance, highQuality: true }) as Areal) : f;
		const rounded = truncate(smoothed, { precision: 4, coordinates: 2 }) as Areal;
		const wound = rewind(rounded) as Areal;
		assertRings(wound);
		if (kinks(wound).features.length === 0) return wound;
	}
	throw new Error('self-intersections remain after rounding');
}

/** Throws unless every ring is closed and has at least four positions. */
function assertRings(f: Areal): void {
	const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	for (const rings of polys)
		for (const ring of rings) {
			const [a, b] = [ring[0], ring[ring.length - 1]];
			if (ring.length < 4 || a[0] !== b[0] || a[1] !== b[1])
				throw new Error('a ring is not closed or too short');
		}
}

/** Area in square kilometres, for the docs table and sanity checks. */
export function areaKm2(f: Areal): number {
	return Math.round(area(f) / 1e6);
}

/** Looks up stations by id and builds the (Multi)LineString of a railway through them. */
export function railwayGeometry(
	paths: string[][],
	stations: ReadonlyMap<string, { lon: number; lat: number }>
): Feature<LineString | MultiLineString> {
	const coords = paths.map((path) =>
		path.map((sid) => {
			const s = stations.get(sid);
			if (!s) throw new Error(`unknown station "${sid}"`);
			return [s.lon, s.lat];
		})
	);
	const line = coords.length === 1 ? lineString(coords[0]) : multiLineString(coords);
	return truncate(line, { precision: 4, coordinates: 2 });
}

/** Length in kilometres along the line, as stored in `length_km`. */
export function lengthKm(line: Feature<LineString | MultiLineString>): number {
	return Math.round(length(line, { units: 'kilometers' }));
}

/** Twice the signed area of the triangle a, b, c (zero when the three are in line). */
const cross = (a: Position, b: Position, c: Position) =>
	(b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/**
 * A ring without repeated points and needles: a vertex where the ring turns back on itself
 * (the way out within about half a degree of the way it came). A cut whose
 * line meets a border at a grazing angle can leave such a needle, and rounding can make one;
 * either reads as a self-intersection. Undefined when fewer than three points are left.
 */
function ringWithoutNeedles(ring: Position[]): Position[] | undefined {
	const open = ring
		.slice(0, -1)
		.filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
	let changed = true;
	while (changed && open.length >= 3) {
		changed = false;
		for (let i = 0; i < open.length && open.length >= 3; i++) {
			const a = open[(i - 1 + open.length) % open.length];
			const b = open[i];
			const c = open[(i + 1) % open.length];
			const same = a[0] === c[0] && a[1] === c[1];
			const back = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0;
			// A needle: the way out within about half a degree of the way back.
			const straight =
				Math.abs(cross(a, b, c)) <=
				0.01 * Math.hypot(b[0] - a[0], b[1] - a[1]) * Math.hypot(c[0] - b[0], c[1] - b[1]);
			const repeat = b[0] === a[0] && b[1] === a[1];
			if (repeat || same || (straight && back)) {
				open.splice(i, 1);
				changed = true;
				i--;
			}
		}
	}
	if (open.length < 3) return undefined;
	return [...open, open[0]];
}

/**
 * Like `finishAreal`, for shapes joined from many cuts (the states): rounds to 4 decimals,
 * removes the needles and repeated points that rounding or a grazing cut leaves, drops rings
 * that collapse, winds the rings (RFC 7946) and checks them; a Douglas–Peucker pass of up to
 * 0.002° (about 200 m) is tried before giving up.
 */
export function finishJoined(f: Areal): Areal {
	for (const tolerance of [0, 0.0005, 0.001, 0.002]) {
		const smoothed = tolerance ? (simplify(f, { tolerance, highQuality: true }) as Areal) : f;
		const rounded = truncate(smoothed, { precision: 4, coordinates: 2 }) as Areal;
		const polys = (
			rounded.geometry.type === 'Polygon'
				? [rounded.geometry.coordinates]
				: rounded.geometry.coordinates
		)
			.map((rings) => {
				const outer = ringWithoutNeedles(rings[0]);
				if (!outer) return undefined;
				const holes = rings
					.slice(1)
					.map(ringWithoutNeedles)
					.filter((r): r is Position[] => !!r);
				return [outer, ...holes];
			})
			.filter((rings): rings is Position[][] => !!rings);
		if (!polys.length) throw new Error('nothing is left after rounding');
		const geometry: Polygon | MultiPolygon =
			polys.length === 1
				? { type: 'Polygon', coordinates: polys[0] }
				: { type: 'MultiPolygon', coordinates: polys };
		const wound = rewind({ type: 'Feature', properties: {}, geometry }) as Areal;
		assertRings(wound);
		if (kinks(wound).features.length === 0) return wound;
	}
	throw new Error('self-intersections remain after rounding');
}
