/**
 * Dates as numbers for the map's time filter. Features carry `t0` (start) and `t1` (end) as
 * decimal years; the view shows a window [from, to).
 */
import { dateToDecimalYear } from '../geodata/dates';

/**
 * `YYYY` → the whole year; `YYYY-MM` → that month; `YYYY-MM-DD` → that day; with `until`,
 * from the start of `date` to the end of `until`.
 */
export function dateWindow(date: string, until?: string): [number, number] {
	return [dateToDecimalYear(date, 'start'), dateToDecimalYear(until ?? date, 'end')];
}

/**
 * The label for what the map shows: `1929`; a period across years as `1921–1924`; a day or a
 * month written out in the reader's language (`15 August 1945`, `1945年8月15日`).
 */
export function periodLabel(date: string, until?: string, lang = 'en'): string {
	if (until)
		return until.slice(0, 4) === date.slice(0, 4)
			? date.slice(0, 4)
			: `${date.slice(0, 4)}–${until.slice(0, 4)}`;
	// `YYYY[-MM[-DD]]` by position: a missing part reads as 0.
	const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)].map(Number);
	if (!m) return date;
	const options: Intl.DateTimeFormatOptions = d
		? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
		: { year: 'numeric', month: 'long', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options).format(
		Date.UTC(y, m - 1, d || 1)
	);
}

/**
 * Whether a feature's date is written "c. 1934": a date known only to its year on a feature
 * whose place or shape is approximate (`precision`). A year alone is not a guess (`1932` is the
 * window of that year, as the sources give it), and an approximate place says nothing of its
 * date, so neither alone earns a "c."; together they mark a fact the sources give only roughly.
 * @example isCirca('1937', 'approximate') // true
 * @example isCirca('1937-05', 'approximate') // false
 * @example isCirca('1932', 'exact') // false
 */
export function isCirca(date: string, precision: unknown): boolean {
	return precision === 'approximate' && /^\d{4}$/.test(date);
}
