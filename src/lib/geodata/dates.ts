/**
 * ISO 8601 calendar dates at the three precisions the data uses (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`), and their conversion to decimal years for the map's time filter.
 * Pure and dependency-free so the validator, the URL codec and the map share one reading.
 */

export interface IsoDate {
	year: number;
	/** 1–12, absent for `YYYY`. */
	month?: number;
	/** 1–31, absent for `YYYY` and `YYYY-MM`. */
	day?: number;
}

/** Strict shape: four-digit year, two-digit month and day; `1969-3-2` and `69` are refused. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Gregorian rule, so 1900 is not a leap year and 2000 is. */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
	return isLeapYear(year) ? 366 : 365;
}

/** @param month 1–12 */
export function daysInMonth(year: number, month: number): number {
	return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a date with real calendar checks, so a typo like `1969-02-30` is caught rather than
 * silently rolled over into March.
 * @example parseIsoDate('1969-03-02') // { year: 1969, month: 3, day: 2 }
 * @example parseIsoDate('1969-13-01') // null
 */
export function parseIsoDate(s: unknown): IsoDate | null {
	if (typeof s !== 'string') return null;
	const m = ISO_DATE.exec(s);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return { year };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	if (m[3] === undefined) return { year, month };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/** 1-based day of the year: 1 January → 1, 31 December → 365 or 366. */
function dayOfYear(year: number, month: number, day: number): number {
	let days = day;
	for (let m = 1; m < month; m++) days += daysInMonth(year, m);
	return days;
}

/** The decimal year at which a given day begins; day 32 of January rolls into February etc. */
function startOfDay(year: number, month: number, day: number): number {
	const doy = dayOfYear(year, month, day);
	const diy = daysInYear(year);
	return doy > diy ? year + 1 : year + (doy - 1) / diy;
}

/**
 * A date as a decimal year. `start` is the moment the period begins; `end` the moment it is
 * over, so `YYYY` ends at the start of the next year, `YYYY-MM` at the start of the next month
 * and `YYYY-MM-DD` at the end of that day. That keeps every period a non-empty interval, which
 * the map's half-open window filter (`t0 < to && t1 > from`) needs for one-day events.
 * @example dateToDecimalYear('1969-03-02', 'start') // 1969 + 60/365
 * @example dateToDecimalYear('1969', 'end') // 1970
 * @throws RangeError for a string `parseIsoDate` refuses — validate first.
 */
export function dateToDecimalYear(s: string, edge: 'start' | 'end'): number {
	const d = parseIsoDate(s);
	if (!d)
		throw new RangeError(`not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(s)}`);
	const { year, month, day } = d;
	if (month === undefined) return edge === 'start' ? year : year + 1;
	if (day === undefined) {
		if (edge === 'start') return startOfDay(year, month, 1);
		return month === 12 ? year + 1 : startOfDay(year, month + 1, 1);
	}
	return edge === 'start' ? startOfDay(year, month, day) : startOfDay(year, month, day + 1);
}

/**
 * The day in which a decimal-year instant falls, as `YYYY-MM-DD` (the inverse of
 * `dateToDecimalYear(day, 'start')`, to within rounding).
 * @example decimalYearToDay(1969 + 60 / 365) // '1969-03-02'
 */
export function decimalYearToDay(t: number): string {
	let year = Math.floor(t);
	// A hair under a day boundary (floating point) still counts as the later day.
	let doy = Math.floor((t - year) * daysInYear(year) + 1e-6);
	if (doy >= daysInYear(year)) {
		year += 1;
		doy = 0;
	}
	let month = 1;
	while (doy >= daysInMonth(year, month)) doy -= daysInMonth(year, month++);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(doy + 1)}`;
}
