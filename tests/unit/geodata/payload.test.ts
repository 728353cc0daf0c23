import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
	buildPayload,
	englishNamesOnly,
	encodePayload,
	labelPoint,
	OPEN_END,
	openingSlice,
	splitCards
} from '../../../src/lib/geodata/payload';
import { decodePayload } from '../../../src/lib/geodata/wire';
import { dateWindow } from '../../../src/lib/map/time';
import { existsIn } from '../../../src/lib/map/story-layers';
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
	it('names two clashes at one spot under one name once: the later only while the first is off the map', () => {
		const at = { type: 'Point' as const, coordinates: [133.85, 46.49] };
		const { layers } = buildPayload([
			createFeature(
				{
					id: 'late',
					kind: 'clash',
					'name:en': 'Zhenbao: the battle',
					start_date: '1969-03-15',
					end_date: '1969-03-17'
				},
				at
			),
			createFeature(
				{
					id: 'early',
					kind: 'clash',
					'name:en': 'Zhenbao: the clash',
					start_date: '1969-03-02',
					end_date: '1969-03-02'
				},
				at
			),
			createFeature(
				{
					id: 'elsewhere',
					kind: 'clash',
					'name:en': 'Zhenbao: the clash',
					start_date: '1969-03-20'
				},
				{ type: 'Point', coordinates: [134, 47] }
			)
		]);
		const byId = new Map(layers.clashes.features.map((f) => [f.properties.id, f.properties]));
		const early = byId.get('early')!;
		expect(byId.get('late')).toMatchObject({ twin_t0: early.t0, twin_t1: early.t1 });
		expect(early).not.toHaveProperty('twin_t0');
		expect(byId.get('elsewhere')).not.toHaveProperty('twin_t0');
		// The map's filter, in code: the later is named in a window without the first.
		const named = (p: Record<string, unknown>, [from, to]: [number, number]) =>
			!('twin_t0' in p) || Number(p.twin_t0) >= to || Number(p.twin_t1) <= from;
		expect(named(byId.get('late')!, dateWindow('1969-03-02', '1969-03-17'))).toBe(false);
		expect(named(byId.get('late')!, dateWindow('1969-03-16'))).toBe(true);
	});

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

	it('never stretches a feature into the next day by rounding its dates', () => {
		const { layers } = buildPayload([
			createFeature(
				{ id: 'handed-over', kind: 'railway', start_date: '1935-03-23', end_date: '1945-08-14' },
				{
					type: 'LineString',
					coordinates: [
						[117.4, 49.6],
						[126.6, 45.8]
					]
				}
			),
			createFeature(
				{ id: 'taken-over', kind: 'railway', start_date: '1945-08-15' },
				{
					type: 'LineString',
					coordinates: [
						[117.4, 49.6],
						[126.6, 45.8]
					]
				}
			)
		]);
		// The window of 15 August 1945, computed as the map computes it.
		const [from, to] = dateWindow('1945-08-15');
		const shown = layers.railways.features
			.filter((f) => existsIn(f.properties.t0 as number, f.properties.t1 as number, [from, to]))
			.map((f) => f.properties.id);
		expect(shown).toEqual(['taken-over']);
		const [from14, to14] = dateWindow('1945-08-14');
		const shown14 = layers.railways.features
			.filter((f) => existsIn(f.properties.t0 as number, f.properties.t1 as number, [from14, to14]))
			.map((f) => f.properties.id);
		expect(shown14).toEqual(['handed-over']);
	});

	it('names each movement once, halfway along it', () => {
		const { labels } = buildPayload([
			createFeature(
				{ id: 'm', kind: 'movement', control: 'soviet', 'name:en': 'Front: the long name' },
				{
					type: 'LineString',
					coordinates: [
						[120, 40],
						[122, 40]
					]
				}
			)
		]);
		const label = labels.features.find((f) => f.properties.kind === 'movement-label');
		expect((label?.geometry as GeoJSON.Point).coordinates[0]).toBeCloseTo(121, 1);
		expect(label?.properties['name:en']).toBe('Front: the long name');
	});

	it('labels each region once, inside it', () => {
		const { labels } = buildPayload([createFeature({ id: 'r', kind: 'region' }, cShape)]);
		expect(labels.features).toHaveLength(1);
		expect(labels.features[0].properties.kind).toBe('region-label');
		const point = labels.features[0].geometry as GeoJSON.Point;
		expect(booleanPointInPolygon(point.coordinates, cShape as GeoJSON.Polygon)).toBe(true);
	});
});

describe('splitCards', () => {
	it('takes the card texts out of the layers, and gives each back by id', () => {
		const full = buildPayload([
			createFeature(
				{
					id: 'zhenbao',
					kind: 'clash',
					description: 'Fighting on the Ussuri.',
					'description:ru': 'Бой на Уссури.',
					casualties: 'Dozens dead.',
					sources: ['Time, 1969']
				},
				{ type: 'Point', coordinates: [133.85, 46.49] }
			),
			createFeature({ id: 'harbin', kind: 'place' }, { type: 'Point', coordinates: [126.6, 45.8] })
		]);
		const { payload, cards } = splitCards(full);
		const wire = JSON.stringify(payload);
		for (const text of ['Fighting on the Ussuri.', 'Бой на Уссури.', 'Dozens dead.', 'Time, 1969'])
			expect(wire).not.toContain(text);
		expect(cards.zhenbao).toEqual({
			description: 'Fighting on the Ussuri.',
			'description:ru': 'Бой на Уссури.',
			casualties: 'Dozens dead.',
			sources: ['Time, 1969']
		});
		expect(cards.harbin).toEqual({ sources: ['test'] });
		// Put back together, a feature is what it was.
		const [clash] = payload.layers.clashes.features;
		expect({ ...clash.properties, ...cards.zhenbao }).toEqual(
			full.layers.clashes.features[0].properties
		);
	});
});

describe('openingSlice', () => {
	const full = buildPayload([
		createFeature(
			{ id: 'cer', kind: 'railway', start_date: '1903', end_date: '1935-03-23' },
			{
				type: 'LineString',
				coordinates: [
					[117.4, 49.6],
					[126.6, 45.8]
				]
			}
		),
		createFeature(
			{ id: 'zhenbao', kind: 'clash', start_date: '1969-03-02', end_date: '1969-03-17' },
			{ type: 'Point', coordinates: [133.85, 46.49] }
		),
		createFeature(
			{ id: 'urga-1921', kind: 'event', start_date: '1921-07', end_date: '1921-07' },
			{ type: 'Point', coordinates: [106.9, 47.9] }
		)
	]);
	const ids = (p: ReturnType<typeof openingSlice>) =>
		Object.values(p.layers).flatMap((c) => c.features.map((f) => f.properties.id));

	it('keeps what exists in the window, as the map tests it, and drops the rest', () => {
		const window = dateWindow('1929');
		const slice = openingSlice(full, window);
		expect(ids(slice)).toEqual(['cer']);
		for (const f of Object.values(full.layers).flatMap((c) => c.features)) {
			const kept = ids(slice).includes(f.properties.id);
			expect(kept, String(f.properties.id)).toBe(
				existsIn(Number(f.properties.t0), Number(f.properties.t1), window)
			);
		}
	});

	it('takes a dropped feature’s label points along with it', () => {
		const labelled = (p: ReturnType<typeof openingSlice>) =>
			p.labels.features.map((f) => f.properties.id);
		expect(labelled(openingSlice(full, dateWindow('1969')))).not.toContain('cer');
		expect(ids(openingSlice(full, dateWindow('1921', '1969')))).toEqual([
			'cer',
			'zhenbao',
			'urga-1921'
		]);
	});

	it('keeps the features it is asked to keep, whatever their dates, with their labels', () => {
		const slice = openingSlice(full, dateWindow('1917'), new Set(['zhenbao']));
		expect(ids(slice)).toEqual(['cer', 'zhenbao']);
		expect(slice.labels.features.map((f) => f.properties.id)).not.toContain('urga-1921');
	});

	it('survives the wire like the whole payload', () => {
		const slice = openingSlice(full, dateWindow('1969'));
		const back = decodePayload(JSON.parse(JSON.stringify(encodePayload(slice))));
		expect(ids(back)).toEqual(['zhenbao']);
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

/** A square from (x, y) to (x + size, y + size). */
const square = (x: number, y: number, size = 2): GeoJSON.Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

const state = (id: string, props: Partial<StoryFeature['properties']>, geometry: GeoJSON.Polygon) =>
	createFeature({ id, kind: 'state', 'name:zh': '国', 'name:ru': 'Гос', ...props }, geometry);

describe('the states in the payload', () => {
	// West and East share the edge x = 2; East gives way to Later, which shares it too.
	const west = state('west', { 'name:en': 'West', start_date: '1917' }, square(0, 0));
	const east = state(
		'east',
		{ 'name:en': 'East', start_date: '1917', end_date: '1944' },
		square(2, 0)
	);
	const later = state('later', { 'name:en': 'Later', start_date: '1945' }, square(2, 0));

	it('labels each state once, with its rank', () => {
		const { labels } = buildPayload([state('w', { rank: 1 }, square(0, 0))]);
		expect(labels.features.map((f) => [f.properties.kind, f.properties.rank])).toEqual([
			['state-label', 1]
		]);
	});

	it('puts a state’s name where a region of the same name is labelled, so the map keeps one', () => {
		const region = createFeature({ id: 'r', kind: 'region', 'name:en': 'West' }, cShape);
		const wide = state('w', { 'name:en': 'West' }, square(0, 0, 10));
		const { labels } = buildPayload([region, wide]);
		const [regionLabel, stateLabel] = ['region-label', 'state-label'].map(
			(kind) => labels.features.find((f) => f.properties.kind === kind)!.geometry
		);
		expect(stateLabel).toEqual(regionLabel);
	});

	it('draws a border along the edge two states share while both exist, and none on coasts', () => {
		const { borders } = buildPayload([west, east, later]);
		expect(borders.features).toHaveLength(2);
		const [first, second] = borders.features;
		expect(first.geometry).toEqual({
			type: 'MultiLineString',
			coordinates: [
				[
					[2, 0],
					[2, 2]
				]
			]
		});
		expect([first.properties.t0, first.properties.t1]).toEqual([1917, 1945]);
		expect([second.properties.t0, second.properties.t1]).toEqual([1945, OPEN_END]);
		expect(first.properties.kind).toBe('state-border');
	});

	it('draws no border between two states that never exist at once', () => {
		const { borders } = buildPayload([east, later]);
		expect(borders.features).toEqual([]);
	});

	it('travels as a topology and comes back as the same features', () => {
		const payload = buildPayload([west, east, later]);
		const wire = JSON.parse(JSON.stringify(encodePayload(payload)));
		expect(wire.layers.states).toBeUndefined();
		expect(wire.shapes.type).toBe('Topology');
		const back = decodePayload(wire);
		expect(back.layers.states.features.map((f) => f.properties)).toEqual(
			payload.layers.states.features.map((f) => f.properties)
		);
		expect(back.borders.features.map((f) => f.properties)).toEqual(
			payload.borders.features.map((f) => f.properties)
		);
		const [x] = (back.layers.states.features[1].geometry as GeoJSON.Polygon).coordinates[0][0];
		expect(x).toBeCloseTo(2, 3);
	});

	it('decodes a payload without states to an empty layer', () => {
		const { shapes, ...bare } = encodePayload(buildPayload([]));
		expect(shapes).toBeDefined();
		expect(decodePayload(bare).layers.states.features).toEqual([]);
	});
});

describe('englishNamesOnly', () => {
	const full = buildPayload([
		createFeature(
			{
				id: 'urga',
				kind: 'place',
				'name:en': 'Urga',
				'name:zh': '库伦',
				'name:ru': 'Урга',
				start_date: '1917'
			},
			{ type: 'Point', coordinates: [106.9, 47.9] }
		)
	]);

	it('keeps English names and everything else, and drops the other languages', () => {
		const [place] = englishNamesOnly(full).layers.places.features;
		expect(place.properties['name:en']).toBe('Urga');
		expect(place.properties).not.toHaveProperty('name:zh');
		expect(place.properties).not.toHaveProperty('name:ru');
		expect(place.properties.id).toBe('urga');
		expect(place.geometry).toEqual(full.layers.places.features[0].geometry);
		// The input is left as it was: the whole data keeps every language.
		expect(full.layers.places.features[0].properties['name:zh']).toBe('库伦');
	});
});
