/** Douglas–Peucker in Web Mercator (scripts/basemap/simplify.ts) on tiny hand-made lines. */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { mercatorY, simplifyLine, simplifyRing } from '../../../scripts/basemap/simplify';

/** A gently wavy line along a parallel: `count` points, wiggling by `amplitude` degrees. */
function createWavyLine(count: number, amplitude: number, lat = 0): Position[] {
	return Array.from({ length: count }, (_, i) => [i * 0.1, lat + (i % 2 ? amplitude : 0)]);
}

/** A square ring of side 1° with `perSide` near-collinear points on every side. */
function createSquareRing(perSide: number): Position[] {
	const side = (from: Position, to: Position) =>
		Array.from({ length: perSide }, (_, i): Position => {
			const t = i / perSide;
			return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
		});
	return [
		...side([10, 10], [11, 10]),
		...side([11, 10], [11, 11]),
		...side([11, 11], [10, 11]),
		...side([10, 11], [10, 10]),
		[10, 10]
	];
}

describe('mercatorY', () => {
	it('is 0 at the equator and 180 at the edge of the Web Mercator world', () => {
		expect(mercatorY(0)).toBeCloseTo(0, 9);
		expect(mercatorY(85.0511287798)).toBeCloseTo(180, 6);
	});
});

describe('simplifyLine', () => {
	it('keeps the first and last point', () => {
		const line = createWavyLine(21, 0.001);
		const simple = simplifyLine(line, 0.01);
		expect(simple[0]).toEqual(line[0]);
		expect(simple.at(-1)).toEqual(line.at(-1));
	});

	it('drops wiggles smaller than the tolerance', () => {
		expect(simplifyLine(createWavyLine(21, 0.001), 0.01)).toHaveLength(2);
	});

	it('keeps a bend larger than the tolerance', () => {
		const line: Position[] = [
			[0, 0],
			[1, 0.001],
			[2, 0.5],
			[3, 0.001],
			[4, 0]
		];
		expect(simplifyLine(line, 0.01)).toContainEqual([2, 0.5]);
	});

	it('never adds points, and returns only points of the input', () => {
		const line = createWavyLine(40, 0.05);
		const simple = simplifyLine(line, 0.02);
		expect(simple.length).toBeLessThanOrEqual(line.length);
		expect(simple.every((p) => line.includes(p))).toBe(true);
	});

	it('leaves a line of two points alone', () => {
		const line: Position[] = [
			[0, 0],
			[5, 5]
		];
		expect(simplifyLine(line, 10)).toEqual(line);
	});

	it('measures in Mercator: the same wiggle survives at 60°N but not at the equator', () => {
		// 0.01° of latitude is ~0.01 Mercator units at the equator and ~0.02 at 60°N.
		expect(simplifyLine(createWavyLine(3, 0.01, 0), 0.015)).toHaveLength(2);
		expect(simplifyLine(createWavyLine(3, 0.01, 60), 0.015)).toHaveLength(3);
	});

	it('applies a tolerance that varies with position', () => {
		const line = createWavyLine(41, 0.02);
		const fineInTheWest = (p: Position) => (p[0] < 2 ? 0.001 : 1);
		const simple = simplifyLine(line, fineInTheWest);
		expect(simple.filter((p) => p[0] < 2).length).toBeGreaterThan(10);
		expect(simple.filter((p) => p[0] > 2.1).length).toBeLessThanOrEqual(1);
	});
});

describe('simplifyRing', () => {
	it('keeps the ring closed', () => {
		const simple = simplifyRing(createSquareRing(10), 0.01);
		expect(simple[0]).toEqual(simple.at(-1));
	});

	it('reduces near-collinear sides to the corners without collapsing the ring', () => {
		const simple = simplifyRing(createSquareRing(10), 0.01);
		expect(simple).toHaveLength(5);
		for (const corner of [
			[10, 10],
			[11, 10],
			[11, 11],
			[10, 11]
		]) {
			expect(simple).toContainEqual(corner);
		}
	});

	it('stays a polygon ring when the tolerance is below the ring size', () => {
		const simple = simplifyRing(createSquareRing(10), 0.5);
		expect(simple.length).toBeGreaterThanOrEqual(4);
		expect(new Set(simple.map((p) => p.join())).size).toBeGreaterThanOrEqual(3);
	});

	it('leaves a ring of four positions (a triangle) alone', () => {
		const triangle: Position[] = [
			[0, 0],
			[1, 0],
			[0, 1],
			[0, 0]
		];
		expect(simplifyRing(triangle, 100)).toEqual(triangle);
	});
});
