/**
 * Builds the offline basemap into static/basemap/ (run from the repo root):
 *
 *     npx tsx scripts/basemap/build.ts
 *
 * - land.geojson, water.geojson: fetched with the page. Land of the whole world from GSHHG (its
 *   outline is the coastline) and today's land borders (Natural Earth); the named rivers and
 *   lakes of geodata/facts/water.yaml, and the largest other lakes.
 * - land-detail.geojson, water-detail.geojson: the same at close-up detail, plus the other
 *   rivers and lakes; the map swaps them in after its first idle (see docs/basemap.md).
 * - locator.svg: the locator inset's picture, drawn from land.geojson (`locator.ts`)
 * - fonts/noto-serif-sc-map.woff2: Noto Serif SC cut down to the characters of every `name:zh`
 *   in geodata/ and the basemap (re-run after changing Chinese names)
 *
 * The GeoJSON needs GMT with the GSHHG data (Debian: gmt gmt-gshhg-high gmt-gshhg-full); without
 * it the committed files are kept and only the font is rebuilt. Deterministic: running it twice
 * writes the same bytes. Prints sizes against the first-load budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, OUT_DIR } from './config';
import { generateBasemap } from './generate';
import { hasGmt } from './gmt';
import { buildCjkFont } from './cjk-font';
import { writeLocator } from './locator';
import { writeCollection, type Written } from './write';

/** Budget for what the page fetches before the map's first idle: land.geojson + water.geojson,
 * gzip bytes (DESIGN.md: app bytes ≤ 200 KB; the basemap's share was 56.8 KB before GSHHG). */
export const BUDGET_GZIP = 58_117;

/** The files fetched with the page (the budget counts these). */
export const FIRST_LOAD = [FILES.land, FILES.water];

async function build(outDir = OUT_DIR): Promise<Written[]> {
	const collections = await generateBasemap();
	return Object.entries(collections).map(([name, fc]) => writeCollection(join(outDir, name), fc));
}

function report(files: Written[]): void {
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	for (const f of files) {
		console.log(`${f.path}: ${f.features} features, ${kb(f.bytes)} raw, ${kb(f.gzip)} gzip`);
	}
	const first = files.filter((f) => FIRST_LOAD.some((name) => f.path.endsWith(`/${name}`)));
	const total = first.reduce((sum, f) => sum + f.gzip, 0);
	console.log(`first load: ${total} B gzip (budget ${BUDGET_GZIP} B)`);
	if (total > BUDGET_GZIP) {
		console.error('the first-load basemap is over its gzip budget');
		process.exitCode = 1;
	}
}

async function main(): Promise<void> {
	if (hasGmt()) {
		const started = Date.now();
		report(await build());
		console.log(`basemap data: ${((Date.now() - started) / 1000).toFixed(1)} s`);
	} else {
		console.warn(
			'gmt not found: keeping the committed basemap GeoJSON (install gmt gmt-gshhg-high ' +
				'gmt-gshhg-full to regenerate it); rebuilding the font only'
		);
	}
	const locator = writeLocator();
	console.log(`${locator.path}: ${(locator.bytes / 1024).toFixed(1)} KB (the locator inset)`);
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
