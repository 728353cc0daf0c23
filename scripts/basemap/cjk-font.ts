/**
 * The Chinese map-label font: a subset of Noto Serif SC (SIL OFL 1.1, from npm
 * @fontsource/noto-serif-sc) holding only the characters our labels use. A full CJK font is
 * megabytes and even Google-style slicing fetched ~1 MB for our ~150 label characters; the
 * subset is a few tens of KB and is fetched only when a Chinese label is drawn.
 *
 * Labels come from `name:zh` in geodata/*.geojson and static/basemap/water.geojson, so re-run
 * the basemap build whenever a Chinese name changes. The page uses the same file for Chinese
 * text (feature cards, the Chinese interface of src/content/ui.json, whose characters are
 * included too; see src/lib/map/fonts.css). A character missing from the subset still draws,
 * in the reader's system CJK font.
 */
// Tests import this file too; the reference brings the package's hand-written types along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./subset-font.d.ts" />
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const PACKAGE = 'node_modules/@fontsource/noto-serif-sc';
/** Fontsource's one-file simplified-Chinese cut (≈7,000 characters), the subset's source. */
const SOURCE = `${PACKAGE}/files/noto-serif-sc-chinese-simplified-400-normal.woff2`;

export const CJK_FONT_FILE = 'noto-serif-sc-map.woff2';
export const CJK_CHARS_FILE = 'noto-serif-sc-map.txt';

/** CJK punctuation, ideographs (incl. extension A) and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;

/** Every value of a name key (`name:zh`, `name:en`…) in a GeoJSON file, nested objects included. */
export function namesIn(json: unknown, key: string): string[] {
	if (Array.isArray(json)) return json.flatMap((item) => namesIn(item, key));
	if (json && typeof json === 'object') {
		return Object.entries(json).flatMap(([k, value]) =>
			k === key && typeof value === 'string' ? [value] : namesIn(value, key)
		);
	}
	return [];
}

/** Every `name:zh` in a GeoJSON file (features and nested objects alike). */
export function chineseNames(json: unknown): string[] {
	return namesIn(json, 'name:zh');
}

/** The sorted, unique CJK characters of some texts (sorted so the output is deterministic). */
export function cjkCharacters(texts: string[]): string {
	const chars = new Set([...texts.join('')].filter((c) => CJK.test(c)));
	return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

function geojsonFiles(dirs: string[]): string[] {
	return dirs
		.filter((dir) => existsSync(dir))
		.flatMap((dir) =>
			readdirSync(dir)
				.filter((f) => f.endsWith('.geojson'))
				.sort()
				.map((f) => join(dir, f))
		);
}

export interface CjkFontResult {
	chars: number;
	bytes: number;
	path: string;
}

/** Writes the subset, the list of its characters, and the font's licence next to it. */
export async function buildCjkFont(
	labelDirs: string[],
	outDir: string,
	/** Other Chinese text drawn in this font (the interface strings). */
	extraTexts: string[] = []
): Promise<CjkFontResult> {
	if (!existsSync(SOURCE)) {
		throw new Error(`${SOURCE} is missing: npm install -D @fontsource/noto-serif-sc subset-font`);
	}
	const names = geojsonFiles(labelDirs).flatMap((f) =>
		chineseNames(JSON.parse(readFileSync(f, 'utf8')))
	);
	const chars = cjkCharacters([...names, ...extraTexts]);
	const font = await subsetFont(readFileSync(SOURCE), chars, { targetFormat: 'woff2' });
	mkdirSync(outDir, { recursive: true });
	const path = join(outDir, CJK_FONT_FILE);
	writeFileSync(path, font);
	writeFileSync(join(outDir, CJK_CHARS_FILE), `${chars}\n`);
	copyFileSync(`${PACKAGE}/LICENSE`, join(outDir, 'OFL-noto-serif-sc.txt'));
	return { chars: [...chars].length, bytes: font.length, path };
}
