/**
 * Behaviour of the validator beyond the fixture folders: the result's shape, robustness
 * against any input, the report format and the small helpers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimalsOf } from '../../../src/lib/server/check-geometry';
import { ALLOWED_PROPERTIES } from '../../../src/lib/geodata/schema/feature';
import { suggestKey } from '../../../src/lib/geodata/schema/issues';
import {
	formatProblems,
	readGeodataDir,
	validateGeodata,
	type GeodataInput
} from '../../../src/lib/server/geodata';

/** A valid place feature; override properties or geometry per test. */
function createPlace(props: Record<string, unknown> = {}, coordinates = [126.63, 45.75]) {
	return {
		type: 'Feature',
		properties: {
			id: 'harbin',
			kind: 'place',
			'name:en': 'Harbin',
			'name:zh': '哈尔滨',
			'name:ru': 'Харбин',
			start_date: '1898',
			sources: ['Test'],
			precision: 'exact',
			...props
		},
		geometry: { type: 'Point', coordinates }
	};
}

const input = (file: string, ...features: unknown[]): GeodataInput => ({
	file,
	text: JSON.stringify({ type: 'FeatureCollection', features })
});

describe('validateGeodata', () => {
	it('returns parsed collections by file and features by id', () => {
		const result = validateGeodata([input('places.geojson', createPlace())]);
		expect(result.problems).toEqual([]);
		expect(Object.keys(result.collections)).toEqual(['places.geojson']);
		expect(result.features.get('harbin')?.properties['name:ru']).toBe('Харбин');
	});

	it('reports a validation run with no files, so an empty geodata/ cannot pass the build', () => {
		expect(validateGeodata([]).problems).toEqual([
			{ file: '', feature: '', message: 'no .geojson files to validate' }
		]);
	});

	it('keeps going after a broken file and reports every file', () => {
		const { problems, collections } = validateGeodata([
			{ file: 'events.geojson', text: '{' },
			input('places.geojson', createPlace({ precision: 'rough' }))
		]);
		expect(problems.map((p) => p.file)).toEqual(['events.geojson', 'places.geojson']);
		expect(Object.keys(collections)).toEqual(['places.geojson']);
	});

	it('names both places for an id used twice, and indexes the first', () => {
		const { problems, features } = validateGeodata([
			input('places.geojson', createPlace()),
			input('events.geojson', {
				...createPlace({ kind: 'event' }),
				geometry: { type: 'Point', coordinates: [1, 2] }
			})
		]);
		expect(problems).toEqual([
			{
				file: 'events.geojson',
				feature: 'harbin',
				message: 'duplicate id: also used in places.geojson (feature #0)'
			}
		]);
		expect(features.get('harbin')?.geometry).toEqual({
			type: 'Point',
			coordinates: [126.63, 45.75]
		});
	});

	it('accepts a date range within one year and rejects an inverted one', () => {
		const ok = createPlace({ start_date: '1945-08', end_date: '1945' });
		const bad = createPlace({ id: 'b', start_date: '1945-08-09', end_date: '1945-07' });
		const { problems } = validateGeodata([input('places.geojson', ok, bad)]);
		expect(problems.map((p) => p.message)).toEqual([
			'end_date 1945-07 is before start_date 1945-08-09'
		]);
	});

	it.each([
		'null',
		'42',
		'"text"',
		'[]',
		'{}',
		'{"type":"FeatureCollection","features":[null,1,"x",[],{}]}',
		'{"type":"FeatureCollection","features":[{"type":"Feature","properties":[],"geometry":{"type":"Polygon","coordinates":[[null]]}}]}',
		'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":[]}}]}',
		'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","kind":"region"},"geometry":{"type":"MultiPolygon","coordinates":[[]]}}]}',
		'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Point","coordinates":[1e999,0]}}]}'
	])('never throws, and reports something, for %s', (text) => {
		const { problems } = validateGeodata([{ file: 'regions.geojson', text }]);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) {
			expect(p.file).toBe('regions.geojson');
			expect(p.message).not.toMatch(/\n\s+at /);
		}
	});
});

describe('formatProblems', () => {
	it('prints one line per problem: file › feature: message', () => {
		const text = formatProblems([
			{
				file: 'regions.geojson',
				feature: 'manchukuo',
				message: 'end_date 1931 is before start_date 1932'
			},
			{ file: 'places.geojson', feature: '#3', message: 'id is missing' }
		]);
		expect(text).toBe(
			'regions.geojson › manchukuo: end_date 1931 is before start_date 1932\n' +
				'places.geojson › #3: id is missing'
		);
	});

	it('leaves out the feature for a problem with the whole file', () => {
		expect(formatProblems([{ file: 'a.geojson', feature: '', message: 'not valid JSON' }])).toBe(
			'a.geojson: not valid JSON'
		);
	});

	it('prints nothing for no problems', () => {
		expect(formatProblems([])).toBe('');
	});
});

describe('readGeodataDir', () => {
	it('reads only *.geojson, sorted by name, with basenames', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
		try {
			for (const f of ['places.geojson', 'events.geojson', 'README.md', 'regions.json'])
				writeFileSync(join(dir, f), f);
			const inputs = await readGeodataDir(dir);
			expect(inputs).toEqual([
				{ file: 'events.geojson', text: 'events.geojson' },
				{ file: 'places.geojson', text: 'places.geojson' }
			]);
		} finally {
			rmSync(dir, { recursive: true });
		}
	});
});

describe('helpers', () => {
	it.each([
		[126, 0],
		[126.5, 1],
		[126.123456, 6],
		[126.1234567, 7],
		[1e-7, 7],
		[1.5e-7, 8],
		[-0.000001, 6]
	])('decimalsOf(%d) = %d', (n, d) => expect(decimalsOf(n)).toBe(d));

	it.each([
		['name_en', 'name:en'],
		['NAME:ZH', 'name:zh'],
		['start-date', 'start_date'],
		['source', 'sources'],
		['lenght_km', 'length_km'],
		['colour', undefined]
	])('suggests %s → %s', (typo, key) => expect(suggestKey(typo, ALLOWED_PROPERTIES)).toBe(key));
});

describe('geometry messages', () => {
	/** A region whose MultiPolygon has `n` clockwise unit squares. */
	function createClockwiseRegion(n: number) {
		const square = (x: number) => [
			[
				[x, 0],
				[x, 1],
				[x + 1, 1],
				[x + 1, 0],
				[x, 0]
			]
		];
		return {
			...createPlace({ kind: 'region' }),
			geometry: {
				type: 'MultiPolygon',
				coordinates: Array.from({ length: n }, (_, i) => square(i * 2))
			}
		};
	}

	it('sums up many rings with the same fault in one message', () => {
		const { problems } = validateGeodata([input('regions.geojson', createClockwiseRegion(5))]);
		expect(problems.map((p) => p.message)).toEqual([
			'polygon 0 outer ring, polygon 1 outer ring, polygon 2 outer ring and 2 more are clockwise; RFC 7946 wants outer rings counter-clockwise (turf.rewind)'
		]);
	});

	it('lists two faulty rings by name', () => {
		const { problems } = validateGeodata([input('regions.geojson', createClockwiseRegion(2))]);
		expect(problems[0].message).toMatch(
			/^polygon 0 outer ring and polygon 1 outer ring are clockwise/
		);
	});
});
