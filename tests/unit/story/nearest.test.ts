import { describe, expect, it } from 'vitest';
import { nearestChapter } from '../../../src/lib/story/nearest';

const chapters = [
	{ id: 'prologue', date: '1917' },
	{ id: 'war-with-japan', date: '1931-09', until: '1941' },
	{ id: 'xinjiang-1937', date: '1937-08' },
	{ id: 'victory', date: '1945-08-09' },
	{ id: 'clashes', date: '1969-03-02', until: '1969-03-17' },
	{ id: 'epilogue', date: '1991-12-31' }
];
const at = (date: string) => nearestChapter(chapters, date).id;

describe('nearestChapter', () => {
	it('picks the chapter whose period holds the date', () => {
		expect(at('1917-06')).toBe('prologue');
		expect(at('1935')).toBe('war-with-japan');
		expect(at('1969-03-10')).toBe('clashes');
	});

	it('prefers the closest telling when periods overlap', () => {
		expect(at('1937-08-20')).toBe('xinjiang-1937');
		expect(at('1938')).toBe('war-with-japan');
	});

	it('otherwise picks the chapter nearest in time', () => {
		expect(at('1944')).toBe('victory');
		expect(at('1969-06')).toBe('clashes');
		expect(at('1985')).toBe('epilogue');
		expect(at('1957')).toBe('victory'); // 11.4 years after it, 12.2 before the clashes
	});
});
