/**
 * Builds geodata/{clashes,events,places,movements}.geojson and docs/geodata-points.md from the
 * sourced tables in this folder.
 *
 *   npx tsx scripts/points/build.ts           write the files
 *   npx tsx scripts/points/build.ts --check   exit 1 if any written file would change
 *
 * Output is formatted with the house Prettier options (tabs, printWidth 100) so that running
 * Prettier over the repository afterwards changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { CLASHES } from './clashes';
import { documentText } from './docs';
import { EVENTS } from './events';
import { collection, lineFeature, pointFeature } from './features';
import { MOVEMENTS } from './movements';
import { PLACES } from './places';

const PRETTIER = { useTabs: true, singleQuote: true, printWidth: 100 } as const;

/** The file path and its final text, for each output. */
async function outputs(): Promise<{ path: string; text: string }[]> {
	const json = (value: unknown) => format(JSON.stringify(value), { ...PRETTIER, parser: 'json' });
	return [
		{
			path: 'geodata/clashes.geojson',
			text: await json(collection(CLASHES.map((r) => pointFeature('clash', r))))
		},
		{
			path: 'geodata/events.geojson',
			text: await json(collection(EVENTS.map((r) => pointFeature('event', r))))
		},
		{
			path: 'geodata/places.geojson',
			text: await json(collection(PLACES.map((r) => pointFeature('place', r))))
		},
		{ path: 'geodata/movements.geojson', text: await json(collection(MOVEMENTS.map(lineFeature))) },
		{
			path: 'docs/geodata-points.md',
			text: await format(
				documentText({ clashes: CLASHES, events: EVENTS, places: PLACES, movements: MOVEMENTS }),
				{ ...PRETTIER, parser: 'markdown' }
			)
		}
	];
}

/** The current text of a file, or null when it does not exist yet. */
async function current(path: string): Promise<string | null> {
	try {
		return await readFile(path, 'utf8');
	} catch {
		return null;
	}
}

async function main(): Promise<number> {
	const check = process.argv.includes('--check');
	const stale: string[] = [];
	for (const { path, text } of await outputs()) {
		if ((await current(path)) === text) continue;
		stale.push(path);
		if (!check) await writeFile(path, text);
	}
	if (check && stale.length) {
		console.error(`out of date (run npx tsx scripts/points/build.ts): ${stale.join(', ')}`);
		return 1;
	}
	console.log(stale.length ? `wrote ${stale.join(', ')}` : 'point layers up to date');
	return 0;
}

main().then((code) => {
	process.exitCode = code;
});
