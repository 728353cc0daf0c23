/**
 * The arrow head drawn at the end of each movement line, made in code (no sprite server).
 * Points up (north); the layer rotates it by the last segment's bearing. Pixel ratio 2.
 *
 * A signed-distance image, as MapLibre reads SDF icons (the edge at 0.75, falling by one
 * eighth per pixel outward), so `icon-color` tints it and `icon-halo-*` draws a clean rim
 * that separates the head from the fills below.
 */
export function arrowImage(size = 44): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	// An isoceles triangle: apex at the top centre, base near the bottom, a margin for the halo.
	const margin = 5;
	const apex: Point = [size / 2, margin];
	const left: Point = [margin + 1, size - margin];
	const right: Point = [size - margin - 1, size - margin];
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const p: Point = [x + 0.5, y + 0.5];
			const d = Math.min(
				segmentDistance(p, apex, left),
				segmentDistance(p, left, right),
				segmentDistance(p, right, apex)
			);
			const signed = inTriangle(p, apex, left, right) ? -d : d;
			const value = Math.round(255 * Math.min(1, Math.max(0, 0.75 - signed / 8)));
			const i = (y * size + x) * 4;
			data[i] = data[i + 1] = data[i + 2] = 255;
			data[i + 3] = value;
		}
	}
	return { width: size, height: size, data };
}

type Point = readonly [number, number];

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
	const side = (u: Point, v: Point) =>
		(v[0] - u[0]) * (p[1] - u[1]) - (v[1] - u[1]) * (p[0] - u[0]);
	const s1 = side(a, b);
	const s2 = side(b, c);
	const s3 = side(c, a);
	return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}
