/**
 * `npm run data`: regenerates every file derived from the facts in `geodata/facts/` — the
 * layers in `geodata/*.geojson`, their docs tables, the JSON Schemas editors use and the
 * property table in docs/data-schema.md — writing only the files whose bytes change.
 *
 *   npm run data               write what changed, print what was written
 *   npm run data -- --check    write nothing; exit 1 naming every stale file
 *
 * Invalid facts are reported (file › row: message, every problem at once) and nothing is
 * written. `npm test` runs the same derivation (tests/unit/geodata/fresh.test.ts), so a
 * committed file that no longer matches its facts fails the tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { deriveAll, staleFiles } from './derive/all';

const check = process.argv.includes('--check');
const unknown = process.argv.slice(2).filter((a) => a !== '--check');
if (unknown.length) {
	console.error(`unknown option ${unknown.join(', ')} (use --check or nothing)`);
	process.exit(2);
}

const root = '.';
const { files, problems } = await deriveAll(root);
if (problems.length) {
	console.error(
		`The facts in geodata/facts/ have problems — nothing was written:\n${problems.join('\n')}`
	);
	process.exit(1);
}

const stale = await staleFiles(root, files);
if (!check)
	for (const path of stale) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), files[path]);
	}

if (check && stale.length) {
	console.error(
		`Stale derived files (run \`npm run data\` and commit them):\n  ${stale.join('\n  ')}`
	);
	process.exit(1);
}
console.log(
	stale.length
		? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}`
		: `all ${Object.keys(files).length} derived files are up to date`
);
