/**
 * A chapter's stops: the views the reader passes while reading it. The first paragraph shows
 * the chapter's own view; each step (`Chapter.steps`) adds a stop from its paragraph on. Between
 * two stops the date runs continuously (`between`), tied to the scroll position, never to a
 * timer, so the same position always shows the same window.
 */
import { decimalYearToDay } from '../geodata/dates';
import { dateWindow } from '../map/time';
import type { Camera, Chapter } from './types';

export interface Stop {
	/** The paragraph from which the stop holds (0 for the chapter's own view). */
	paragraph: number;
	date: string;
	until?: string;
	camera: Camera;
	focus: string[];
}

/** The chapter's stops in reading order; a step's missing camera or focus carries over. */
export function chapterStops(chapter: Chapter): Stop[] {
	const stops: Stop[] = [
		{
			paragraph: 0,
			date: chapter.date,
			until: chapter.until,
			camera: chapter.camera,
			focus: chapter.focus ?? []
		}
	];
	for (const step of chapter.steps ?? []) {
		const last = stops[stops.length - 1];
		stops.push({
			paragraph: step.paragraph,
			date: step.date,
			until: step.until,
			camera: step.camera ?? last.camera,
			focus: step.focus ?? last.focus
		});
	}
	return stops;
}

/** A date window as the map takes it: `date`, and `until` when it spans more than one day. */
export interface DateSpan {
	date: string;
	until?: string;
}

/**
 * The window a fraction `s` of the way from stop `a` to stop `b`: both its ends move linearly
 * (so the window grows or shrinks smoothly from a year to a day), to the day. At 0 and 1 it is
 * the stops' own window, written as they write it.
 */
export function between(a: DateSpan, b: DateSpan, s: number): DateSpan {
	if (s <= 0) return { date: a.date, until: a.until };
	if (s >= 1) return { date: b.date, until: b.until };
	const [aFrom, aTo] = dateWindow(a.date, a.until);
	const [bFrom, bTo] = dateWindow(b.date, b.until);
	const from = aFrom + (bFrom - aFrom) * s;
	const to = aTo + (bTo - aTo) * s;
	const date = decimalYearToDay(from);
	// The window's last day: the one in which its (exclusive) end falls, less a moment.
	const last = decimalYearToDay(Math.max(from, to - 1e-7));
	return last === date ? { date } : { date, until: last };
}
