/**
 * URL codec for the public view parameters (`chapter`, `year`, `until`, `layers`, `lang`).
 * Parsing never throws: every value it cannot use becomes a polite notice and is ignored,
 * so a mistyped link still opens the story.
 */
import { parseIsoDate } from '../geodata/dates';
import { endsBefore } from '../map/timeline';
import type { LayerId } from '../geodata/types';
import {
	isLang,
	isLayerId,
	MAX_YEAR,
	MIN_YEAR,
	normalizeLayers,
	type Lang,
	type View
} from '../story/view';

export interface ParsedView {
	/** Only the parameters that were present and usable. */
	view: Partial<View>;
	/** One human sentence per ignored or adjusted value. */
	notices: string[];
}

const MAX_PARAM_LENGTH = 200;

/** Shortens hostile or accidental long values before they are echoed in a notice. */
function quote(value: string): string {
	// Control characters in a link are stripped before the value is shown to the reader.
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
	return `“${clean.length > 40 ? clean.slice(0, 40) + '…' : clean}”`;
}

/**
 * Reads a date parameter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, clamped to 1917–1991.
 * Returns the normalised date string or a notice.
 */
export function parseDateParam(
	raw: string,
	what: 'year' | 'until' = 'year'
): { date?: string; notice?: string } {
	const value = raw.trim();
	const parsed = value.length <= 10 ? parseIsoDate(value) : null;
	const name = what === 'year' ? 'The year' : 'The end date (until)';
	if (!parsed) {
		return {
			notice: `${name} ${quote(raw)} is not a date we can read (use YYYY), so it was ignored.`
		};
	}
	if (parsed.year < MIN_YEAR) {
		return {
			date: String(MIN_YEAR),
			notice: `The story begins in ${MIN_YEAR}; ${what === 'year' ? 'showing' : 'ending at'} ${MIN_YEAR} instead of ${value}.`
		};
	}
	if (parsed.year > MAX_YEAR) {
		return {
			date: String(MAX_YEAR),
			notice: `The story ends in ${MAX_YEAR}; ${what === 'year' ? 'showing' : 'ending at'} ${MAX_YEAR} instead of ${value}.`
		};
	}
	return { date: value };
}

/**
 * Reads `layers=a,b`. Unknown ids are dropped with a notice and the known ones kept; when none
 * is known, `layers` is undefined, so the page keeps its default layers (a mistyped link never
 * hides the whole map). An explicitly empty value (`layers=`) means no layers.
 * @example parseLayersParam('foo,railways') // { layers: ['railways'], notice: 'Unknown layer “foo” ignored.' }
 * @example parseLayersParam('foo,bar') // { layers: undefined, notice: '… showing the usual layers.' }
 */
export function parseLayersParam(raw: string): { layers?: LayerId[]; notice?: string } {
	const parts = raw
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const known = parts.filter(isLayerId);
	const unknown = parts.filter((p) => !isLayerId(p));
	const names = unknown.slice(0, 3).map(quote).join(', ') + (unknown.length > 3 ? ', …' : '');
	if (unknown.length && !known.length)
		return {
			notice: `Unknown layer${unknown.length > 1 ? 's' : ''} ${names} ignored; showing the usual layers.`
		};
	return {
		layers: normalizeLayers(known),
		notice: unknown.length
			? `Unknown layer${unknown.length > 1 ? 's' : ''} ${names} ignored.`
			: undefined
	};
}

/** Parses the view parameters of a URL's query string against the known chapter ids. */
export function parseViewParams(
	params: URLSearchParams,
	chapterIds: readonly string[]
): ParsedView {
	const view: Partial<View> = {};
	const notices: string[] = [];
	const get = (name: string): string | null => {
		const v = params.get(name);
		if (v === null) return null;
		if (v.length > MAX_PARAM_LENGTH) {
			notices.push(`The ${name} parameter is too long and was ignored.`);
			return null;
		}
		return v;
	};

	const chapter = get('chapter');
	if (chapter !== null) {
		if (chapterIds.includes(chapter)) view.chapter = chapter;
		else notices.push(`There is no chapter ${quote(chapter)}; starting at the beginning.`);
	}

	const year = get('year');
	if (year !== null) {
		const { date, notice } = parseDateParam(year);
		if (date) view.date = date;
		if (notice) notices.push(notice);
	}

	const until = get('until');
	if (until !== null) {
		const { date, notice } = parseDateParam(until, 'until');
		if (notice) notices.push(notice);
		// A range ends after it begins (it starts at the chapter's date when no year is given,
		// which the page checks); an end before the start is ignored, never guessed at.
		if (date && view.date && endsBefore(view.date, date))
			notices.push(
				`The end date ${quote(until)} is before the year ${quote(view.date)}, so it was ignored.`
			);
		else if (date) view.until = date;
	}

	const layers = get('layers');
	if (layers !== null) {
		const parsed = parseLayersParam(layers);
		if (parsed.layers) view.layers = parsed.layers;
		if (parsed.notice) notices.push(parsed.notice);
	}

	const lang = get('lang');
	if (lang !== null) {
		if (isLang(lang)) view.lang = lang as Lang;
		else notices.push(`Language ${quote(lang)} is not available; using English.`);
	}

	return { view, notices };
}

/**
 * Writes a view as query parameters. Values equal to `defaults` are left out so links stay
 * short; other parameters already in `base` (e.g. a newsroom's tracking tags) are kept.
 */
export function formatViewParams(
	view: View,
	defaults: Partial<View> = {},
	base: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = new URLSearchParams(base);
	for (const key of ['chapter', 'year', 'until', 'layers', 'lang']) out.delete(key);
	out.set('chapter', view.chapter);
	out.set('year', view.date);
	if (view.until !== undefined && view.until !== defaults.until) out.set('until', view.until);
	const layers = normalizeLayers(view.layers).join(',');
	if (defaults.layers === undefined || layers !== normalizeLayers(defaults.layers).join(',')) {
		out.set('layers', layers);
	}
	if (view.lang !== (defaults.lang ?? 'en')) out.set('lang', view.lang);
	return out;
}

/** The embed's colours (`theme=`): for light or dark host articles. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Reads `theme=light|dark` (the embed's; without it the embed follows the reader's system
 * setting). Anything else is ignored with a notice, like every other bad parameter.
 * @example parseThemeParam(new URLSearchParams('theme=dark')) // { theme: 'dark' }
 */
export function parseThemeParam(params: URLSearchParams): { theme?: Theme; notice?: string } {
	const raw = params.get('theme');
	if (raw === null) return {};
	if (raw.length > MAX_PARAM_LENGTH)
		return { notice: 'The theme parameter is too long and was ignored.' };
	const value = raw.trim().toLowerCase();
	if ((THEMES as readonly string[]).includes(value)) return { theme: value as Theme };
	return {
		notice: `There is no theme ${quote(raw)} (use light or dark); using the reader’s system setting.`
	};
}
