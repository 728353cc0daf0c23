import { describe, expect, it } from 'vitest';
import {
	dateToDecimalYear,
	daysInMonth,
	isLeapYear,
	parseIsoDate
} from '../../../src/lib/geodata/dates';

describe('parseIsoDate', () => {
	it('reads the three precisions', () => {
		expect(parseIsoDate('1969')).toEqual({ year: 1969 });
		expect(parseIsoDate('1969-03')).toEqual({ year: 1969, month: 3 });
		expect(parseIsoDate('1969-03-02')).toEqual({ year: 1969, month: 3, day: 2 });
	});

	it('knows leap years, including the century rules', () => {
		expect(parseIsoDate('1968-02-29')).toEqual({ year: 1968, month: 2, day: 29 });
		expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
		expect(parseIsoDate('1969-02-29')).toBeNull();
		expect(parseIsoDate('1900-02-29')).toBeNull();
	});

	it.each(['1969-13-01', '1969-00-10', '1969-02-30', '1969-04-31', '1969-01-00', '1969-01-32'])(
		'rejects the impossible date %s',
		(s) => expect(parseIsoDate(s)).toBeNull()
	);

	it.each(['69', '1969-3-2', '1969-03-2', '1969/03/02', ' 1969', '1969-03-02T00:00', '', '+1969'])(
		'rejects the malformed date %j',
		(s) => expect(parseIsoDate(s)).toBeNull()
	);

	it('rejects values that are not strings', () => {
		expect(parseIsoDate(1969)).toBeNull();
		expect(parseIsoDate(null)).toBeNull();
		expect(parseIsoDate(undefined)).toBeNull();
	});
});

describe('calendar helpers', () => {
	it('counts days per month', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(1969, m))).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
		]);
		expect(daysInMonth(1968, 2)).toBe(29);
	});

	it('applies the Gregorian leap-year rule', () => {
		expect([1900, 1968, 1969, 2000].map(isLeapYear)).toEqual([false, true, false, true]);
	});
});

describe('dateToDecimalYear', () => {
	it('puts a day at the start of that day (day-of-year − 1) / days-in-year', () => {
		expect(dateToDecimalYear('1969-03-02', 'start')).toBeCloseTo(1969 + 60 / 365, 12);
		expect(dateToDecimalYear('1969-01-01', 'start')).toBe(1969);
	});

	it('counts 29 February in leap years', () => {
		expect(dateToDecimalYear('1968-03-02', 'start')).toBeCloseTo(1968 + 61 / 366, 12);
		expect(dateToDecimalYear('1968-12-31', 'start')).toBeCloseTo(1968 + 365 / 366, 12);
	});

	it('reads YYYY and YYYY-MM as their first day at the start edge', () => {
		expect(dateToDecimalYear('1969', 'start')).toBe(1969);
		expect(dateToDecimalYear('1969-03', 'start')).toBeCloseTo(1969 + 59 / 365, 12);
	});

	it('reads YYYY as the end of that year at the end edge', () => {
		expect(dateToDecimalYear('1969', 'end')).toBe(1970);
	});

	it('reads YYYY-MM as the end of that month at the end edge', () => {
		expect(dateToDecimalYear('1969-02', 'end')).toBeCloseTo(1969 + 59 / 365, 12);
		expect(dateToDecimalYear('1968-02', 'end')).toBeCloseTo(1968 + 60 / 366, 12);
		expect(dateToDecimalYear('1969-12', 'end')).toBe(1970);
	});

	it('reads YYYY-MM-DD as the end of that day at the end edge, so one day is not empty', () => {
		expect(dateToDecimalYear('1969-03-02', 'end')).toBeCloseTo(1969 + 61 / 365, 12);
		expect(dateToDecimalYear('1969-01-31', 'end')).toBeCloseTo(
			dateToDecimalYear('1969-02-01', 'start'),
			12
		);
		expect(dateToDecimalYear('1969-12-31', 'end')).toBe(1970);
		expect(dateToDecimalYear('1968-12-31', 'end')).toBe(1969);
	});

	it('keeps every period ordered: start < end', () => {
		for (const s of ['1917', '1945-08', '1945-08-09', '1968-02-29', '1991-12-26'])
			expect(dateToDecimalYear(s, 'start')).toBeLessThan(dateToDecimalYear(s, 'end'));
	});

	it('refuses dates that do not parse, so bad data cannot become NaN silently', () => {
		expect(() => dateToDecimalYear('1969-02-30', 'start')).toThrow(RangeError);
	});
});
