import { describe, expect, it } from 'vitest';
import { dateWindow, periodLabel } from '../../../src/lib/map/time';

describe('dateWindow', () => {
	it('spans a whole year for YYYY', () => {
		expect(dateWindow('1929')).toEqual([1929, 1930]);
	});

	it('spans from the start of date to the end of until', () => {
		const [from, to] = dateWindow('1921-02', '1924-12');
		expect(from).toBeCloseTo(1921 + 31 / 365, 5);
		expect(to).toBe(1925);
	});
});

describe('periodLabel', () => {
	it('shows a year as it is', () => {
		expect(periodLabel('1929')).toBe('1929');
	});

	it('shows a period across years as a range', () => {
		expect(periodLabel('1969', '1972-02')).toBe('1969–1972');
	});

	it('writes out a day in the reader’s language', () => {
		expect(periodLabel('1945-08-15')).toBe('15 August 1945');
		expect(periodLabel('1945-08-15', undefined, 'ru')).toMatch(/15 августа 1945/);
		expect(periodLabel('1945-08-15', undefined, 'zh')).toBe('1945年8月15日');
	});

	it('writes out a month', () => {
		expect(periodLabel('1949-04')).toBe('April 1949');
	});

	it('shows a period within one year as that year', () => {
		expect(periodLabel('1949-04', '1949-10')).toBe('1949');
	});
});
