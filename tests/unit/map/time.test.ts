import { describe, expect, it } from 'vitest';
import { statesOnShow } from '../../../src/lib/map/story-layers';
import { dateWindow, isCirca, periodLabel } from '../../../src/lib/map/time';
import { loadUiStrings, t } from '../../../src/lib/i18n/ui';

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

	it('writes a period within one year to the precision its ends share', () => {
		expect(periodLabel('1949-04', '1949-10')).toBe('April–October 1949');
		expect(periodLabel('1969-03-02', '1969-03-17')).toBe('2–17 March 1969');
		expect(periodLabel('1969-03-02', '1969-03-17', 'zh')).toBe('1969年3月2日至17日');
		expect(periodLabel('1949-04-20', '1949-10')).toBe('April–October 1949');
		expect(periodLabel('1949', '1949-10')).toBe('1949');
		expect(periodLabel('1949-04', '1949-10', 'zh')).toBe('1949年4月至10月');
		expect(periodLabel('1945-08-09', '1945-09-02')).toBe('9 August–2 September 1945');
		expect(periodLabel('1969-03-02', '1969-03-17', 'ru')).toMatch(/^2–17 марта 1969/);
	});
});

describe('statesOnShow', () => {
	const USSR = [1922.99, 1991.98] as const;
	const RUSSIA = [1991.98, 9999] as const;

	it('shows the states of the end of the window: of December for a year', () => {
		expect(statesOnShow(...USSR, dateWindow('1991'))).toBe(false);
		expect(statesOnShow(...RUSSIA, dateWindow('1991'))).toBe(true);
	});

	it('shows a state on its last day and its successor from its first, never both', () => {
		const lastDay = [1900, 1945 + 243 / 365] as const; // to the end of August 1945
		const next = [1945 + 243 / 365, 9999] as const;
		for (const date of ['1945-08', '1945-08-31', '1945-08-15'])
			expect([
				statesOnShow(...lastDay, dateWindow(date)),
				statesOnShow(...next, dateWindow(date))
			]).toEqual([true, false]);
		expect([
			statesOnShow(...lastDay, dateWindow('1945-09-01')),
			statesOnShow(...next, dateWindow('1945-09-01'))
		]).toEqual([false, true]);
	});

	it('is not thrown by t0 and t1 rounded to four decimals', () => {
		const end = Math.round((1945 + 243 / 365) * 1e4) / 1e4;
		expect(statesOnShow(1900, end, dateWindow('1945-08-31'))).toBe(true);
		expect(statesOnShow(end, 9999, dateWindow('1945-08-31'))).toBe(false);
	});
});

describe('isCirca (the card writes "c." before a rough date)', () => {
	it('marks a year-only date of an approximate feature, and nothing else', () => {
		expect(isCirca('1934', 'approximate')).toBe(true);
		expect(isCirca('1934', 'exact')).toBe(false);
		expect(isCirca('1934-01', 'approximate')).toBe(false);
		expect(isCirca('1934-01-05', 'approximate')).toBe(false);
		expect(isCirca('1934', undefined)).toBe(false);
	});

	it('is written in each language', async () => {
		await Promise.all([loadUiStrings('zh'), loadUiStrings('ru')]);
		expect(t('en', 'circa', { date: '1934' })).toBe('c. 1934');
		expect(t('zh', 'circa', { date: '1934' })).toBe('约1934年');
		expect(t('ru', 'circa', { date: '1934' })).toBe('ок. 1934');
	});
});
