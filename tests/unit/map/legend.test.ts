import { describe, expect, it } from 'vitest';
import type { StoryPayload } from '../../../src/lib/geodata/payload';
import { LAYER_IDS, type LayerId } from '../../../src/lib/geodata/types';
import { countOnShow, legendGroups, onShow } from '../../../src/lib/map/legend';
import { CONTROL_COLORS, STORY_LAYERS } from '../../../src/lib/map/story-layers';

/** A payload holding, per group, features stamped with a control and a [t0, t1) span. */
function createPayload(
	features: Partial<Record<LayerId, { control?: string; t0: number; t1: number }[]>>
): StoryPayload {
	const empty = { type: 'FeatureCollection' as const, features: [] };
	const layers = Object.fromEntries(
		LAYER_IDS.map((group) => [
			group,
			{
				type: 'FeatureCollection',
				features: (features[group] ?? []).map((properties, i) => ({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [0, 0] },
					properties: { id: `${group}-${i}`, ...properties }
				}))
			}
		])
	) as unknown as StoryPayload['layers'];
	return { layers, heads: empty, labels: empty, borders: empty };
}

const payload = createPayload({
	railways: [
		{ control: 'russia', t0: 1903, t1: 1920.75 },
		{ control: 'joint', t0: 1924.4, t1: 1935.2 },
		{ control: 'soviet', t0: 1922.9, t1: 9999 },
		{ t0: 1925, t1: 1930 }
	],
	regions: [{ control: 'tuva', t0: 1921.6, t1: 1944.8 }]
});

describe('onShow', () => {
	it('lists the controls of the features that exist in the window, null for none named', () => {
		const shown = onShow(payload, [1929, 1930]);
		expect(shown.get('railways')).toEqual(new Set(['joint', 'soviet', null]));
		expect(shown.get('regions')).toEqual(new Set(['tuva']));
		expect(shown.get('clashes')).toEqual(new Set());
	});

	it('uses the map’s time test: a feature ending as the window opens is not on show', () => {
		expect(onShow(payload, [1935.2, 1936]).get('railways')).toEqual(new Set(['soviet']));
	});
});

describe('onShow for the states', () => {
	const states = createPayload({
		states: [
			{ control: 'soviet', t0: 1922.99, t1: 1991.98 },
			{ control: 'russia', t0: 1991.98, t1: 9999 },
			{ control: 'other', t0: 1991.98, t1: 9999 }
		]
	});

	it('keys the states as the map draws them: as they stood at the end of the window', () => {
		expect(onShow(states, [1991, 1992]).get('states')).toEqual(new Set(['russia', 'other']));
		expect(onShow(states, [1969, 1970]).get('states')).toEqual(new Set(['soviet']));
	});

	it('lists a key per state colour on show, neighbours last', () => {
		const [group] = legendGroups(STORY_LAYERS, ['states'], onShow(states, [1991, 1992]));
		expect(group.byControl).toBe(true);
		expect(group.rows.map((r) => r.entry.control)).toEqual(['russia', 'other']);
		expect(group.rows[0].entry.swatch.shape).toBe('state');
	});
});

describe('legendGroups', () => {
	it('follows the visible groups that have something on show, in their order', () => {
		const groups = legendGroups(
			STORY_LAYERS,
			['regions', 'railways'],
			onShow(payload, [1929, 1930])
		);
		expect(groups.map((g) => g.group)).toEqual(['regions', 'railways']);
	});

	it('gives a group coloured by power a key per power on show, in the palette’s order', () => {
		const [railways] = legendGroups(STORY_LAYERS, ['railways'], onShow(payload, [1929, 1930]));
		expect(railways.byControl).toBe(true);
		expect(railways.rows.map((r) => r.entry.control)).toEqual(['soviet', 'joint', null]);
		expect(railways.rows.map((r) => r.entry.label)).toEqual([
			'control.soviet',
			'control.joint',
			'control.none'
		]);
		expect(railways.rows[0].entry.swatch).toMatchObject({
			shape: 'line',
			color: CONTROL_COLORS.soviet
		});
	});

	it('keys Tsarist railways and Tuva, which the old legend left out', () => {
		const early = onShow(payload, [1917, 1918]);
		const [railways] = legendGroups(STORY_LAYERS, ['railways'], early);
		expect(railways.rows.map((r) => r.entry.control)).toEqual(['russia']);
		const [regions] = legendGroups(STORY_LAYERS, ['regions'], onShow(payload, [1929, 1930]));
		expect(regions.rows.map((r) => r.entry.control)).toEqual(['tuva']);
	});

	it('draws a region’s key as faint as the map draws its fill', () => {
		const [regions] = legendGroups(STORY_LAYERS, ['regions'], onShow(payload, [1929, 1930]));
		expect(regions.rows[0].opacity).toBe(0.2);
		expect(regions.rows[0].entry.swatch.shape).toBe('area');
	});

	it('leaves out a group with nothing on show at the date: no key for what is not drawn', () => {
		// The fixture has no clashes and no events at all, and no railway in 1800.
		expect(legendGroups(STORY_LAYERS, ['clashes'], onShow(payload, [1929, 1930]))).toEqual([]);
		expect(legendGroups(STORY_LAYERS, ['railways'], onShow(payload, [1800, 1801]))).toEqual([]);
	});

	it('lists no power before the data is in: nothing coloured is drawn yet', () => {
		const groups = legendGroups(STORY_LAYERS, ['regions', 'places']);
		expect(groups.map((g) => g.rows.length)).toEqual([0, 1]);
	});
});

describe('legendGroups for the states and the regions together', () => {
	const both = createPayload({
		states: [
			{ control: 'china', t0: 1913, t1: 1932 },
			{ control: 'soviet', t0: 1922, t1: 1991 }
		],
		regions: [
			{ control: 'china', t0: 1907, t1: 9999 },
			{ control: 'tuva', t0: 1921.6, t1: 1944.8 }
		]
	});

	it('keys them in one block, a row per power, the region’s swatch beside the state’s', () => {
		const groups = legendGroups(
			STORY_LAYERS,
			['states', 'regions', 'places'],
			onShow(both, [1929, 1930])
		);
		expect(groups.map((g) => g.group)).toEqual(['states']);
		const [block] = groups;
		expect(block.joined).toEqual(['regions']);
		expect(
			block.rows.map((r) => [r.entry.control, r.entry.swatch.shape, r.with?.entry.swatch.shape])
		).toEqual([
			['china', 'state', 'area'],
			['soviet', 'state', undefined],
			['tuva', 'area', undefined]
		]);
	});

	it('keeps the regions’ own block when the states are off', () => {
		const groups = legendGroups(STORY_LAYERS, ['regions'], onShow(both, [1929, 1930]));
		expect(groups.map((g) => [g.group, g.joined])).toEqual([['regions', undefined]]);
	});
});

describe('countOnShow', () => {
	it('counts what each group shows in the window, by the map filters', () => {
		const counts = countOnShow(payload, [1929, 1930]);
		expect(counts.get('railways')).toBe(3);
		expect(counts.get('regions')).toBe(1);
		expect(counts.get('events')).toBe(0);
		expect(countOnShow(payload, [1917, 1918]).get('railways')).toBe(1);
		expect(countOnShow(payload, [1917, 1992]).get('railways')).toBe(4);
	});
});
