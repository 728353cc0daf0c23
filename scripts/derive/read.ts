/**
 * Reading the authored fact files in `geodata/facts/` (YAML, CSV, GeoJSON) for the derive
 * scripts. Never throws on bad input: each reader returns the value or a message naming the
 * file and, where the parser knows it, the line.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYamlText, YAMLParseError } from 'yaml';

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** A file's text, or why it could not be read. */
async function readText(path: string): Promise<Read<string>> {
	try {
		return { ok: true, value: await readFile(path, 'utf8') };
	} catch (e) {
		const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
		return {
			ok: false,
			error: missing ? 'is missing' : `cannot be read (${(e as Error).message})`
		};
	}
}

/** A YAML file as plain data (YAML 1.2 core schema: `1969-03-02` stays a string). */
export async function readYaml(path: string): Promise<Read<unknown>> {
	const read = await readText(path);
	if (!read.ok) return read;
	const text = read.value;
	try {
		// prettyErrors gives the error its line and column (`linePos`).
		return { ok: true, value: parseYamlText(text, { prettyErrors: true }) };
	} catch (e) {
		if (!(e instanceof YAMLParseError) || !e.linePos)
			return { ok: false, error: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
		const { line, col } = e.linePos[0];
		const what = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
		return { ok: false, error: `not valid YAML at line ${line}, column ${col}: ${what}` };
	}
}

/** A CSV file with a header row, as one object per row (all values strings). */
export async function readCsv(path: string): Promise<Read<Record<string, string>[]>> {
	const read = await readText(path);
	if (!read.ok) return read;
	const text = read.value;
	try {
		return {
			ok: true,
			value: parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true })
		};
	} catch (e) {
		return { ok: false, error: `not valid CSV: ${(e as Error).message}` };
	}
}

/**
 * Citations may be written in full or as the key of a shared citation in
 * `geodata/facts/citations.yaml` (a kebab-case word such as `story-article`); keys are replaced
 * by the full text. An unknown key is a problem, never a silently kept word.
 */
export function resolveCitations(
	list: readonly string[],
	table: Readonly<Record<string, string>>
): { sources: string[]; unknown: string[] } {
	const unknown: string[] = [];
	const sources = list.map((s) => {
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)) return s;
		if (s in table) return table[s];
		unknown.push(s);
		return s;
	});
	return { sources, unknown };
}
