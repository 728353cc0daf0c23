/**
 * Turns schema (zod) issues into the project's one message style, `field message`, e.g.
 * `start_date "1969-02-30" is not a real date …` or `unknown property "name_en"; did you mean
 * "name:en"?`. The caller adds the file and the feature or row it is about.
 */
import type { z } from 'zod';

/** Edit distance, for "did you mean" hints on misspelt keys. */
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
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
	const norm = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, '');
	const same = allowed.find((k) => norm(k) === norm(key));
	if (same) return same;
	const near = allowed
		.map((k) => ({ k, d: levenshtein(key.toLowerCase(), k) }))
		.filter(({ d }) => d <= 2)
		.sort((x, y) => x.d - y.d);
	return near[0]?.k;
}

/** `sources[2]`, `name.zh`: the path as an editor would type it. */
export function pathText(path: readonly PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
		.join('');
}

/** The keys an object schema allows, for "did you mean" hints. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let s: unknown = schema;
	for (const p of path) {
		const def = (s as { def?: { shape?: Record<string, unknown>; element?: unknown } }).def;
		s = typeof p === 'number' ? def?.element : def?.shape?.[String(p)];
		if (!s) return [];
	}
	const shape = (s as { def?: { shape?: Record<string, unknown> } }).def?.shape;
	return shape ? Object.keys(shape) : [];
}

/** One line per problem, in the order the schema found them. */
export function issueMessages(error: z.ZodError, schema: z.ZodType): string[] {
	return error.issues.flatMap((issue) => {
		const where = pathText(issue.path);
		if (issue.code === 'unrecognized_keys') {
			const allowed = allowedKeys(schema, issue.path);
			return issue.keys.map((key) => {
				const hint = suggestKey(key, allowed);
				const name = where ? `${where}.${key}` : key;
				return `unknown property ${JSON.stringify(name)}${hint ? `; did you mean "${hint}"?` : ''}`;
			});
		}
		return [where ? `${where} ${issue.message}` : issue.message];
	});
}

/**
 * A misspelt required key gives two issues, `unknown property "precison"; did you mean
 * "precision"?` and `precision is missing`; keep only the first, which says it all.
 * @param follows other messages a missing key causes, by key (e.g. a row with a misspelt
 *   `place` also "has no position"): dropped too when that key was misspelt.
 */
export function withoutMisspeltMissing(
	messages: readonly string[],
	follows: Readonly<Record<string, string>> = {}
): string[] {
	const meant = messages.flatMap((m) => {
		const hint = /^(?:(.*) )?unknown property "(.*?)"; did you mean "(.*)"\?$/.exec(m);
		if (!hint) return [];
		const [, at, name, key] = hint;
		const parent = name.includes('.') ? name.slice(0, name.lastIndexOf('.') + 1) : '';
		return [{ path: `${at ? `${at} ` : ''}${parent}${key}`, key }];
	});
	const isEcho = (m: string) =>
		meant.some(
			({ path, key }) =>
				m === `${path} is missing` ||
				m.startsWith(`${path} is missing `) ||
				(key in follows && m.startsWith(follows[key]))
		);
	return messages.filter((m) => !isEcho(m));
}
