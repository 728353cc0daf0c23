import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildPayload, labelPoint, OPEN_END } from '../../../src/lib/geodata/payload';
import type { StoryFeature } from '../../../src/lib/geodata/types';

function createFeature(
	props: Partial<StoryFeature['properties']>,
	geometry: StoryFeature['geometry']
): StoryFeature {
	return {
		type: 'Feature',
		geometry,
		properties: {
			id: 'x',
			kind: 'event',
			'name:en': 'X',
			start_date: '1929',
			sources: ['test'],
			precision: 'exact',
			...props
		}
	};
}

/** A C-shaped region whose centre of mass lies outside it. */
const cShape: StoryFeature['geometry'] = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[10, 0],
			[10, 2],
			[2, 2],
			[2, 8],
			[10, 8],
			[10, 10],
			[0, 10],
			[0, 0]
		]
	]
};

describe('buildPayload', () => {
	it('stamps each feature with decimal start and end years, open-ended past 1991', () => {
		const { layers } = buildPayload([
			createFeature(
				{ id: 'a', start_date: '1969-03-02', end_date: '1969-03-02' },
				{ type: 'Point', coordinates: [133.85, 46.49] }
			),
			createFeature(
				{ id: 'b', kind: 'place', start_date: '1917' },
				{ type: 'Point', coordinates: [126.6, 45.8] }
			)
		]);
		const [a] = layers.events.features;
		expect(a.properties.t0).toBeCloseTo(1969 + 60 / 365, 3);
		expect((a.properties.t1 as number) - (a.properties.t0 as number)).toBeCloseTo(1 / 365, 3);
		expect(layers.places.features[0].properties.t1).toBe(OPEN_END);
	});

	it('puts an arrow head at the end of each movement, turned along its last segment', () => {
		const { heads } = buildPayload([
			createFeature(
				{ id: 'm', kind: 'movement', control: 'soviet' },
				{
					type: 'LineString',
					coordinates: [
						[120, 40],
						[121, 41],
						[121, 43]
					]
				}
			)
		]);
		expect(heads.features[0].geometry).toEqual({ type: 'Point', coordinates: [121, 43] });
		expect(heads.features[0].properties.bearing).toBeCloseTo(0, 1);
		expect(heads.features[0].properties.kind).toBe('movement-head');
	});

	it('labels each region once, inside it', () => {
		const { labels } = buildPayload([createFeature({ id: 'r', kind: 'region' }, cShape)]);
		expect(labels.features).toHaveLength(1);
		expect(labels.features[0].properties.kind).toBe('region-label');
		const point = labels.features[0].geometry as GeoJSON.Point;
		expect(booleanPointInPolygon(point.coordinates, cShape as GeoJSON.Polygon)).toBe(true);
	});
});

describe('labelPoint', () => {
	it('uses the largest part of a multipolygon', () => {
		const small = [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			]
		];
		const large = [
			[
				[10, 10],
				[20, 10],
				[20, 20],
				[10, 20],
				[10, 10]
			]
		];
		const p = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
		expect(p![0]).toBeGreaterThan(10);
		expect(p![1]).toBeGreaterThan(10);
	});

	it('returns null for geometry that is not a region', () => {
		expect(labelPoint({ type: 'Point', coordinates: [0, 0] })).toBeNull();
	});
});
