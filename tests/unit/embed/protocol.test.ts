import { describe, expect, it } from 'vitest';
import {
	heightMessages,
	pymChildId,
	readHostMessage,
	readyMessage,
	stateMessage
} from '../../../src/lib/embed/protocol';

const ids = ['prologue', 'railway-war-1929', 'border-conflict-1969'];
const read = (data: unknown) => readHostMessage(data, ids);
const errorOf = (data: unknown) => {
	const r = read(data);
	return 'error' in r ? r.error : null;
};

describe('readHostMessage: commands', () => {
	it('reads a goto to a known chapter', () => {
		expect(read({ type: 'storymap:goto', chapter: 'railway-war-1929' })).toEqual({
			command: { type: 'storymap:goto', chapter: 'railway-war-1929' }
		});
	});

	it('reads a set with year, layers and lang, layers in canonical order', () => {
		expect(
			read({ type: 'storymap:set', year: 1969, layers: ['events', 'clashes'], lang: 'zh' })
		).toEqual({
			command: {
				type: 'storymap:set',
				view: { date: '1969', layers: ['clashes', 'events'], lang: 'zh' }
			}
		});
	});

	it('takes a full date, a comma list of layers, and an empty list to hide every layer', () => {
		expect(read({ type: 'storymap:set', year: '1969-03-02', layers: 'railways, regions' })).toEqual(
			{
				command: {
					type: 'storymap:set',
					view: { date: '1969-03-02', layers: ['regions', 'railways'] }
				}
			}
		);
		expect(read({ type: 'storymap:set', layers: [] })).toEqual({
			command: { type: 'storymap:set', view: { layers: [] } }
		});
	});

	it('clamps years outside the story as links do', () => {
		expect(read({ type: 'storymap:set', year: 2024 })).toEqual({
			command: { type: 'storymap:set', view: { date: '1991' } }
		});
	});
});

describe('readHostMessage: ranges (until)', () => {
	it('reads a range, a bare end and a clearing null', () => {
		expect(read({ type: 'storymap:set', year: 1937, until: '1945' })).toEqual({
			command: { type: 'storymap:set', view: { date: '1937', until: '1945' } }
		});
		expect(read({ type: 'storymap:set', until: 1945 })).toEqual({
			command: { type: 'storymap:set', view: { until: '1945' } }
		});
		expect(read({ type: 'storymap:set', until: null })).toEqual({
			command: { type: 'storymap:set', view: { until: null } }
		});
		expect(read({ type: 'storymap:set', year: '1969-03', until: '1969-03' })).toEqual({
			command: { type: 'storymap:set', view: { date: '1969-03', until: '1969-03' } }
		});
	});

	it('clamps an end outside the story as links do', () => {
		expect(read({ type: 'storymap:set', year: 1980, until: 2024 })).toEqual({
			command: { type: 'storymap:set', view: { date: '1980', until: '1991' } }
		});
	});

	it.each([
		[{ year: 1945, until: 1937 }, /until 1937 is before year 1945/],
		[{ year: '1937-05-02', until: '1937-05-01' }, /is before year/],
		[{ until: 'soon' }, /until “soon” is not a date/],
		[{ until: '1'.repeat(500) }, /until must be a year/],
		[{ until: 1969.5 }, /until must be a year/],
		[{ until: { year: 1969 } }, /until must be a year like 1969, not an object/],
		[{ until: ['1969'] }, /until must be a year like 1969, not a list/],
		[{ until: true }, /until must be a year like 1969, not a boolean/]
	])('refuses %j whole', (fields, message) => {
		const r = read({ type: 'storymap:set', layers: ['events'], ...fields });
		expect(r).toEqual({ error: expect.stringMatching(message) });
	});
});

describe('readHostMessage: hostile and malformed messages', () => {
	it.each([
		['a number', 42, /must be objects, not a number/],
		['null', null, /not null/],
		['a list', [1, 2], /not a list/],
		['a string', 'hello', /not “hello”/],
		['no type', { chapter: 'prologue' }, /has no type; expected storymap:goto or storymap:set/],
		['an unknown type', { type: 'storymap:explode' }, /unknown message type “storymap:explode”/],
		['an unknown chapter', { type: 'storymap:goto', chapter: 'atlantis' }, /no chapter “atlantis”/],
		['a chapter that is not a string', { type: 'storymap:goto', chapter: { id: 1 } }, /an object/],
		['an empty set', { type: 'storymap:set' }, /at least one of year, until, layers or lang/],
		['a bad year', { type: 'storymap:set', year: 'soon' }, /year “soon” is not a date/],
		['a fractional year', { type: 'storymap:set', year: 1969.5 }, /year must be a year/],
		[
			'an unknown layer',
			{ type: 'storymap:set', layers: ['regions', 'ufos'] },
			/unknown layer “ufos”/
		],
		['layers as an object', { type: 'storymap:set', layers: { a: 1 } }, /list of layer ids/],
		['an unknown language', { type: 'storymap:set', lang: 'fr' }, /lang must be en, zh or ru/]
	])('refuses %s with a sentence saying why', (_name, data, why) => {
		expect(errorOf(data)).toMatch(why);
	});

	it('changes nothing when any part of a set is wrong', () => {
		const r = read({ type: 'storymap:set', year: 1950, lang: 'xx' });
		expect('command' in r).toBe(false);
		expect(errorOf({ type: 'storymap:set', year: 1950, lang: 'xx' })).toMatch(
			/^storymap:set ignored/
		);
	});

	it('cuts long hostile strings short in its answer', () => {
		const message = errorOf({ type: 'storymap:goto', chapter: 'x'.repeat(100_000) })!;
		expect(message.length).toBeLessThan(200);
	});

	it('refuses oversized values instead of parsing them', () => {
		expect(errorOf({ type: 'storymap:set', layers: 'regions,'.repeat(1000) })).toMatch(
			/list of layer ids/
		);
		expect(errorOf({ type: 'storymap:set', layers: Array(100).fill('regions') })).toMatch(
			/list of layer ids/
		);
	});

	it('does not read inherited properties', () => {
		const sneaky = Object.create({ type: 'storymap:goto', chapter: 'prologue' });
		expect('command' in read(sneaky)).toBe(false);
	});

	it('ignores Pym.js and AMP traffic without answering', () => {
		expect(read('pymxPYMxstorymapxPYMxwidthxPYMx640')).toEqual({ ignore: true });
		expect(read({ sentinel: 'amp', type: 'embed-size', height: 10 })).toEqual({ ignore: true });
	});
});

describe('outgoing messages', () => {
	it('announces chapters with their text, layers and the years of the story', () => {
		const ready = readyMessage([
			{
				id: 'prologue',
				title: 'Prologue',
				dates: '1917–1991',
				body: ['Two neighbours [@ref-a] met.', 'Then parted.[@ref-b]'],
				camera: { center: [0, 0], zoom: 1 }
			} as never
		]);
		expect(ready).toEqual({
			type: 'storymap:ready',
			chapters: [
				{
					id: 'prologue',
					title: 'Prologue',
					dates: '1917–1991',
					text: ['Two neighbours met.', 'Then parted.']
				}
			],
			layers: ['states', 'regions', 'railways', 'clashes', 'events', 'places', 'movements'],
			years: [1917, 1991]
		});
	});

	it('reports the state as chapter, year, layers and lang', () => {
		expect(
			stateMessage({ chapter: 'prologue', date: '1917', layers: ['regions'], lang: 'ru' })
		).toEqual({
			type: 'storymap:state',
			chapter: 'prologue',
			year: '1917',
			layers: ['regions'],
			lang: 'ru'
		});
	});

	it('reports the end of a range when there is one', () => {
		expect(
			stateMessage({
				chapter: 'prologue',
				date: '1937',
				until: '1945',
				layers: ['events'],
				lang: 'en'
			})
		).toEqual({
			type: 'storymap:state',
			chapter: 'prologue',
			year: '1937',
			until: '1945',
			layers: ['events'],
			lang: 'en'
		});
	});

	it('reports height in whole pixels for us, AMP and (when asked) Pym.js', () => {
		expect(heightMessages(812.2, null)).toEqual([
			{ type: 'storymap:height', height: 813 },
			{ sentinel: 'amp', type: 'embed-size', height: 813 }
		]);
		expect(heightMessages(500, 'map-1')).toContain('pymxPYMxmap-1xPYMxheightxPYMx500');
	});

	it('takes a Pym child id only when it is a plain token', () => {
		expect(pymChildId(new URLSearchParams('childId=example-graphic'))).toBe('example-graphic');
		expect(pymChildId(new URLSearchParams('childId=a%20b<script>'))).toBeNull();
		expect(pymChildId(new URLSearchParams(''))).toBeNull();
	});
});
