/**
 * Small geometry helpers for the hand-traced water features: smoothing a polyline through
 * sourced anchors, slicing a border line between two anchors, and drawing an ellipse from a
 * lake's published centre, length and width.
 */
import type { Position } from 'geojson';
import { destination, lineString, nearestPointOnLine, point } from '@turf/turf';

/**
 * Centripetal Catmull–Rom spline through every anchor (it passes through them, unlike Chaikin,
 * and does not loop or overshoot like a uniform spline). `closed` joins the last to the first.
 * @example catmullRom([[0,0],[1,1],[2,0]], 4).length // 9
 */
export function catmullRom(points: Position[], steps: number, closed = false): Position[] {
	if (points.length < 3) return points;
	const n = points.length;
	const at = (i: number) =>
		closed ? points[(i + n) % n] : points[Math.max(0, Math.min(n - 1, i))];
	const spans = closed ? n : n - 1;
	const out: Position[] = [];
	for (let i = 0; i < spans; i++) {
		const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
		for (let s = 0; s < steps; s++) out.push(centripetal(p0, p1, p2, p3, s / steps));
	}
	out.push(closed ? out[0] : points[n - 1]);
	return out;
}

function knot(t: number, a: Position, b: Position): number {
	return t + Math.sqrt(Math.hypot(b[0] - a[0], b[1] - a[1])) || t + 1e-9;
}

/** One point of the centripetal Catmull–Rom segment p1→p2 (Barry–Goldman evaluation). */
function centripetal(p0: Position, p1: Position, p2: Position, p3: Position, u: number): Position {
	const t0 = 0;
	const t1 = knot(t0, p0, p1);
	const t2 = knot(t1, p1, p2);
	const t3 = knot(t2, p2, p3);
	const t = t1 + (t2 - t1) * u;
	const lerp = (a: Position, b: Position, ta: number, tb: number): Position => {
		const w = tb === ta ? 0 : (t - ta) / (tb - ta);
		return [a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w];
	};
	const a1 = lerp(p0, p1, t0, t1);
	const a2 = lerp(p1, p2, t1, t2);
	const a3 = lerp(p2, p3, t2, t3);
	const b1 = lerp(a1, a2, t0, t2);
	const b2 = lerp(a2, a3, t1, t3);
	return lerp(b1, b2, t1, t2);
}

/** Index of the vertex of `line` nearest to `target` (planar; good enough at this scale). */
function nearestIndex(line: Position[], target: Position): number {
	// turf gives the start of the nearest *segment*; its far end may be the nearer vertex.
	const i = nearestPointOnLine(lineString(line), point(target)).properties.index ?? 0;
	if (i + 1 >= line.length) return i;
	const d2 = (p: Position) => (p[0] - target[0]) ** 2 + (p[1] - target[1]) ** 2;
	return d2(line[i + 1]) < d2(line[i]) ? i + 1 : i;
}

/**
 * The part of a border line between the vertices nearest to two anchors, oriented from the
 * first anchor to the second (a river's downstream direction).
 */
export function sliceBetween(line: Position[], from: Position, to: Position): Position[] {
	const i = nearestIndex(line, from);
	const j = nearestIndex(line, to);
	const part = line.slice(Math.min(i, j), Math.max(i, j) + 1);
	return i <= j ? part : part.reverse();
}

/** The line (of several) that passes nearest to a point. */
export function lineNearest(lines: Position[][], target: Position): Position[] {
	let best = lines[0];
	let bestDistance = Infinity;
	for (const line of lines) {
		if (line.length < 2) continue;
		const d = nearestPointOnLine(lineString(line), point(target)).properties.dist ?? Infinity;
		if (d < bestDistance) [best, bestDistance] = [line, d];
	}
	return best;
}

/**
 * A closed ellipse ring: centre, full length and width in km, axis bearing in degrees from north.
 * Used for lakes known by centre and dimensions only (honestly marked `approximate`).
 */
export function ellipse(
	center: Position,
	lengthKm: number,
	widthKm: number,
	bearing: number,
	steps = 48
): Position[] {
	const ring: Position[] = [];
	for (let s = 0; s < steps; s++) {
		const a = (2 * Math.PI * s) / steps;
		const along = (lengthKm / 2) * Math.cos(a);
		const across = (widthKm / 2) * Math.sin(a);
		const r = Math.hypot(along, across);
		const angle = bearing + (Math.atan2(across, along) * 180) / Math.PI;
		ring.push(destination(point(center), r, angle, { units: 'kilometers' }).geometry.coordinates);
	}
	ring.push(ring[0]);
	return ring;
}

/** A point moved north by some kilometres (to sketch the far shore of a narrow lake basin). */
export function northOf(p: Position, km: number): Position {
	return destination(point(p), km, 0, { units: 'kilometers' }).geometry.coordinates;
}
