/**
 * The map's icons, made in code (no sprite server), as signed-distance images: MapLibre reads an
 * SDF icon's edge at 0.75, falling by one eighth per pixel outward, so `icon-color` tints it and
 * `icon-halo-*` draws a clean rim around it. Pixel ratio 2.
 */
type Image = { width: number; height: number; data: Uint8Array };

/** Writes a signed distance (negative inside, in pixels) into an SDF image. */
function sdf(size: number, signed: (x: number, y: number) => number): Image {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const value = Math.round(255 * Math.min(1, Math.max(0, 0.75 - signed(x + 0.5, y + 0.5) / 8)));
			const i = (y * size + x) * 4;
			data[i] = data[i + 1] = data[i + 2] = 255;
			data[i + 3] = value;
		}
	}
	return { width: size, height: size, data };
}

/**
 * A town's dot, drawn with its name by the name's own symbol layer, so a dot whose name cannot
 * be placed is not drawn either (`icon-size` 1 is 8 px across).
 */
export function dotImage(size = 32): Image {
	const radius = 8;
	return sdf(size, (x, y) => Math.hypot(x - size / 2, y - size / 2) - radius);
}

/**
 * The arrow head drawn at the end of each movement line. Points up (north); the layer rotates
 * it by the last segment's bearing.
 */
export function arrowImage(size = 44): Image {
	// An isoceles triangle: apex at the top centre, base near the bottom, a margin for the halo.
	const margin = 5;
	const apex: Point = [size / 2, margin];
	const left: Point = [margin + 1, size - margin];
	const right: Point = [size - margin - 1, size - margin];
	return sdf(size, (x, y) => {
		const p: Point = [x, y];
		const d = Math.min(
			segmentDistance(p, apex, left),
			segmentDistance(p, left, right),
			segmentDistance(p, right, apex)
		);
		return inTriangle(p, apex, left, right) ? -d : d;
	});
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
