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
 * month written out in the reader's language (`15 August 1945`, `1945年8月15日`), and a period
 * within one year to the precision its ends share (`2–17 March 1969`, `April–October 1949`).
 */
export function periodLabel(date: string, until?: string, lang = 'en'): string {
	if (until && until.slice(0, 4) !== date.slice(0, 4))
		return `${date.slice(0, 4)}–${until.slice(0, 4)}`;
	// `YYYY[-MM[-DD]]` by position: a missing part reads as 0.
	const parts = (s: string) => [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10)].map(Number);
	const [y, m, d] = parts(date);
	const [, um, ud] = until ? parts(until) : [];
	// Within one year, a period is written to the precision both its ends share.
	if (!m || (until && !um)) return date.slice(0, 4);
	const days = Boolean(d && (!until || ud));
	const options: Intl.DateTimeFormatOptions = days
		? { year: 'numeric', month: 'long', day: 'numeric' }
		: { year: 'numeric', month: 'long' };
	const locale = lang === 'en' ? 'en-GB' : lang;
	const format = (at: number, opts: Intl.DateTimeFormatOptions) =>
		new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(at);
	const start = Date.UTC(y, m - 1, days ? d : 1);
	if (!until) return format(start, options);
	const end = Date.UTC(y, um - 1, days ? ud : 1);
	const sameMonth = um === m && days;
	// Chinese reads 1969年3月2日至17日; English and Russian 2–17 March 1969, April–October 1949.
	if (lang === 'zh')
		return `${format(start, options)}至${sameMonth ? `${ud}日` : format(end, options).replace(/^\d+年/, '')}`;
	const first = sameMonth
		? String(d)
		: format(start, days ? { month: 'long', day: 'numeric' } : { month: 'long' });
	return `${first}–${format(end, options)}`;
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
