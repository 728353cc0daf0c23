import { length, lineString } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { drawnFraction } from '../../../src/lib/map/drawing';
import { drawing } from '../../../src/lib/map/slice';
import { OPEN_END } from '../../../src/lib/geodata/types';
import { dateWindow } from '../../../src/lib/map/time';

const end = (date: string) => dateWindow(date)[1];
const front = {
	kind: 'movement',
	t0: dateWindow('1945-08-09')[0],
	t1: end('1945-09-02')
};

describe('drawnFraction', () => {
	it('draws a front as far as its dates have run at the window’s end', () => {
		expect(drawnFraction(front, end('1945-08-08'), null)).toBe(0);
		const mid = drawnFraction(front, end('1945-08-20'), null);
		expect(mid).toBeGreaterThan(0.4);
		expect(mid).toBeLessThan(0.55);
		expect(drawnFraction(front, end('1945-09-02'), null)).toBe(1);
		expect(drawnFraction(front, end('1950'), null)).toBe(1);
	});

	it('draws a railway that opens between two stops as the date comes to the later one', () => {
		const turksib = { kind: 'railway', t0: 1930.9, t1: OPEN_END };
		const transition = [1930, 1935] as const;
		expect(drawnFraction(turksib, 1930.5, transition)).toBe(0);
		expect(drawnFraction(turksib, 1932.95, transition)).toBeCloseTo(0.5, 5);
		expect(drawnFraction(turksib, 1935, transition)).toBe(1);
		// Scrolling back draws it back the same way: a function of the date alone.
		expect(drawnFraction(turksib, 1932.95, [1935, 1930])).toBeCloseTo(0.5, 5);
		// A railway older than the stop the date left is whole.
		expect(drawnFraction({ ...turksib, t0: 1925 }, 1932, transition)).toBe(1);
		// At a stop (no transition), whole.
		expect(drawnFraction(turksib, 1932, null)).toBe(1);
	});
});

describe('drawing', () => {
	const line = (id: string, coordinates: number[][], props: Record<string, unknown>) =>
		({
			type: 'Feature',
			geometry: { type: 'LineString', coordinates },
			properties: { id, ...props }
		}) as Feature<Geometry, Record<string, unknown>>;
	const coords = [
		[115, 48],
		[120, 46],
		[125, 44]
	];

	it('gives the part drawn, a head at its end pointing on, and the name halfway along it', () => {
		const { ids, collection } = drawing([line('f', coords, front)], end('1945-08-20'), null);
		expect(ids).toEqual(['f']);
		const [part, label, head] = collection.features;
		const whole = length(lineString(coords));
		const drawn = length(part.geometry as never);
		expect(drawn / whole).toBeCloseTo(drawnFraction(front, end('1945-08-20'), null), 2);
		expect(label.properties).toMatchObject({ id: 'f', kind: 'movement-label' });
		expect(head.properties).toMatchObject({ id: 'f', kind: 'movement-head' });
		const tip = (part.geometry as { coordinates: number[][] }).coordinates.at(-1);
		expect((head.geometry as { coordinates: number[] }).coordinates).toEqual(tip);
		// Heading south-east, as the line does.
		expect(head.properties!.bearing).toBeGreaterThan(90);
		expect(head.properties!.bearing).toBeLessThan(135);
	});

	it('leaves whole lines and lines not begun to the story source', () => {
		const { ids, collection } = drawing(
			[line('done', coords, front), line('later', coords, { ...front, t0: 1950 })],
			end('1945-09-30'),
			null
		);
		expect(ids).toEqual([]);
		expect(collection.features).toEqual([]);
	});

	it('fades in an area that begins between two views, by how far the date has come', () => {
		const area = {
			type: 'Feature',
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				]
			},
			properties: { id: 'etr', kind: 'region', t0: 1944.9, t1: 1949.9 }
		} as Feature<Geometry, Record<string, unknown>>;
		const during = drawing([], 1947.45, [1940, 1950], [area]);
		expect(during.ids).toEqual(['etr']);
		expect(during.collection.features[0].properties!.fade).toBeCloseTo(0.5, 5);
		// At a view (no transition) an area is simply there.
		expect(drawing([], 1947.45, null, [area]).ids).toEqual([]);
	});
});
