/**
 * Geometry checks that go beyond GeoJSON structure: what a map and a reader need from a shape.
 * Runs only on geometries that `geojson-validation` already accepted, so every position is an
 * array of numbers and every ring is closed with at least four positions.
 */
import { booleanClockwise, kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { Kind } from '../geodata/types';

/** Which geometry types each kind may use; the map styles each kind with one layer type. */
export const KIND_GEOMETRIES: Record<Kind, readonly string[]> = {
	state: ['Polygon', 'MultiPolygon'],
	region: ['Polygon', 'MultiPolygon'],
	railway: ['LineString', 'MultiLineString'],
	movement: ['LineString', 'MultiLineString'],
	clash: ['Point'],
	event: ['Point'],
	place: ['Point']
};

/** Six decimals is ~0.1 m; more only adds bytes to what every reader downloads. */
export const MAX_DECIMALS = 6;

type Role = 'point' | 'line' | 'outer' | 'hole';
/** One run of positions with its role and a human name ("polygon 2 hole 1"). */
interface Part {
	name: string;
	role: Role;
	positions: Position[];
}

const join = (...words: string[]) => words.filter(Boolean).join(' ');

/** Flattens any geometry into named parts, so each check loops over one simple list. */
function partsOf(geometry: Geometry, prefix = ''): Part[] {
	// A polygon without rings becomes one empty part, so it is reported like any empty part.
	const ringParts = (rings: Position[][], name: string): Part[] =>
		rings.length === 0
			? [{ name: name || 'polygon', role: 'outer', positions: [] }]
			: rings.map((positions, j) => ({
					name: join(name, j === 0 ? 'outer ring' : `hole ${j}`),
					role: j === 0 ? 'outer' : 'hole',
					positions
				}));
	switch (geometry.type) {
		case 'Point':
			return [{ name: join(prefix, 'point'), role: 'point', positions: [geometry.coordinates] }];
		case 'MultiPoint':
			return [{ name: join(prefix, 'points'), role: 'point', positions: geometry.coordinates }];
		case 'LineString':
			return [{ name: join(prefix, 'line'), role: 'line', positions: geometry.coordinates }];
		case 'MultiLineString':
			return geometry.coordinates.map((positions, i) => ({
				name: join(prefix, `line ${i}`),
				role: 'line',
				positions
			}));
		case 'Polygon':
			return ringParts(geometry.coordinates, prefix);
		case 'MultiPolygon':
			return geometry.coordinates.flatMap((rings, i) =>
				ringParts(rings, join(prefix, `polygon ${i}`))
			);
		case 'GeometryCollection':
			return geometry.geometries.flatMap((g, i) => partsOf(g, join(prefix, `geometry ${i}`)));
	}
}

/** The polygons of a geometry as lists of rings, for the checks that need whole polygons. */
function polygonsOf(geometry: Geometry): { name: string; rings: Position[][] }[] {
	if (geometry.type === 'Polygon') return [{ name: 'polygon', rings: geometry.coordinates }];
	if (geometry.type === 'MultiPolygon')
		return geometry.coordinates.map((rings, i) => ({ name: `polygon ${i}`, rings }));
	return [];
}

/** Decimal places in the shortest round-trip form of a number (handles `1e-7`). */
export function decimalsOf(n: number): number {
	const [mantissa, exponent = '0'] = String(n).split('e');
	const fraction = mantissa.split('.')[1] ?? '';
	return Math.max(0, fraction.length - Number(exponent));
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
const show = (p: Position) => `[${p.join(', ')}]`;
/** Short form of a computed point for messages (intersections have long fractions). */
const showRounded = (p: Position) => show(p.map((n) => Math.round(n * 1e6) / 1e6));

/** "[x, y]" or "[x, y] and 3 more", so one message covers every position with the same fault. */
function describeAll(label: string, hits: Position[]): string {
	const more = hits.length > 1 ? ` and ${hits.length - 1} more` : '';
	return `${label} ${show(hits[0])}${more}`;
}

/**
 * Every position: two finite numbers in range, at most six decimals. One message per fault;
 * `broken` says whether later checks would only trip over the same bad numbers.
 */
function checkPositions(parts: Part[]): { problems: string[]; broken: boolean } {
	const extraDims: Position[] = [];
	const notFinite: Position[] = [];
	const outOfRange: Position[] = [];
	const tooPrecise: Position[] = [];
	for (const { positions } of parts)
		for (const p of positions) {
			if (p.length > 2) extraDims.push(p);
			const [lng, lat] = p;
			if (!Number.isFinite(lng) || !Number.isFinite(lat)) notFinite.push(p);
			else if (lng < -180 || lng > 180 || lat < -90 || lat > 90) outOfRange.push(p);
			if (decimalsOf(lng) > MAX_DECIMALS || decimalsOf(lat) > MAX_DECIMALS) tooPrecise.push(p);
		}
	const problems: string[] = [];
	if (extraDims.length)
		problems.push(describeAll('positions must be [lng, lat] only, found', extraDims));
	if (notFinite.length)
		problems.push(describeAll('coordinates are not finite numbers:', notFinite));
	if (outOfRange.length)
		problems.push(describeAll('coordinates out of range (lng −180…180, lat −90…90):', outOfRange));
	const broken = problems.length > 0;
	if (tooPrecise.length)
		problems.push(
			describeAll(
				`coordinates have more than ${MAX_DECIMALS} decimals (use turf.truncate):`,
				tooPrecise
			)
		);
	return { problems, broken };
}

/** Positions equal to the one before; they add bytes and make turf.kinks see false crossings. */
function repeatedPositions(positions: Position[]): Position[] {
	return positions.filter((p, i) => i > 0 && samePosition(p, positions[i - 1]));
}

/** Lines need two distinct positions to be drawn; repeated positions are payload waste. */
function checkLinesAndRings(parts: Part[]): string[] {
	const problems: string[] = [];
	const repeated: Position[] = [];
	for (const part of parts) {
		if (part.role === 'point' || part.positions.length === 0) continue;
		const distinct = new Set(part.positions.map((p) => `${p[0]},${p[1]}`)).size;
		if (part.role === 'line' && distinct < 2) {
			problems.push(`${part.name} has ${distinct} distinct position(s); a line needs at least 2`);
			continue;
		}
		if (part.role !== 'line' && distinct < 3) {
			problems.push(`${part.name} has ${distinct} distinct position(s); a ring needs at least 3`);
			continue;
		}
		repeated.push(...repeatedPositions(part.positions));
	}
	if (repeated.length)
		problems.push(describeAll('repeated consecutive position (use turf.cleanCoords):', repeated));
	return problems;
}

/** "a", "a and b", "a, b, c and 4 more": one message for many parts with the same fault. */
function listNames(names: string[]): string {
	if (names.length === 1) return names[0];
	const shown = names.slice(0, 3);
	const rest = names.length - shown.length;
	return rest > 0
		? `${shown.join(', ')} and ${rest} more`
		: `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
function checkWinding(parts: Part[]): string[] {
	const rings = (role: Role, clockwise: boolean) =>
		parts
			.filter((p) => p.role === role && booleanClockwise(p.positions) === clockwise)
			.map((p) => p.name);
	const outer = rings('outer', true);
	const holes = rings('hole', false);
	const verb = (names: string[]) => (names.length === 1 ? 'is' : 'are');
	const problems: string[] = [];
	if (outer.length)
		problems.push(
			`${listNames(outer)} ${verb(outer)} clockwise; RFC 7946 wants outer rings counter-clockwise (turf.rewind)`
		);
	if (holes.length)
		problems.push(
			`${listNames(holes)} ${verb(holes)} counter-clockwise; RFC 7946 wants holes clockwise (turf.rewind)`
		);
	return problems;
}

/**
 * A step of more than 180° in longitude is a shape wrapped across the antimeridian; drawn flat
 * it becomes a band across the whole map (and a false self-intersection).
 */
function antimeridianJumps(positions: Position[]): Position[][] {
	return positions.flatMap((p, i) =>
		i > 0 && Math.abs(p[0] - positions[i - 1][0]) > 180 ? [[positions[i - 1], p]] : []
	);
}

function checkAntimeridian(parts: Part[]): string[] {
	return parts.flatMap((part) => {
		const jumps = part.role === 'point' ? [] : antimeridianJumps(part.positions);
		if (!jumps.length) return [];
		const [from, to] = jumps[0];
		const more = jumps.length > 1 ? ` (${jumps.length} such steps)` : '';
		return [
			`${part.name} jumps across the antimeridian from ${show(from)} to ${show(to)}${more}; split it at ±180° (RFC 7946 §3.1.9)`
		];
	});
}

/**
 * Self-intersections with turf.kinks, one polygon at a time: kinks compares every pair of
 * segments, so per polygon keeps a large MultiPolygon cheap. Consecutive repeats are dropped
 * first (reported separately) because kinks counts them as crossings. Cost grows with the
 * square of a polygon's vertex count: China at 1:50m takes ~50 ms, at 1:10m over 1 s.
 */
function checkKinks(geometry: Geometry): string[] {
	const problems: string[] = [];
	for (const { name, rings } of polygonsOf(geometry)) {
		const cleaned = rings.map((ring) =>
			ring.filter((p, i) => i === 0 || !samePosition(p, ring[i - 1]))
		);
		// Degenerate rings and antimeridian jumps are reported on their own, more plainly.
		if (cleaned.some((ring) => ring.length < 4 || antimeridianJumps(ring).length)) continue;
		const points = kinks({ type: 'Polygon', coordinates: cleaned }).features.map(
			(f) => f.geometry.coordinates
		);
		const unique = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()];
		if (unique.length) {
			const more = unique.length > 1 ? ` and ${unique.length - 1} more` : '';
			problems.push(`${name} self-intersects at ${showRounded(unique[0])}${more}`);
		}
	}
	return problems;
}

/**
 * Problems with a structurally valid geometry, as messages (the caller adds file and feature).
 * @param kind the feature's kind when it is a known one; the type check is skipped otherwise
 * @example checkGeometry({ type: 'Point', coordinates: [0, 0] }, 'region')
 * // ['kind "region" needs a Polygon or MultiPolygon, not a Point']
 */
export function checkGeometry(geometry: Geometry | null, kind: Kind | undefined): string[] {
	if (geometry === null) return ['geometry is null; every feature needs a shape on the map'];
	const problems: string[] = [];
	const allowed = kind ? KIND_GEOMETRIES[kind] : undefined;
	if (allowed && !allowed.includes(geometry.type))
		problems.push(`kind "${kind}" needs a ${allowed.join(' or ')}, not a ${geometry.type}`);
	const parts = partsOf(geometry);
	if (parts.every((part) => part.positions.length === 0))
		return [...problems, `geometry is empty (${geometry.type} without coordinates)`];
	const emptyParts = parts.filter((part) => part.positions.length === 0);
	problems.push(...emptyParts.map((part) => `${part.name} is empty`));
	const positions = checkPositions(parts);
	problems.push(...positions.problems);
	// Shape checks on extra dimensions or impossible numbers would only echo the problem above.
	if (!positions.broken)
		problems.push(
			...checkLinesAndRings(parts),
			...checkAntimeridian(parts),
			...checkWinding(parts),
			...checkKinks(geometry)
		);
	return problems;
}
