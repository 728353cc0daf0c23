import { describe, expect, it } from 'vitest';
import type { StoryFeatureProperties } from '../../../src/lib/geodata/types';
import { chapterFeatures } from '../../../src/lib/story/features';

const feature = (id: string, names: Partial<StoryFeatureProperties>) =>
	[id, { id, kind: 'clash', start_date: '1969', sources: ['x'], precision: 'exact', ...names }] as [
		string,
		StoryFeatureProperties
	];

const features = new Map([
	feature('zhenbao', { 'name:en': 'Zhenbao Island', 'name:zh': '珍宝岛', 'name:ru': 'Даманский' }),
	feature('bacha', { 'name:en': 'Bacha Island' })
]);

describe('chapterFeatures', () => {
	it('names the focus features in the reader’s language, in the chapter’s order', () => {
		expect(chapterFeatures(['bacha', 'zhenbao'], features, 'zh')).toEqual([
			{ id: 'bacha', name: 'Bacha Island' },
			{ id: 'zhenbao', name: '珍宝岛' }
		]);
		expect(chapterFeatures(['zhenbao'], features, 'ru')).toEqual([
			{ id: 'zhenbao', name: 'Даманский' }
		]);
	});

	it('skips ids the data does not hold and chapters without focus', () => {
		expect(chapterFeatures(['atlantis', 'zhenbao'], features, 'en')).toEqual([
			{ id: 'zhenbao', name: 'Zhenbao Island' }
		]);
		expect(chapterFeatures(undefined, features, 'en')).toEqual([]);
		expect(chapterFeatures(['zhenbao'], new Map(), 'en')).toEqual([]);
	});
});
