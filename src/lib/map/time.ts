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

/** The label for a period: `1929`, or `1921–1924` when it spans years. */
export function periodLabel(date: string, until?: string): string {
	if (!until || until.slice(0, 4) === date.slice(0, 4)) return date;
	return `${date.slice(0, 4)}–${until.slice(0, 4)}`;
}

/** The year part of a date string, for display. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
