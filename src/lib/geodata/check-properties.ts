/**
 * Checks one feature's `properties` against the contract in `types.ts`. Returns messages only;
 * the caller knows the file and feature and adds them.
 */
import { dateToDecimalYear, parseIsoDate } from './dates';
import { CONTROLS, KINDS, type Kind, type StoryFeatureProperties } from './types';

/** Kebab-case: ids end up in URLs and test names. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Years outside this range are almost certainly typos (1069 for 1969). */
export const MIN_PLAUSIBLE_YEAR = 1800;
export const MAX_PLAUSIBLE_YEAR = 2100;

/**
 * Every key the contract allows. `satisfies` makes the compiler fail here when a property is
 * added to or removed from `StoryFeatureProperties`, so this list cannot drift from the type.
 */
const PROPERTY_KEYS = {
	id: true,
	kind: true,
	'name:en': true,
	'name:zh': true,
	'name:ru': true,
	start_date: true,
	end_date: true,
	sources: true,
	precision: true,
	control: true,
	description: true,
	casualties: true,
	length_km: true,
	rank: true
} satisfies Record<keyof StoryFeatureProperties, true>;
export const ALLOWED_PROPERTIES: readonly string[] = Object.keys(PROPERTY_KEYS);

/** Kinds whose cards and labels show names in all three story languages. */
const NEEDS_ALL_NAMES: readonly Kind[] = ['region', 'railway', 'clash', 'place'];
const PRECISIONS = ['exact', 'approximate'];
const RANKS = [1, 2, 3];

type Props = Record<string, unknown>;

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const quote = (v: unknown) => JSON.stringify(v);
const isKind = (v: unknown): v is Kind => (KINDS as readonly unknown[]).includes(v);

/** Whether a feature has an id we can name it by (otherwise problems use `#index`). */
export const isValidId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);

/** The feature's kind if it is a known one. */
export const kindOf = (props: Props): Kind | undefined =>
	isKind(props.kind) ? props.kind : undefined;

/** Edit distance, for "did you mean" hints on misspelt property names. */
function levenshtein(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++)
			next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length];
}

/** The allowed key a typo most likely meant: `name_en` → `name:en`, `source` → `sources`. */
export function suggestKey(key: string): string | undefined {
	const norm = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
	const same = ALLOWED_PROPERTIES.find((k) => norm(k) === norm(key));
	if (same) return same;
	const near = ALLOWED_PROPERTIES.map((k) => ({ k, d: levenshtein(key.toLowerCase(), k) }))
		.filter(({ d }) => d <= 2)
		.sort((x, y) => x.d - y.d);
	return near[0]?.k;
}

function checkId(props: Props): string[] {
	if (!('id' in props)) return ['id is missing'];
	if (!isValidId(props.id))
		return [`id ${quote(props.id)} must be kebab-case (lowercase letters, digits, single hyphens)`];
	return [];
}

function checkKind(props: Props): string[] {
	if (!('kind' in props)) return [`kind is missing (one of ${KINDS.join(', ')})`];
	if (!isKind(props.kind)) return [`kind ${quote(props.kind)} is not one of ${KINDS.join(', ')}`];
	return [];
}

function checkNames(props: Props): string[] {
	const problems: string[] = [];
	const kind = kindOf(props);
	for (const key of ['name:en', 'name:zh', 'name:ru'] as const) {
		const required = key === 'name:en' || (kind !== undefined && NEEDS_ALL_NAMES.includes(kind));
		if (!(key in props)) {
			if (required)
				problems.push(`${key} is missing${key === 'name:en' ? '' : ` (required for ${kind})`}`);
		} else if (!isNonEmptyString(props[key])) {
			problems.push(`${key} must be a non-empty string, not ${quote(props[key])}`);
		}
	}
	return problems;
}

/** One date field: a string that parses and falls in the plausible range. */
function checkDate(props: Props, key: 'start_date' | 'end_date'): string[] {
	const value = props[key];
	if (typeof value !== 'string')
		return [`${key} must be a string such as "1969-03-02", not ${quote(value)}`];
	const date = parseIsoDate(value);
	if (!date)
		return [`${key} ${quote(value)} is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`];
	if (date.year < MIN_PLAUSIBLE_YEAR || date.year > MAX_PLAUSIBLE_YEAR)
		return [`${key} ${value} is outside ${MIN_PLAUSIBLE_YEAR}–${MAX_PLAUSIBLE_YEAR}; a typo?`];
	return [];
}

/** Both dates, then their order; the order is only compared when both dates are sound. */
function checkDates(props: Props): string[] {
	const hasEnd = 'end_date' in props;
	const problems =
		'start_date' in props ? checkDate(props, 'start_date') : ['start_date is missing'];
	if (hasEnd) problems.push(...checkDate(props, 'end_date'));
	if (hasEnd && problems.length === 0) {
		const start = dateToDecimalYear(props.start_date as string, 'start');
		const end = dateToDecimalYear(props.end_date as string, 'end');
		if (end <= start)
			problems.push(`end_date ${props.end_date} is before start_date ${props.start_date}`);
	}
	return problems;
}

function checkSources(props: Props): string[] {
	if (!('sources' in props)) return ['sources is missing (a non-empty list of citations)'];
	const sources = props.sources;
	if (!Array.isArray(sources))
		return [`sources must be a list of citations, not ${quote(sources)}`];
	if (sources.length === 0) return ['sources is empty; cite at least one source'];
	return sources.flatMap((s, i) =>
		isNonEmptyString(s) ? [] : [`sources[${i}] must be a non-empty string, not ${quote(s)}`]
	);
}

function checkPrecision(props: Props): string[] {
	if (!('precision' in props)) return ['precision is missing ("exact" or "approximate")'];
	if (!PRECISIONS.includes(props.precision as string))
		return [`precision ${quote(props.precision)} is not "exact" or "approximate"`];
	return [];
}

/** The optional fields: each is checked only when present. */
function checkOptional(props: Props): string[] {
	const problems: string[] = [];
	const has = (key: string) => key in props;
	if (has('control') && !(CONTROLS as readonly unknown[]).includes(props.control))
		problems.push(`control ${quote(props.control)} is not one of ${CONTROLS.join(', ')}`);
	if (has('rank') && !RANKS.includes(props.rank as number))
		problems.push(`rank ${quote(props.rank)} is not 1, 2 or 3`);
	if (has('length_km')) {
		const km = props.length_km;
		if (typeof km !== 'number' || !Number.isFinite(km) || km <= 0)
			problems.push(`length_km ${quote(km)} is not a positive number`);
	}
	for (const key of ['description', 'casualties'])
		if (has(key) && !isNonEmptyString(props[key]))
			problems.push(`${key} must be a non-empty string, not ${quote(props[key])}`);
	return problems;
}

/** Keys outside the contract: a typo like `name_en` would otherwise leave a label blank. */
function checkUnknownKeys(props: Props): string[] {
	return Object.keys(props)
		.filter((key) => !ALLOWED_PROPERTIES.includes(key))
		.map((key) => {
			const hint = suggestKey(key);
			return `unknown property ${quote(key)}${hint ? `; did you mean "${hint}"?` : ''}`;
		});
}

/**
 * Every problem with one feature's properties.
 * @example checkProperties({ id: 'Harbin' })[0] // 'id "Harbin" must be kebab-case (…)'
 */
export function checkProperties(props: Props): string[] {
	return [
		...checkId(props),
		...checkKind(props),
		...checkNames(props),
		...checkDates(props),
		...checkSources(props),
		...checkPrecision(props),
		...checkOptional(props),
		...checkUnknownKeys(props)
	];
}
