/**
 * What changed on the map between two views: the features that appeared and those that ended,
 * among the layer groups on show, and the sentence that says so in the reader's language
 * ("New: … Ended: …"). The story says it on every chapter and step; /explore as its date moves.
 */
import { NAME_INSTANT_AFTER_START, nameAt } from '../geodata/names';
import { KIND_TO_LAYER, type Kind, type LayerId } from '../geodata/types';
import { t } from '../i18n/ui';
import { existsIn, statesOnShow } from '../map/story-layers';
import type { Lang } from './view';

type Window = readonly [number, number];
type FeatureLike = Readonly<Record<string, unknown>>;

export interface Changes {
	appeared: string[];
	ended: string[];
}

/** The order in which changes are named: what the story is about first, the backdrop last. */
const ORDER: readonly LayerId[] = [
	'clashes',
	'events',
	'movements',
	'railways',
	'regions',
	'states',
	'places'
];

/** Whether a feature is on the map in a window, by the same tests as the map's filters. */
function onMap(p: FeatureLike, window: Window): boolean {
	const [t0, t1] = [Number(p.t0), Number(p.t1)];
	return p.kind === 'state' ? statesOnShow(t0, t1, window) : existsIn(t0, t1, window);
}

/** Events and clashes happen: they appear, and leave the map without having "ended". */
const ONE_OFF = new Set(['event', 'clash']);

/**
 * The features of the groups on show that are on the map in `after` and not in `before`, and
 * those that ended (states, regions, lines and places that leave it), the view's `focus` first.
 */
export function changesBetween(
	features: ReadonlyMap<string, FeatureLike>,
	before: Window,
	after: Window,
	layers: readonly LayerId[],
	focus: readonly string[] = []
): Changes {
	const appeared: [number, string][] = [];
	const ended: [number, string][] = [];
	for (const [id, p] of features) {
		const group = KIND_TO_LAYER[p.kind as Kind];
		if (!group || !layers.includes(group)) continue;
		const [was, is] = [onMap(p, before), onMap(p, after)];
		const rank = focus.includes(id) ? -1 : ORDER.indexOf(group);
		if (is && !was) appeared.push([rank, id]);
		else if (was && !is && !ONE_OFF.has(p.kind as string)) ended.push([rank, id]);
	}
	const sorted = (list: [number, string][]) => list.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
	return { appeared: sorted(appeared), ended: sorted(ended) };
}

/** How many names a list gives before "and N more". */
export const NAMED = 3;

/**
 * The sentence for a change: "New: A, B and 2 more. Ended: C." Names are as the map writes them
 * at each window's start (a name's lead, before any colon); an empty change says so.
 */
export function describeChanges(
	changes: Changes,
	features: ReadonlyMap<string, FeatureLike>,
	before: Window,
	after: Window,
	lang: Lang
): string {
	const colon = lang === 'zh' ? '：' : ': ';
	const names = (ids: string[], window: Window) => {
		const instant = window[0] + NAME_INSTANT_AFTER_START;
		return [
			...new Set(ids.map((id) => nameAt(features.get(id) ?? {}, lang, instant).split(colon)[0]))
		];
	};
	// A state that begins a new period under the same name is the same state: not named at all.
	// A line or region that changes hands ends under one name and begins under the same: it is
	// named once, as new.
	const stateNames = (ids: string[], window: Window) =>
		names(
			ids.filter((id) => features.get(id)?.kind === 'state'),
			window
		);
	const redated = stateNames(changes.appeared, after).filter((name) =>
		stateNames(changes.ended, before).includes(name)
	);
	const appeared = names(changes.appeared, after).filter((name) => !redated.includes(name));
	const ended = names(changes.ended, before).filter(
		(name) => !appeared.includes(name) && !redated.includes(name)
	);
	const list = (all: string[]) => {
		const named = all.slice(0, NAMED);
		if (all.length > NAMED) named.push(t(lang, 'changes.more', { n: all.length - NAMED }));
		// Not "A, B and C": names hold commas and "and" themselves ("Nixon visits China").
		return named.join(lang === 'zh' ? '；' : '; ');
	};
	const parts = [];
	if (appeared.length) parts.push(t(lang, 'changes.new', { list: list(appeared) }));
	if (ended.length) parts.push(t(lang, 'changes.ended', { list: list(ended) }));
	return parts.length ? parts.join(' ') : t(lang, 'changes.none');
}
