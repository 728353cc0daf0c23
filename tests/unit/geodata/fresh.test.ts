/**
 * Fresh by construction: the committed layers, docs tables and schema files are exactly what
 * the facts in `geodata/facts/` derive to, and an edit to a fact reaches what the site serves.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveAll, staleFiles } from '../../../scripts/derive/all';
import { loadStory } from '../../../src/lib/server/load';

const dirs: string[] = [];
afterAll(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the project's data and content in a temp folder. */
function createProjectCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'storymap-facts-'));
	dirs.push(dir);
	for (const path of ['geodata', 'src/content', 'docs'])
		cpSync(path, join(dir, path), { recursive: true });
	return dir;
}

/** Replaces one exact piece of text in a file of the copy; fails if it is not there once. */
function replaceOnce(dir: string, path: string, from: string, to: string) {
	const file = join(dir, path);
	const text = readFileSync(file, 'utf8');
	expect(text.split(from).length - 1, `${from} in ${path}`).toBe(1);
	writeFileSync(file, text.replace(from, to));
}

describe('derived data', () => {
	it(
		'is what the facts derive to (else: run `npm run data` and commit)',
		{ timeout: 120_000 },
		async () => {
			const { files, problems } = await deriveAll('.');
			expect(problems).toEqual([]);
			expect(Object.keys(files)).toContain('geodata/events.geojson');
			expect(await staleFiles('.', files), 'stale: run `npm run data` and commit').toEqual([]);
		}
	);

	it(
		'goes stale when a fact changes, and the change reaches /data/story.json',
		{ timeout: 120_000 },
		async () => {
			const dir = createProjectCopy();
			const id = 'mpr-proclaimed-1924';
			const before = (await loadStory(dir)).payload?.layers.events.features.find(
				(f) => f.properties.id === id
			);
			expect(before?.properties.start_date).toBe('1924-11-26');

			replaceOnce(dir, 'geodata/facts/events.yaml', "start: '1924-11-26'", "start: '1924-11-25'");
			const { files, problems } = await deriveAll(dir);
			expect(problems).toEqual([]);
			expect(await staleFiles(dir, files)).toContain('geodata/events.geojson');

			for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
			const after = (await loadStory(dir)).payload?.layers.events.features.find(
				(f) => f.properties.id === id
			);
			expect(after?.properties.start_date).toBe('1924-11-25');
		}
	);
});
