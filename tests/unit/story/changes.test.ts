import { beforeAll, describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../../src/lib/i18n/ui';
import { changesBetween, describeChanges } from '../../../src/lib/story/changes';
import { dateWindow } from '../../../src/lib/map/time';

const feature = (kind: string, name: string, from: string, to?: string, zh?: string) => ({
	kind,
	'name:en': name,
	...(zh ? { 'name:zh': zh } : {}),
	t0: dateWindow(from)[0],
	t1: to ? dateWindow(to)[1] : 9999
});
const features = new Map<string, Record<string, unknown>>([
	[
		'zhenbao',
		feature(
			'clash',
			'Zhenbao (Damansky) Island: the clash of 2 March',
			'1969-03-02',
			'1969-03-02',
			'珍宝岛：3月2日的冲突'
		)
	],
	['goldinsky', feature('clash', 'Goldinsky (Bacha) Island incident', '1969-07-08', '1969-07-08')],
	['cer-joint', feature('railway', 'Chinese Eastern Railway', '1924', '1935-03')],
	['cer-manchukuo', feature('railway', 'Chinese Eastern Railway', '1935-03', '1945-08')],
	['ussr-a', feature('state', 'Soviet Union', '1922-12-30', '1940-08')],
	['ussr-b', feature('state', 'Soviet Union', '1940-08', '1991-12-26')],
	['manchukuo', feature('state', 'Manchukuo', '1932-03-01', '1945-08')]
]);

describe('what changed', () => {
	beforeAll(() => Promise.all([loadUiStrings('zh'), loadUiStrings('ru')]));
	it('names the Zhenbao clash when the date crosses 2 March 1969', () => {
		const before = dateWindow('1969-03-01');
		const after = dateWindow('1969-03-02');
		const changes = changesBetween(features, before, after, ['clashes', 'states']);
		expect(changes.appeared).toEqual(['zhenbao']);
		expect(describeChanges(changes, features, before, after, 'en')).toBe(
			'New: Zhenbao (Damansky) Island.'
		);
		expect(describeChanges(changes, features, before, after, 'zh')).toBe('新出现：珍宝岛。');
	});

	it('lets events pass without "ending" them, and leaves out groups not on show', () => {
		const before = dateWindow('1969-03-02');
		const after = dateWindow('1969-07-08');
		const changes = changesBetween(features, before, after, ['clashes']);
		expect(changes).toEqual({ appeared: ['goldinsky'], ended: [] });
		expect(changesBetween(features, before, after, ['railways'])).toEqual({
			appeared: [],
			ended: []
		});
	});

	it('names a state that ends, not one that goes on under the same name', () => {
		const before = dateWindow('1940');
		const after = dateWindow('1946');
		const changes = changesBetween(features, before, after, ['states', 'railways']);
		expect(describeChanges(changes, features, before, after, 'en')).toBe(
			'Ended: Chinese Eastern Railway; Manchukuo.'
		);
	});

	it('names a line that changes hands once, as new; says when nothing changed', () => {
		const before = dateWindow('1934');
		const after = dateWindow('1936');
		const changes = changesBetween(features, before, after, ['railways']);
		expect(describeChanges(changes, features, before, after, 'en')).toBe(
			'New: Chinese Eastern Railway.'
		);
		const none = changesBetween(features, before, before, ['railways']);
		expect(describeChanges(none, features, before, before, 'ru')).toBe('На карте ничего нового.');
	});

	it('puts the view’s focus first and counts the rest', () => {
		const many = new Map(
			Array.from({ length: 6 }, (_, i) => [`e${i}`, feature('event', `Event ${i}`, '1950')])
		);
		const before = dateWindow('1949');
		const after = dateWindow('1950');
		const changes = changesBetween(many, before, after, ['events'], ['e5']);
		expect(changes.appeared[0]).toBe('e5');
		expect(describeChanges(changes, many, before, after, 'en')).toBe(
			'New: Event 5; Event 0; Event 1; and 3 more.'
		);
	});
});
