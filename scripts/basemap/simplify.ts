/**
 * Douglas–Peucker line simplification measured in Web Mercator, so one tolerance means the same
 * on-screen error at every latitude (MapLibre draws in Web Mercator; degrees would over-simplify
 * the south and under-simplify the north of a map that spans 12°N to 66°N).
 */
import type { Position } from 'geojson';

/** Latitude in degrees → Web Mercator y, in "degrees" so it compares with longitude. */
export function mercatorY(lat: number): number {
	const phi = (lat * Math.PI) / 180;
	return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

/** Squared distance from p to the segment a–b, all in Mercator space. */
function segmentDistanceSq(p: Position, a: Position, b: Position): number {
	const [px, py] = [p[0], mercatorY(p[1])];
	const [ax, ay] = [a[0], mercatorY(a[1])];
	const [bx, by] = [b[0], mercatorY(b[1])];
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSq = dx * dx + dy * dy;
	const t =
		lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
	const ex = px - (ax + t * dx);
	const ey = py - (ay + t * dy);
	return ex * ex + ey * ey;
}

/** A tolerance that may vary with position: fine where the story looks, coarse far away. */
export type Tolerance = number | ((point: Position) => number);

/**
 * Marks the points to keep between first and last (iterative, so long arcs cannot overflow).
 * With a varying tolerance the point that most exceeds its own tolerance is kept first.
 */
function markKept(points: Position[], tolerance: Tolerance, keep: boolean[]): void {
	const toleranceAt = typeof tolerance === 'number' ? () => tolerance : tolerance;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let maxRatio = 1;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const t = toleranceAt(points[i]);
			const ratio = segmentDistanceSq(points[i], points[first], points[last]) / (t * t);
			if (ratio > maxRatio) [maxRatio, index] = [ratio, i];
		}
		if (index >= 0) {
			keep[index] = true;
			stack.push([first, index], [index, last]);
		}
	}
}

/**
 * Simplifies an open line, keeping both ends (arcs of a topology must keep their end points so
 * that neighbouring arcs still meet).
 * @example simplifyLine([[0,0],[1,0.001],[2,0]], 0.01) // → [[0,0],[2,0]]
 */
export function simplifyLine(points: Position[], tolerance: Tolerance): Position[] {
	if (points.length <= 2) return points;
	const keep = points.map((_, i) => i === 0 || i === points.length - 1);
	markKept(points, tolerance, keep);
	return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a closed ring (first point = last point): split at the point farthest from the start,
 * so the two halves are open lines and the ring cannot collapse to a segment.
 */
export function simplifyRing(points: Position[], tolerance: Tolerance): Position[] {
	if (points.length <= 4) return points;
	let far = 1;
	let farSq = 0;
	for (let i = 1; i < points.length - 1; i++) {
		const d = segmentDistanceSq(points[i], points[0], points[0]);
		if (d > farSq) [farSq, far] = [d, i];
	}
	const head = simplifyLine(points.slice(0, far + 1), tolerance);
	const tail = simplifyLine(points.slice(far), tolerance);
	return [...head, ...tail.slice(1)];
}
