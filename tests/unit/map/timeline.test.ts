import { describe, expect, it } from 'vitest';
import {
	endsBefore,
	LAST_MONTH,
	lastMonthIndex,
	markPositions,
	monthDate,
	monthIndex,
	playedMonth,
	stepMonths,
	stepYears
} from '../../../src/lib/map/timeline';

describe('month indexes', () => {
	it('runs from January 1917 (0) to December 1991 (899)', () => {
		expect(monthIndex('1917')).toBe(0);
		expect(monthIndex('1991-12')).toBe(LAST_MONTH);
		expect(LAST_MONTH).toBe(899);
		expect(monthDate(0)).toBe('1917-01');
		expect(monthDate(LAST_MONTH)).toBe('1991-12');
	});

	it('reads a year as its January and a day as its month', () => {
		expect(monthIndex('1969')).toBe(monthIndex('1969-01'));
		expect(monthIndex('1969-03-02')).toBe(monthIndex('1969-03'));
		expect(monthDate(monthIndex('1969-03'))).toBe('1969-03');
	});

	it('runs a year-only date to its December when asked for its last month', () => {
		expect(lastMonthIndex('1945')).toBe(monthIndex('1945-12'));
		expect(lastMonthIndex('1945-08-15')).toBe(monthIndex('1945-08'));
		expect(lastMonthIndex('1991')).toBe(LAST_MONTH);
	});

	it('clamps to the track and never throws on a bad date', () => {
		expect(monthIndex('1900-05')).toBe(0);
		expect(monthIndex('2024')).toBe(LAST_MONTH);
		expect(monthIndex('nonsense')).toBe(0);
		expect(monthDate(-5)).toBe('1917-01');
		expect(monthDate(10_000)).toBe('1991-12');
		expect(monthDate(1.6)).toBe('1917-03');
	});
});

describe('stepping', () => {
	it('steps by month across year ends, to month precision', () => {
		expect(stepMonths('1969', 1)).toBe('1969-02');
		expect(stepMonths('1969-12', 1)).toBe('1970-01');
		expect(stepMonths('1970-01', -1)).toBe('1969-12');
		expect(stepMonths('1945-08-15', 1)).toBe('1945-09');
	});

	it('stops at the ends of the story', () => {
		expect(stepMonths('1991-12', 1)).toBe('1991-12');
		expect(stepMonths('1917-01', -1)).toBe('1917-01');
		expect(stepMonths('1991', 24)).toBe('1991-12');
	});

	it('steps by year in the date’s own precision, clamped to 1917–1991', () => {
		expect(stepYears('1930', 1)).toBe('1931');
		expect(stepYears('1969-03', 1)).toBe('1970-03');
		expect(stepYears('1969-03-02', -1)).toBe('1968-03');
		expect(stepYears('1991', 1)).toBe('1991');
		expect(stepYears('1917-06', -1)).toBe('1917-06');
		expect(stepYears('1969-03', -100)).toBe('1917-03');
	});
});

describe('endsBefore', () => {
	it('refuses a range whose end is over before its start begins', () => {
		expect(endsBefore('1937', '1936-12')).toBe(true);
		expect(endsBefore('1945', '1937')).toBe(true);
		expect(endsBefore('1937', '1945')).toBe(false);
		expect(endsBefore('1937', '1937')).toBe(false);
		expect(endsBefore('1937-05', '1937')).toBe(false);
		expect(endsBefore('1937-05-02', '1937-05-01')).toBe(true);
	});
});

describe('markPositions', () => {
	const features = [
		{ kind: 'event', t0: 1917 },
		{ kind: 'event', t0: 1917.01 },
		{ kind: 'clash', t0: 1969.2 },
		{ kind: 'railway', t0: 1930 },
		{ kind: 'event', t0: 1991.99 },
		{ kind: 'event', t0: 1903 },
		{ kind: 'event', t0: 'x' },
		{ kind: 'clash' }
	];

	it('marks each month with an event or clash once, as a fraction of the track', () => {
		const marks = markPositions(features, ['event', 'clash']);
		expect(marks).toEqual([0, Math.floor(52.2 * 12) / LAST_MONTH, 1]);
	});

	it('leaves out other kinds, dates outside the story and unreadable dates', () => {
		expect(markPositions(features, ['railway'])).toEqual([monthIndex('1930') / LAST_MONTH]);
		expect(markPositions([], ['event'])).toEqual([]);
	});
});

describe('playedMonth', () => {
	it('advances from the clock, not from the number of frames', () => {
		expect(playedMonth(10, 1000, 1000, 4)).toBe(10);
		expect(playedMonth(10, 1000, 1249, 4)).toBe(10);
		expect(playedMonth(10, 1000, 1250, 4)).toBe(11);
		// One slow frame of two seconds skips ahead instead of drifting behind.
		expect(playedMonth(10, 1000, 3000, 12)).toBe(34);
	});

	it('stops at December 1991 and never runs backwards', () => {
		expect(playedMonth(890, 0, 60_000, 12)).toBe(LAST_MONTH);
		expect(playedMonth(10, 1000, 500, 4)).toBe(10);
	});
});
