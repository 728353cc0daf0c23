/**
 * Names of their time on the map: the places as the payload carries them, labelled through the
 * very expression and filter the map uses (MapLibre's own expression engine, with the global
 * state `from`/`to`/`focus` of the date on show), and the card's `nameAt` agreeing with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildPayload } from '../../../src/lib/geodata/payload';
import { NAME_INSTANT_AFTER_START, nameAt } from '../../../src/lib/geodata/names';
import type { StoryFeature } from '../../../src/lib/geodata/types';
import { chapterFeatures } from '../../../src/lib/story/features';
import { dateWindow } from '../../../src/lib/map/time';
import { STORY_LAYERS, styleLayer, inFocus } from '../../../src/lib/map/story-layers';
import type { Lang } from '../../../src/lib/story/view';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const places = JSON.parse(readFileSync(`${ROOT}geodata/places.geojson`, 'utf8'))
	.features as StoryFeature[];
const payload = buildPayload(places);
const byId = (id: string) => payload.layers.places.features.find((f) => f.properties.id === id)!;

const layer = (id: string) => STORY_LAYERS.find((l) => l.spec.id === id)!;

/** What the places-label layer writes for a place on a date, and whether it is drawn at all. */
function label(id: string, date: string, lang: Lang = 'en', until?: string) {
	const [from, to] = dateWindow(date, until);
	const state = { from, to, focus: ['changchun'] };
	const spec = styleLayer(layer('places-label'), lang) as {
		filter: unknown;
		layout: { 'text-field': unknown };
	};
	const feature = { type: 'Point', properties: byId(id).properties } as never;
	const shown = featureFilter(spec.filter as never, 'filter', state).filter(
		{ zoom: 4 } as never,
		feature
	);
	const text = createExpression(
		spec.layout['text-field'],
		'text-field',
		{ type: 'string', 'property-type': 'data-driven' } as never,
		state
	);
	if (text.result !== 'success') throw new Error(JSON.stringify(text.value));
	return { shown, text: String(text.value.evaluate({ zoom: 4 } as never, feature)), state };
}

describe('a place with names of their time', () => {
	it.each([
		['ulaanbaatar', '1921', 'en', 'Urga'],
		['ulaanbaatar', '1930', 'en', 'Ulaanbaatar'],
		['ulaanbaatar', '1921', 'zh', '库伦'],
		['ulaanbaatar', '1921', 'ru', 'Урга'],
		['changchun', '1940', 'en', 'Hsinking'],
		['changchun', '1940', 'zh', '新京'],
		['changchun', '1950', 'en', 'Changchun'],
		['changchun', '1931', 'en', 'Changchun'],
		['changchun', '1945-08-15', 'en', 'Hsinking'],
		['urumqi', '1934-02', 'ru', 'Дихуа'],
		['urumqi', '1960', 'ru', 'Урумчи'],
		['almaty', '1917', 'en', 'Verny'],
		['almaty', '1934', 'en', 'Alma-Ata'],
		['almaty', '1991-12-31', 'ru', 'Алма-Ата'],
		['beijing', '1937', 'zh', '北平'],
		['beijing', '1950-02-14', 'zh', '北京'],
		['dandong', '1950-10-19', 'en', 'Andong'],
		['dandong', '1969', 'en', 'Dandong'],
		['kyzyl', '1921', 'ru', 'Хем-Белдыр'],
		['shenyang', '1929', 'zh', '沈阳'],
		['shenyang', '1931-09', 'en', 'Mukden'],
		['shenyang', '1940', 'zh', '奉天'],
		['shenyang', '1950', 'en', 'Shenyang'],
		['lushun', '1950-02-14', 'ru', 'Порт-Артур'],
		['dalian', '1960', 'zh', '旅大']
	] as const)('%s on %s in %s is %s, on the map and on the card', (id, date, lang, name) => {
		const { shown, text, state } = label(id, date, lang);
		expect(shown).toBe(true);
		expect(text).toBe(name);
		expect(nameAt(byId(id).properties, lang, state.from + NAME_INSTANT_AFTER_START)).toBe(name);
	});

	it("takes the name of the chapter's date, the start of its window", () => {
		expect(label('ulaanbaatar', '1921-02', 'en', '1924-12').text).toBe('Urga');
	});

	it('stays one feature, so the map draws one dot and the focus still finds it', () => {
		expect(
			payload.layers.places.features.filter((f) => f.properties.id === 'changchun')
		).toHaveLength(1);
		const { state } = label('changchun', '1940');
		const focus = createExpression(inFocus(), 'filter', { type: 'boolean' } as never, state);
		if (focus.result !== 'success') throw new Error('focus');
		const feature = { type: 'Point', properties: byId('changchun').properties } as never;
		expect(focus.value.evaluate({ zoom: 4 } as never, feature)).toBe(true);
	});

	it("names the chapter's features as they were then", () => {
		const features = new Map([['changchun', byId('changchun').properties as never]]);
		expect(chapterFeatures(['changchun'], features, 'en', { date: '1940' })).toEqual([
			{ id: 'changchun', name: 'Hsinking' }
		]);
		expect(chapterFeatures(['changchun'], features, 'en')).toEqual([
			{ id: 'changchun', name: 'Changchun' }
		]);
	});

	it('keeps other features and places without dated names on their own name', () => {
		expect(label('harbin', '1940', 'zh').text).toBe('哈尔滨');
		expect(byId('harbin').properties).not.toHaveProperty('name1:en');
	});
});
