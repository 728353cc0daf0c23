/**
 * The postMessage protocol between `/embed` and the page that hosts it (see the README,
 * "Embedding"). Pure functions: `readHostMessage` turns whatever arrives into a command or an
 * error sentence and never throws; the `*Message` builders make what the embed sends out.
 */
import { isObject } from '../guards';
import { LAYER_IDS, type LayerId } from '../geodata/types';
import { isLang, isLayerId, MAX_YEAR, MIN_YEAR, normalizeLayers, type View } from '../story/view';
import { withoutCitations } from '../story/citations';
import type { Chapter } from '../story/types';
import { endsBefore } from '../map/timeline';
import { parseDateParam } from './url';

export const PREFIX = 'storymap:';

/** What a `set` changes; `until: null` ends a range. */
export type HostView = Partial<Omit<View, 'chapter' | 'until'>> & { until?: string | null };

export type HostCommand =
	{ type: 'storymap:goto'; chapter: string } | { type: 'storymap:set'; view: HostView };

/** What to do with one incoming message. */
export type HostMessageResult =
	| { command: HostCommand }
	| { error: string }
	/** Another protocol's traffic (a Pym.js or AMP parent): not for us, no answer. */
	| { ignore: true };

/** Longest string we read from a message; anything longer is refused. */
const MAX_STRING = 200;

/** Own, enumerable data only: a message cannot reach us through the prototype chain. */
const own = (obj: Record<string, unknown>, key: string): unknown =>
	Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;

function describe(value: unknown): string {
	if (typeof value === 'string') {
		return `“${value.length > 40 ? value.slice(0, 40) + '…' : value}”`;
	}
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function readYear(
	raw: unknown,
	name: 'year' | 'until' = 'year'
): { date?: string; error?: string } {
	const text =
		typeof raw === 'number' && Number.isInteger(raw)
			? String(raw)
			: typeof raw === 'string' && raw.length <= MAX_STRING
				? raw
				: null;
	if (text === null) return { error: `${name} must be a year like 1969, not ${describe(raw)}` };
	const { date } = parseDateParam(text);
	// Years outside the story are clamped, as in links; only unreadable dates are refused.
	return date ? { date } : { error: `${name} ${describe(raw)} is not a date (use YYYY)` };
}

function readLayers(raw: unknown): { layers?: LayerId[]; error?: string } {
	const list =
		typeof raw === 'string' && raw.length <= MAX_STRING
			? raw.split(',').map((s) => s.trim())
			: Array.isArray(raw) && raw.length <= LAYER_IDS.length * 2
				? raw
				: null;
	if (list === null) return { error: `layers must be a list of layer ids, not ${describe(raw)}` };
	const unknown = list.filter((id) => id !== '' && !isLayerId(id));
	if (unknown.length) {
		return {
			error: `unknown layer ${unknown.slice(0, 3).map(describe).join(', ')} (known: ${LAYER_IDS.join(', ')})`
		};
	}
	return { layers: normalizeLayers(list.filter(isLayerId)) };
}

/**
 * Reads one message from the host page. Commands are plain objects with a `type` in our
 * namespace; Pym.js strings and AMP messages are ignored quietly; everything else is refused
 * with a sentence saying why, which the embed sends back as `storymap:error`.
 */
export function readHostMessage(data: unknown, chapterIds: readonly string[]): HostMessageResult {
	if (typeof data === 'string' && data.startsWith('pymxPYMx')) return { ignore: true };
	if (!isObject(data)) return { error: `messages must be objects, not ${describe(data)}` };
	if (own(data, 'sentinel') === 'amp') return { ignore: true };
	const type = own(data, 'type');
	if (type === 'storymap:goto') {
		const chapter = own(data, 'chapter');
		if (typeof chapter === 'string' && chapterIds.includes(chapter)) {
			return { command: { type, chapter } };
		}
		return { error: `storymap:goto needs a chapter id; there is no chapter ${describe(chapter)}` };
	}
	if (type === 'storymap:set') {
		const view: HostView = {};
		const errors: string[] = [];
		const year = own(data, 'year');
		if (year !== undefined) {
			const r = readYear(year);
			if (r.error) errors.push(r.error);
			else view.date = r.date;
		}
		const until = own(data, 'until');
		if (until === null) view.until = null;
		else if (until !== undefined) {
			const r = readYear(until, 'until');
			if (r.error) errors.push(r.error);
			else if (view.date && endsBefore(view.date, r.date!))
				errors.push(`until ${r.date} is before year ${view.date}`);
			else view.until = r.date;
		}
		const layers = own(data, 'layers');
		if (layers !== undefined) {
			const r = readLayers(layers);
			if (r.error) errors.push(r.error);
			else view.layers = r.layers;
		}
		const lang = own(data, 'lang');
		if (lang !== undefined) {
			if (isLang(lang)) view.lang = lang;
			else errors.push(`lang must be en, zh or ru, not ${describe(lang)}`);
		}
		// A message that is wrong in any part changes nothing, so the host never sees half a change.
		if (errors.length) return { error: `storymap:set ignored: ${errors.join('; ')}` };
		if (Object.keys(view).length === 0) {
			return { error: 'storymap:set needs at least one of year, until, layers or lang' };
		}
		return { command: { type, view } };
	}
	const expected = 'expected storymap:goto or storymap:set';
	return {
		error:
			type === undefined
				? `the message has no type; ${expected}`
				: `unknown message type ${describe(type)}; ${expected}`
	};
}

// ---- Messages the embed sends ---------------------------------------------------------------

/**
 * Announces the embed: its chapters (with their text, so a host page can flow them as a
 * scrolly; see `scrolly.js`), the public layer ids and the years the story spans.
 */
export function readyMessage(
	chapters: readonly Pick<Chapter, 'id' | 'title' | 'dates' | 'body'>[]
) {
	return {
		type: 'storymap:ready',
		chapters: chapters.map(({ id, title, dates, body }) => ({
			id,
			title,
			dates,
			text: body.map(withoutCitations)
		})),
		layers: [...LAYER_IDS],
		years: [MIN_YEAR, MAX_YEAR]
	} as const;
}

export function stateMessage(view: View) {
	return {
		type: 'storymap:state',
		chapter: view.chapter,
		year: view.date,
		...(view.until ? { until: view.until } : {}),
		layers: [...view.layers],
		lang: view.lang
	} as const;
}

export const errorMessage = (message: string) => ({ type: 'storymap:error', message }) as const;

/**
 * The height messages for one size change: ours, AMP's, and Pym.js's when the embed was opened
 * by a Pym parent (its URL carries `childId`).
 */
export function heightMessages(height: number, pymChildId: string | null): unknown[] {
	const px = Math.ceil(height);
	const out: unknown[] = [
		{ type: 'storymap:height', height: px },
		{ sentinel: 'amp', type: 'embed-size', height: px }
	];
	if (pymChildId) out.push(`pymxPYMx${pymChildId}xPYMxheightxPYMx${px}`);
	return out;
}

/** Pym's child id from the embed's own URL, when it is a safe token. */
export function pymChildId(params: URLSearchParams): string | null {
	const id = params.get('childId');
	return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}
