/**
 * What the built site ships: the validators and the schema library stay on the server (they
 * run in the build), so no browser chunk carries their messages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every JavaScript file under a folder of the build. */
function scripts(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.js'))
		.map((e) => join(e.parentPath, e.name));
}

describe('the browser bundle', () => {
	const files = scripts('build/_app');

	it('exists (the build ran)', () => {
		expect(files.length).toBeGreaterThan(3);
	});

	it.each([
		['the feature validator', 'must be kebab-case'],
		['the chapter validator', 'is not YYYY, YYYY-MM or YYYY-MM-DD'],
		['the translation validator', 'every chapter needs its translation'],
		['the schema library', 'Too big: expected']
	])('does not ship %s', (_, message) => {
		const carrying = files.filter((f) => readFileSync(f, 'utf8').includes(message));
		expect(carrying).toEqual([]);
	});
});
