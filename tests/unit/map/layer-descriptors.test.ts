/**
 * The story layers' descriptors are the one place that says what a layer is: these tests check
 * that what is derived from them holds together (every colour keyed, every layer faded, labels
 * and picking declared), and that nothing reads meaning into layer ids any more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/lib/geodata/types';
import type { LegendEntry, StoryLayer } from '../../../src/lib/map/layer-descriptor';
import { labelLayerIds, pickOrder } from '../../../src/lib/map/layer-descriptor';
import { DRAWING_SOURCE } from '../../../src/lib/map/drawing';
import {
	HALO_LAYERS,
	labelField,
	STORY_LAYERS,
	STORY_SOURCE,
	styleLayer
} from '../../../src/lib/map/story-layers';
import { labelText } from './fake-map';

const paintOf = (layer: StoryLayer) =>
	((layer.spec as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;

/** Every colour written anywhere in a value (literals, `match` cases and fallbacks alike). */
function coloursIn(value: unknown): string[] {
	if (typeof value === 'string') return /^(#|rgba?\()/.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(coloursIn);
	return [];
}

/**
 * The colours a layer draws. A text halo is left out: it is the paper behind a name, there for
 * legibility, and means nothing a key could say.
 */
function drawnColours(layer: StoryLayer): string[] {
	return Object.entries(paintOf(layer))
		.filter(([property]) => property.endsWith('-color') && property !== 'text-halo-color')
		.flatMap(([, value]) => coloursIn(value));
}

const swatchColours = (entry: LegendEntry) =>
	[entry.swatch.color, entry.swatch.outline, entry.swatch.text].filter(
		(c): c is string => c !== undefined
	);

const groupKeys = (group: string) =>
	STORY_LAYERS.filter((l) => l.group === group).flatMap((l) => l.legend ?? []);

describe('the story layer descriptors', () => {
	it('have unique ids, and every group has layers', () => {
		const ids = STORY_LAYERS.map((l) => l.spec.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...new Set(STORY_LAYERS.map((l) => l.group))].sort()).toEqual([...LAYER_IDS].sort());
	});

	it('give every group a legend key', () => {
		for (const group of LAYER_IDS) expect(groupKeys(group).length, group).toBeGreaterThan(0);
	});

	it.each(STORY_LAYERS.map((l) => [l.spec.id, l] as const))(
		'%s draws only colours its group’s legend has a key for',
		(_, layer) => {
			const keyed = new Set(groupKeys(layer.group).flatMap(swatchColours));
			const drawn = drawnColours(layer);
			expect(drawn.length).toBeGreaterThan(0);
			expect(drawn.filter((c) => !keyed.has(c))).toEqual([]);
		}
	);

	it('have no legend key for a colour their group does not draw', () => {
		for (const group of LAYER_IDS) {
			const drawn = new Set(STORY_LAYERS.filter((l) => l.group === group).flatMap(drawnColours));
			const stale = groupKeys(group).filter((e) => !swatchColours(e).every((c) => drawn.has(c)));
			expect(stale, group).toEqual([]);
		}
	});

	it('key each power once per group, with one key for features that name none', () => {
		for (const group of LAYER_IDS) {
			const keys = groupKeys(group);
			if (!keys.some((k) => k.control !== undefined)) continue;
			const controls = keys.map((k) => k.control);
			expect(new Set(controls).size, group).toBe(controls.length);
			expect(controls, group).toContain(null);
		}
	});

	it('hide every layer until its group is shown, and fade every opacity they have', () => {
		for (const layer of STORY_LAYERS) {
			const paint = paintOf(layer);
			const opacities = Object.keys(paint).filter((p) => p.endsWith('-opacity'));
			expect(Object.keys(layer.fade).sort(), layer.spec.id).toEqual(opacities.sort());
			for (const [property, on] of Object.entries(layer.fade)) {
				expect(paint[property], `${layer.spec.id} ${property}`).toBe(0);
				// A drawn copy's features fade in by their own `fade`: the original's value times it.
				const value = Array.isArray(on) ? on[1] : on;
				if (Array.isArray(on)) expect(on).toEqual(['*', value, ['coalesce', ['get', 'fade'], 1]]);
				expect(value).toBeGreaterThan(0);
				expect(value).toBeLessThanOrEqual(1);
			}
		}
	});

	it('all filter by the time window', () => {
		for (const layer of STORY_LAYERS)
			expect(JSON.stringify((layer.spec as { filter?: unknown }).filter)).toContain('global-state');
	});

	it('mark as labels exactly the layers that write names, which follow the language', () => {
		for (const layer of STORY_LAYERS) {
			const text = (layer.spec as { layout?: Record<string, unknown> }).layout?.['text-field'];
			expect(layer.label, layer.spec.id).toBe(text !== undefined);
			if (!layer.label) continue;
			const zh = styleLayer(layer, 'zh') as { layout?: Record<string, unknown> };
			const field = zh.layout?.['text-field'];
			expect(labelText(field, { 'name:en': 'Harbin', 'name:zh': '哈尔滨' })).toBe('哈尔滨');
			expect(labelText(field, { 'name:en': 'Harbin' })).toBe('Harbin');
		}
		expect(labelLayerIds(STORY_LAYERS)).toContain('railways-label');
		expect(labelLayerIds(STORY_LAYERS)).not.toContain('movements-head');
	});

	it('label a feature by the lead of its name, the part before a colon, in every language', () => {
		const front = {
			'name:en': 'Transbaikal Front: across the Greater Khingan to Changchun',
			'name:zh': '后贝加尔方面军：越过大兴安岭',
			'name:ru': 'Забайкальский фронт'
		};
		const lead = (lang: 'en' | 'zh' | 'ru') => labelText(labelField(lang), front);
		expect(lead('en')).toBe('Transbaikal Front');
		expect(lead('zh')).toBe('后贝加尔方面军');
		expect(lead('ru')).toBe('Забайкальский фронт');
		expect(labelText(labelField('en'), { 'name:en': 'Lake Khanka' })).toBe('Lake Khanka');
	});

	it('are valid MapLibre style layers (the zoom in the states’ label filter included)', () => {
		const style = {
			version: 8,
			sources: {
				[STORY_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
				[DRAWING_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
			},
			glyphs: 'https://example.org/{fontstack}/{range}.pbf',
			state: {
				from: { default: 1917 },
				to: { default: 1918 },
				focus: { default: [] },
				drawing: { default: [] },
				fresh: { default: [] }
			},
			layers: [...STORY_LAYERS.map((l) => styleLayer(l, 'en')), ...HALO_LAYERS]
		};
		expect(validateStyleMin(style as never)).toEqual([]);
	});

	it('draw the states under everything else, and their names over the region names', () => {
		const ids = STORY_LAYERS.map((l) => l.spec.id);
		expect(ids.slice(0, 2)).toEqual(['states-fill', 'states-border']);
		expect(ids.indexOf('states-label')).toBeGreaterThan(ids.indexOf('regions-label'));
		expect(ids.indexOf('states-label')).toBeLessThan(ids.indexOf('places-label'));
	});

	it('pick the topmost mark first: clashes, events and places over arrows over railways over regions', () => {
		expect(pickOrder(STORY_LAYERS)).toEqual([
			'clashes-point',
			'events-point',
			'events-minor',
			'places-label',
			'places-point',
			'movements-line',
			'railways-line',
			'regions-fill',
			'states-fill'
		]);
	});
});

describe('the map and legend code', () => {
	/** Source files of the map module and the components (the basemap has no story layers). */
	const sources = ['src/lib/map', 'src/lib/components'].flatMap((dir) =>
		readdirSync(dir)
			.filter((f) => /\.(ts|svelte)$/.test(f) && f !== 'basemap.ts')
			.map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')] as const)
	);

	it('reads no meaning into layer ids (groups, labels and fades come from the descriptors)', () => {
		const parsing = /split\('-'\)|endsWith\('label'\)|\bid\.(split|startsWith|endsWith)\(/;
		expect(sources.filter(([, text]) => parsing.test(text)).map(([path]) => path)).toEqual([]);
	});
});

describe('tints and water', () => {
	it('draws every area tint beneath the basemap water, so no lake is painted a state colour', () => {
		const tints = STORY_LAYERS.filter((l) => l.spec.type === 'fill' && 'fill-opacity' in l.fade);
		expect(tints.map((l) => l.spec.id)).toEqual(expect.arrayContaining(['states-fill']));
		for (const tint of tints) expect(tint.underWater, tint.spec.id).toBe(true);
	});
});
