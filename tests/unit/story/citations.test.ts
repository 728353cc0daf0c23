import { describe, expect, it } from 'vitest';
import { numberCitations, segments } from '../../../src/lib/story/citations';
import type { Chapter } from '../../../src/lib/story/types';

const chapter = (body: string[]): Chapter => ({
	id: 'x',
	title: 'x',
	dates: '1929',
	date: '1929',
	camera: { center: [0, 0], zoom: 3 },
	layers: [],
	body
});

describe('citations', () => {
	it('numbers references by first use across chapters', () => {
		const n = numberCitations([chapter(['A [@b]. B [@a].']), chapter(['C [@b] [@c].'])]);
		expect([...n.entries()]).toEqual([
			['b', 1],
			['a', 2],
			['c', 3]
		]);
	});

	it('splits a paragraph into text and citation marks', () => {
		const n = new Map([['zhao', 1]]);
		expect(segments('Stalin advised caution [@zhao]. Then more.', n)).toEqual([
			{ text: 'Stalin advised caution' },
			{ ref: 'zhao', n: 1 },
			{ text: '. Then more.' }
		]);
	});

	it('leaves plain paragraphs whole', () => {
		expect(segments('No citations here.', new Map())).toEqual([{ text: 'No citations here.' }]);
	});
});
