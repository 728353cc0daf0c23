/**
 * Dates as numbers for the map's time filter. Features carry `t0` (start) and `t1` (end) as
 * decimal years; the view shows a window [from, to).
 */
import { dateToDecimalYear } from '../geodata/dates';

/** `YYYY` → the whole year; `YYYY-MM` → that month; `YYYY-MM-DD` → that day. */
export function dateWindow(date: string): [number, number] {
	return [dateToDecimalYear(date, 'start'), dateToDecimalYear(date, 'end')];
}

/** The year part of a date string, for display. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
