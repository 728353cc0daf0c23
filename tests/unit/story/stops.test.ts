import { describe, expect, it } from 'vitest';
import { decimalYearToDay, dateToDecimalYear } from '../../../src/lib/geodata/dates';
import { between, chapterStops } from '../../../src/lib/story/stops';
import { positionAt } from '../../../src/lib/story/scroller';
import type { Chapter } from '../../../src/lib/story/types';

describe('decimalYearToDay', () => {
	it('is the day whose start the date gives', () => {
		for (const day of ['1917-01-01', '1945-08-15', '1969-03-02', '1948-02-29', '1991-12-31'])
			expect(decimalYearToDay(dateToDecimalYear(day, 'start'))).toBe(day);
		expect(decimalYearToDay(dateToDecimalYear('1969-03-02', 'end'))).toBe('1969-03-03');
	});
});

describe('chapterStops', () => {
	const chapter: Chapter = {
		id: 'c',
		title: 'C',
		dates: '1969',
		date: '1969-03-02',
		camera: { center: [134, 46.5], zoom: 5 },
		layers: ['clashes'],
		focus: ['zhenbao'],
		body: ['a', 'b', 'c'],
		steps: [
			{ paragraph: 1, date: '1969-07-08', focus: ['goldinsky'] },
			{ paragraph: 2, date: '1969-08-13', camera: { center: [83, 45], zoom: 5 } }
		]
	};

	it('starts with the chapter’s own view; a step’s missing camera and focus carry over', () => {
		const stops = chapterStops(chapter);
		expect(stops.map((s) => s.paragraph)).toEqual([0, 1, 2]);
		expect(stops[1].camera).toBe(chapter.camera);
		expect(stops[2].focus).toEqual(['goldinsky']);
		expect(stops[2].camera.center).toEqual([83, 45]);
	});
});

describe('between', () => {
	it('runs both ends of the window from one stop to the next, to the day', () => {
		const a = { date: '1929' };
		const b = { date: '1945-08-15' };
		expect(between(a, b, 0)).toEqual({ date: '1929', until: undefined });
		expect(between(a, b, 1)).toEqual({ date: '1945-08-15', until: undefined });
		const half = between(a, b, 0.5);
		expect(half.date.slice(0, 4)).toBe('1937');
		expect(half.until?.slice(0, 4)).toBe('1937');
		expect(dateToDecimalYear(half.until!, 'end')).toBeGreaterThan(
			dateToDecimalYear(half.date, 'start')
		);
		// A one-day window stays one day.
		expect(between({ date: '1945-08-09' }, { date: '1945-08-19' }, 0.5)).toEqual({
			date: '1945-08-14'
		});
	});
});

describe('positionAt', () => {
	// Two chapters of two stops each: paragraphs follow closely, chapters are 300 px apart.
	const stops = [
		{ top: 0, end: 200 },
		{ top: 200, end: 500 },
		{ top: 800, end: 1000 },
		{ top: 1000, end: 1100 }
	];
	const band = 100;

	it('is at a stop once its start has crossed the line and the date has arrived', () => {
		expect(positionAt(stops, 150, band)).toEqual({ at: 0, from: 0, s: 0 });
		expect(positionAt(stops, 350, band)).toEqual({ at: 1, from: 1, s: 0 });
	});

	it('runs the date across a band into a stop that follows without a gap', () => {
		expect(positionAt(stops, 250, band)).toEqual({ at: 1, from: 0, s: 0.5 });
	});

	it('runs the date across the gap between chapters', () => {
		expect(positionAt(stops, 650, band)).toEqual({ at: 1, from: 1, s: 0.5 });
	});

	it('keeps at least half of a short stop for the stop itself', () => {
		// The last stop is 100 px tall: the date arrives 50 px into it, not 100.
		expect(positionAt(stops, 1025, band)).toEqual({ at: 3, from: 2, s: 0.5 });
		expect(positionAt(stops, 1060, band)).toEqual({ at: 3, from: 3, s: 0 });
	});

	it('is at the first stop above the story', () => {
		expect(positionAt(stops, -50, band)).toEqual({ at: 0, from: 0, s: 0 });
	});
});
