/**
 * The arrow head drawn at the end of each movement line, made in code (no sprite server).
 * Points up (north); the layer rotates it by the last segment's bearing. Pixel ratio 2.
 */
export function arrowImage(size = 36): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const half = size / 2;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// A filled isoceles triangle: apex at the top centre, base along the bottom.
			const t = y / (size - 1);
			const inside = Math.abs(x + 0.5 - half) <= t * half * 0.9 && y > 2;
			if (!inside) continue;
			const i = (y * size + x) * 4;
			data[i] = 255;
			data[i + 1] = 255;
			data[i + 2] = 255;
			data[i + 3] = 255;
		}
	}
	return { width: size, height: size, data };
}
