/**
 * Builds the offline basemap into static/basemap/ (run from the repo root):
 *
 *     npx tsx scripts/basemap/build.ts
 *
 * - natural-earth.geojson: land (its outline is the coastline), land borders, the edge fade
 * - water.geojson: the rivers and lakes the story names, with names in en/zh/ru and sources
 * - fonts/noto-serif-sc-map.woff2: Noto Serif SC cut down to the characters of every `name:zh`
 *   in geodata/ and water.geojson (re-run after changing Chinese names)
 *
 * Deterministic: running it twice writes the same bytes. Prints sizes against the 60 KB budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_EXTENT, OUT_DIR } from './config';
import { edgeFeatures } from './edge';
import {
	borderLines,
	feature,
	landPolygons,
	loadTopology,
	simplifiedTopology
} from './natural-earth';
import { buildCjkFont } from './cjk-font';
import { lakeFeatures, riverFeatures } from './water';
import { collection, writeCollection, type Written } from './write';

/** Budget for the whole basemap, gzip bytes (DESIGN.md: app bytes ≤ 200 KB, basemap ≤ 60 KB). */
export const BUDGET_GZIP = 60 * 1024;

function build(outDir = OUT_DIR): Written[] {
	const topology = simplifiedTopology(loadTopology());
	const naturalEarth = collection([
		feature(landPolygons(topology, DATA_EXTENT), { layer: 'land' }),
		feature(borderLines(topology, DATA_EXTENT), { layer: 'border' }),
		...edgeFeatures(DATA_EXTENT)
	]);
	const water = collection([...riverFeatures(topology), ...lakeFeatures()]);
	return [
		writeCollection(join(outDir, 'natural-earth.geojson'), naturalEarth),
		writeCollection(join(outDir, 'water.geojson'), water)
	];
}

function report(files: Written[]): void {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	for (const f of files) {
		console.log(`${f.path}: ${f.features} features, ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip`);
	}
	const total = files.reduce((sum, f) => sum + f.gzip, 0);
	console.log(`basemap total: ${kb(total)} gzip (budget ${kb(BUDGET_GZIP)})`);
	if (total > BUDGET_GZIP) {
		console.error('basemap is over its gzip budget');
		process.exitCode = 1;
	}
}

async function main(): Promise<void> {
	const files = build();
	report(files);
	const ui = JSON.parse(readFileSync('src/content/ui.json', 'utf8')) as Record<string, object>;
	const font = await buildCjkFont(
		['geodata', OUT_DIR],
		join(OUT_DIR, 'fonts'),
		Object.values(ui.zh).map(String)
	);
	console.log(
		`${font.path}: ${font.chars} characters, ${(font.bytes / 1024).toFixed(1)} KB (zh only)`
	);
}

await main();
