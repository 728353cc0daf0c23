/**
 * The timeline's arithmetic, pure: dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, the map's date
 * contract) as month indexes on a track from January 1917 to December 1991, steps by month and
 * by year clamped to the story, the marks of events on the track, and the month a playing
 * timeline has reached at a given moment.
 */
import { dateToDecimalYear, parseIsoDate } from '../geodata/dates';
import { MAX_YEAR, MIN_YEAR } from '../story/view';

/** The last month on the track: December 1991 is month 899 (January 1917 is 0). */
export const LAST_MONTH = (MAX_YEAR - MIN_YEAR) * 12 + 11;

/** Playing speeds, in months per second (the reader's choice; the first is the default). */
export const SPEEDS = [1, 4, 12] as const;
export type Speed = (typeof SPEEDS)[number];

const clampMonth = (index: number) => Math.max(0, Math.min(LAST_MONTH, Math.round(index)));
const clampYear = (year: number) => Math.max(MIN_YEAR, Math.min(MAX_YEAR, year));
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date's month on the track (a year-only date is its January), clamped to the story.
 * @example monthIndex('1969-03') // 626
 */
export function monthIndex(date: string): number {
	const d = parseIsoDate(date);
	if (!d) return 0;
	return clampMonth((d.year - MIN_YEAR) * 12 + (d.month ?? 1) - 1);
}

/**
 * The last month a date covers on the track: a year-only date runs to its December.
 * @example lastMonthIndex('1945') // 347 (December 1945)
 * @example lastMonthIndex('1945-08-15') // 343 (August 1945)
 */
export function lastMonthIndex(date: string): number {
	return clampMonth(monthIndex(date) + (hasMonth(date) ? 0 : 11));
}

/**
 * The month at a track index, as `YYYY-MM`.
 * @example monthDate(626) // '1969-03'
 */
export function monthDate(index: number): string {
	const i = clampMonth(index);
	return `${MIN_YEAR + Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

/** Whether a date names a month or a day (not a whole year). */
export const hasMonth = (date: string): boolean => date.length > 4;

/**
 * `n` months on (or back, for negative `n`) from a date, as `YYYY-MM`, clamped to the track.
 * A year-only date counts from its January; a day-date from its month.
 * @example stepMonths('1969', 1) // '1969-02'
 * @example stepMonths('1991-12', 1) // '1991-12'
 */
export function stepMonths(date: string, n: number): string {
	return monthDate(monthIndex(date) + n);
}

/**
 * `n` years on (or back) from a date, in the date's own precision (a day-date keeps its month),
 * clamped to 1917–1991.
 * @example stepYears('1930', 1) // '1931'
 * @example stepYears('1969-03', -100) // '1917-03'
 */
export function stepYears(date: string, n: number): string {
	const d = parseIsoDate(date);
	if (!d) return date;
	const year = clampYear(d.year + n);
	return d.month === undefined ? String(year) : `${year}-${pad(d.month)}`;
}

/**
 * Whether `until` ends before `date` begins: such a range is empty, and refused.
 * @example endsBefore('1937', '1936-12') // true
 * @example endsBefore('1937-05', '1937') // false (1937 ends after May 1937 begins)
 */
export function endsBefore(date: string, until: string): boolean {
	return dateToDecimalYear(until, 'end') <= dateToDecimalYear(date, 'start');
}

/**
 * Where the features of the given kinds begin, as fractions of the track (0 = January 1917,
 * 1 = December 1991), one per month, sorted: the marks of what happens when.
 * @example markPositions([{ kind: 'event', t0: 1969.2 }], ['event']) // [0.7]  (≈ 628 / 899)
 */
export function markPositions(
	features: Iterable<{ kind?: unknown; t0?: unknown }>,
	kinds: readonly string[]
): number[] {
	const months = new Set<number>();
	for (const f of features) {
		const t0 = Number(f.t0);
		if (!kinds.includes(String(f.kind)) || !Number.isFinite(t0)) continue;
		if (t0 < MIN_YEAR || t0 >= MAX_YEAR + 1) continue;
		months.add(clampMonth(Math.floor((t0 - MIN_YEAR) * 12 + 1e-6)));
	}
	return [...months].sort((a, b) => a - b).map((m) => m / LAST_MONTH);
}

/**
 * The month a playing timeline shows at `now` (milliseconds, as `requestAnimationFrame` gives
 * them), having started at month `from` at `startedAt` and run at `speed` months per second:
 * computed from the clock, so a slow frame skips a month rather than drifting. Clamped to the
 * track's end, where playing stops.
 */
export function playedMonth(from: number, startedAt: number, now: number, speed: number): number {
	const elapsed = Math.max(0, now - startedAt) / 1000;
	return Math.min(LAST_MONTH, from + Math.floor(elapsed * speed));
}
