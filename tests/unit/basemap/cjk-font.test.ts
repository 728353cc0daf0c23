/**
 * The Chinese label font is a subset: a `name:zh` character missing from it would be drawn in
 * the reader's system font, in the middle of a label. These tests check the collector on small
 * inputs and the shipped subset against every Chinese name in the data.
 */
import { describe, expect, it } from 'vitest';
import { chineseNames, cjkCharacters, namesIn } from '../../../scripts/basemap/cjk-font';
import { FONT_REGULAR, mapFontFaces } from '../../../src/lib/map/fonts';
import { geodataFiles, readBytes, readText } from './files';
import { mappedCodePoints } from './woff2-cmap';

const SUBSET_CHARS = 'static/basemap/fonts/noto-serif-sc-map.txt';
const SUBSET_FONT = 'static/basemap/fonts/noto-serif-sc-map.woff2';

/** The range the Chinese face declares (fonts.ts): CJK punctuation, ideographs, full-width. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;

function createFeature(properties: Record<string, unknown>) {
	return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [0, 0] } };
}

function createCollection(...features: unknown[]) {
	return { type: 'FeatureCollection', features };
}

/** Every `name:zh` the build reads: geodata/*.geojson and the water layer (the map labels). */
function allChineseNames(): string[] {
	const files = [...geodataFiles(), 'static/basemap/water.geojson'];
	return files.flatMap((path) => chineseNames(JSON.parse(readText(path))));
}

/** The Chinese interface strings, which the page draws in the same font. */
function chineseInterface(): string[] {
	const ui = JSON.parse(readText('src/content/ui.json')) as { zh: Record<string, string> };
	return Object.values(ui.zh);
}

function subsetCharacters(): Set<string> {
	return new Set([...readText(SUBSET_CHARS).trim()]);
}

/** Parses a CSS unicode-range list ("U+0000-00FF", "U+0131") into [from, to] pairs. */
function parseRanges(ranges: string[]): [number, number][] {
	return ranges.map((range) => {
		const [from, to = from] = range.replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

/** The unicode ranges of the regular face's files, by file (latin, latin-ext, cyrillic…). */
function regularFaces(): [number, number][][] {
	const entry = mapFontFaces('https://example.org/')[FONT_REGULAR] ?? [];
	const faces = typeof entry === 'string' ? [] : entry;
	return faces.map((face) => parseRanges(face['unicode-range'] ?? []));
}

function covers(ranges: [number, number][], char: string): boolean {
	const code = char.codePointAt(0)!;
	return ranges.some(([from, to]) => code >= from && code <= to);
}

function regularFaceCovers(char: string): boolean {
	return regularFaces().some((ranges) => covers(ranges, char));
}

describe('chineseNames', () => {
	it('collects name:zh from every feature of a collection', () => {
		const fc = createCollection(
			createFeature({ 'name:zh': '哈尔滨' }),
			createFeature({ 'name:en': 'Nowhere' }),
			createFeature({ 'name:zh': '珍宝岛' })
		);
		expect(chineseNames(fc)).toEqual(['哈尔滨', '珍宝岛']);
	});

	it('finds name:zh nested deeper than the properties', () => {
		const fc = createCollection(createFeature({ stops: [{ 'name:zh': '满洲里' }] }));
		expect(chineseNames(fc)).toEqual(['满洲里']);
	});

	it('ignores a name:zh that is not a string', () => {
		const fc = createCollection(
			createFeature({ 'name:zh': null }),
			createFeature({ 'name:zh': 7 })
		);
		expect(chineseNames(fc)).toEqual([]);
	});
});

describe('cjkCharacters', () => {
	it('lists each Chinese character once, in code point order', () => {
		expect(cjkCharacters(['黑龙江', '乌苏里江'])).toBe('乌江苏里黑龙');
	});

	it('leaves out Latin letters, digits and spaces (the Latin font draws them)', () => {
		expect(cjkCharacters(['1969年 Zhenbao 岛'])).toBe('岛年');
	});

	it('keeps full-width punctuation, which only the Chinese font has', () => {
		expect(cjkCharacters(['满洲国（伪）'])).toBe('伪国洲满（）');
	});
});

describe('the shipped Chinese subset', () => {
	it('lists every Chinese character of every name:zh in geodata/ and water.geojson, and of the Chinese interface', () => {
		const subset = subsetCharacters();
		const names = [...allChineseNames(), ...chineseInterface()];
		const missing = [...new Set(names.join(''))].filter((c) => CJK.test(c) && !subset.has(c));
		expect(names.length).toBeGreaterThan(0);
		expect(missing, 'missing from the subset: re-run npx tsx scripts/basemap/build.ts').toEqual([]);
	});

	it('leaves only characters the Latin face of Noto Serif covers outside the subset', () => {
		const subset = subsetCharacters();
		const uncovered = [...new Set(allChineseNames().join(''))].filter(
			(c) => !subset.has(c) && !regularFaceCovers(c)
		);
		expect(uncovered).toEqual([]);
	});

	it('has a glyph in the woff2 for every character its list names', () => {
		const mapped = mappedCodePoints(readBytes(SUBSET_FONT));
		const missing = [...subsetCharacters()].filter((c) => !mapped.has(c.codePointAt(0)!));
		expect(missing).toEqual([]);
	});

	it('is cut down: a common character no label uses has no glyph in the woff2', () => {
		const mapped = mappedCodePoints(readBytes(SUBSET_FONT));
		expect(subsetCharacters().has('我')).toBe(false);
		expect(mapped.has('我'.codePointAt(0)!)).toBe(false);
	});
});

describe('the English map labels', () => {
	// MapLibre fetches a face file the first time a label draws a character in its range: one
	// "ō" in an English name costs every English reader a 59 KB Latin Extended file.
	it('use only characters of the first (Latin) file of the regular face', () => {
		const [latin] = regularFaces();
		const files = [...geodataFiles(), 'static/basemap/water.geojson'];
		const names = files.flatMap((path) => namesIn(JSON.parse(readText(path)), 'name:en'));
		const outside = names.filter((name) => [...name].some((c) => !covers(latin, c)));
		expect(names.length).toBeGreaterThan(100);
		expect(outside).toEqual([]);
	});
});
