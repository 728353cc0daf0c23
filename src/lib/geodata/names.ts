/**
 * Names of their time. A place may carry dated names (`names` in places.yaml and
 * places.geojson, OpenHistoricalMap style: a name with its start and end dates); its `name:*`
 * stay the modern names. The payload flattens the periods into plain properties the map can
 * read (`name1:en`, `name1_t0`, `name1_t1`, …), and the label picks the name valid at the date
 * on show with one `case` expression over them, driven by the global state `from`: moving the
 * timeline never re-uploads data. `nameAt` is the same choice in code (the card's); the two
 * must agree (tests/unit/map/names.test.ts).
 *
 * Browser-safe: no schema library here.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** At most this many dated names per place (the label expression has one branch each). */
export const MAX_DATED_NAMES = 4;

/**
 * The instant whose name a window shows: half a day after its start, the chapter's own date
 * (`1921-02` to `1924-12` shows the names of February 1921). Half a day keeps clear of the
 * rounding of `t0`/`t1` to four decimals (under an hour), as the states' instant does.
 */
export const NAME_INSTANT_AFTER_START = 0.5 / 366;

export type NameLang = 'en' | 'zh' | 'ru';

/** One dated name in places.geojson. */
export interface DatedName {
	'name:en': string;
	'name:zh': string;
	'name:ru': string;
	start_date: string;
	end_date: string;
	source: string;
}

/** A period's flat property keys in the payload, counted from 1. */
export const periodKeys = (i: number) => ({
	t0: `name${i}_t0`,
	t1: `name${i}_t1`,
	name: (lang: NameLang) => `name${i}:${lang}`
});

/**
 * The payload's flat properties for a place's dated names, with their times as decimal years
 * (`t0` rounded up, `t1` down, as every feature's).
 */
export function flatNames(
	names: readonly DatedName[],
	time: (date: string, edge: 'start' | 'end') => number
): Record<string, string | number> {
	const flat: Record<string, string | number> = {};
	names.forEach((n, index) => {
		const k = periodKeys(index + 1);
		for (const lang of ['en', 'zh', 'ru'] as const) flat[k.name(lang)] = n[`name:${lang}`];
		flat[k.t0] = time(n.start_date, 'start');
		flat[k.t1] = time(n.end_date, 'end');
	});
	return flat;
}

type Props = Readonly<Record<string, unknown>>;

/** The number of a place's dated name valid at `instant` (from 1), or 0 for its modern name. */
export function periodAt(props: Props, instant: number): number {
	for (let i = 1; i <= MAX_DATED_NAMES; i++) {
		const k = periodKeys(i);
		const t0 = props[k.t0];
		const t1 = props[k.t1];
		if (typeof t0 === 'number' && typeof t1 === 'number' && t0 <= instant && instant < t1) return i;
	}
	return 0;
}

/**
 * A feature's name in `lang` at `instant` (a decimal year): the dated name valid then, else
 * its own `name:*`; English where the language has none.
 */
export function nameAt(props: Props, lang: NameLang, instant: number): string {
	const i = periodAt(props, instant);
	const pick = (key: (l: NameLang) => string) =>
		(props[key(lang)] as string | undefined) ?? (props[key('en')] as string | undefined);
	const own = pick((l) => `name:${l}`) ?? '';
	return i ? (pick(periodKeys(i).name) ?? own) : own;
}

/**
 * The map's instant for names: the window's start and half a day. Without a `from` (a style
 * evaluated outside the story map) no dated name applies: every label is the modern name.
 */
export const NAME_INSTANT: ExpressionSpecification = [
	'+',
	['number', ['global-state', 'from'], -99999],
	NAME_INSTANT_AFTER_START
];

/**
 * `nameAt` as a MapLibre expression: one branch per possible period, each reading numbers that
 * a feature without dated names lacks (`['number', …, -1]` makes the test false, not an error).
 */
export function nameAtExpression(lang: NameLang): ExpressionSpecification {
	const own: ExpressionSpecification = ['coalesce', ['get', `name:${lang}`], ['get', 'name:en']];
	const branches = Array.from({ length: MAX_DATED_NAMES }, (_, index) => {
		const k = periodKeys(index + 1);
		const within: ExpressionSpecification = [
			'all',
			['<=', ['number', ['get', k.t0], 99999], NAME_INSTANT],
			['<', NAME_INSTANT, ['number', ['get', k.t1], -1]]
		];
		const name: ExpressionSpecification = [
			'coalesce',
			['get', k.name(lang)],
			['get', k.name('en')],
			own
		];
		return [within, name];
	}).flat();
	return ['case', ...branches, own] as unknown as ExpressionSpecification;
}
