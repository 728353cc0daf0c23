/**
 * The basemap as MapLibre sees it (src/lib/map/basemap.ts, fonts.ts, style.ts): everything
 * from our own origin, labels in the reader's language, fonts for Latin, Cyrillic and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import {
	BASEMAP_LABEL_LAYERS,
	BASEMAP_SOURCE,
	WATER_SOURCE,
	basemapLayers,
	basemapSources
} from '../../../src/lib/map/basemap';
import {
	CJK_FONT_PATH,
	FONT_CJK,
	FONT_ITALIC,
	FONT_REGULAR,
	mapFontFaces
} from '../../../src/lib/map/fonts';
import { buildStyle } from '../../../src/lib/map/style';
import { LANGS, type Lang } from '../../../src/lib/story/view';
import { readCollection, repoPath } from './files';

const SITE = 'https://maps.example.org/';

/** Where each basemap source's data is served from, as a repo path. */
const SOURCE_FILES: Record<string, string> = {
	[BASEMAP_SOURCE]: 'static/basemap/natural-earth.geojson',
	[WATER_SOURCE]: 'static/basemap/water.geojson'
};

function createState() {
	return { from: 1917, to: 1991, focus: [] as string[] };
}

/** Every string in a value that is an absolute (scheme://) or protocol-relative URL. */
function urlsIn(value: unknown): string[] {
	if (typeof value === 'string') return /^([a-z][\w+.-]*:\/\/|\/\/)/i.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(urlsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
	return [];
}

function sourceData(siteUrl: string): string[] {
	return Object.values(basemapSources(siteUrl)).map((s) => (s as { data: string }).data);
}

function layer(lang: Lang, id: string): LayerSpecification {
	const found = basemapLayers(lang).find((l) => l.id === id);
	if (!found) throw new Error(`no layer ${id}`);
	return found;
}

/** The `['==', ['get', key], value]` filter of a layer, as [key, value]. */
function equalityFilter(l: LayerSpecification): [string, unknown] | undefined {
	const filter = 'filter' in l ? (l.filter as unknown[]) : undefined;
	if (!filter || filter[0] !== '==') return undefined;
	return [(filter[1] as string[])[1], filter[2]];
}

/** Whether any face of a `font-faces` entry declares a code point in its unicode-range. */
function faceCovers(faces: ReturnType<typeof mapFontFaces>, name: string, char: string): boolean {
	const code = char.codePointAt(0)!;
	const entries = faces[name];
	const list = Array.isArray(entries) ? entries : [entries];
	return list.some((face) =>
		(typeof face === 'string' ? [] : (face['unicode-range'] ?? [])).some((range) => {
			const [from, to = from] = range.replace(/^U\+/i, '').split('-');
			return code >= parseInt(from, 16) && code <= parseInt(to, 16);
		})
	);
}

function faceUrls(faces: ReturnType<typeof mapFontFaces>): string[] {
	return Object.values(faces).flatMap((entry) =>
		(Array.isArray(entry) ? entry : [entry]).map((face) =>
			typeof face === 'string' ? face : face.url
		)
	);
}

describe('basemapSources', () => {
	it('declares one GeoJSON source for land and borders and one for water', () => {
		const sources = basemapSources(SITE);
		expect(Object.keys(sources).sort()).toEqual([BASEMAP_SOURCE, WATER_SOURCE].sort());
		expect(Object.values(sources).every((s) => s.type === 'geojson')).toBe(true);
	});

	it('fetches its data as absolute URLs under the site URL', () => {
		for (const url of sourceData(SITE)) expect(url.startsWith(SITE), url).toBe(true);
	});

	it('stays under a site served from a sub-path, with or without a trailing slash', () => {
		for (const site of ['https://example.org/storymap/', 'https://example.org/storymap']) {
			for (const url of sourceData(site)) {
				expect(url.startsWith('https://example.org/storymap/basemap/'), url).toBe(true);
			}
		}
	});

	it('points at the files the build writes', () => {
		for (const [id, source] of Object.entries(basemapSources(SITE))) {
			const path = (source as { data: string }).data.slice(SITE.length);
			expect(`static/${path}`).toBe(SOURCE_FILES[id]);
		}
	});

	it('credits Natural Earth and GeoNames', () => {
		const credits = Object.values(basemapSources(SITE)).map(
			(s) => (s as { attribution?: string }).attribution
		);
		expect(credits.join(' ')).toMatch(/Natural Earth/);
		expect(credits.join(' ')).toMatch(/GeoNames/);
	});
});

describe('basemapLayers', () => {
	it.each(LANGS)('labels rivers and lakes with name:%s, falling back to English', (lang) => {
		for (const id of BASEMAP_LABEL_LAYERS) {
			const l = layer(lang, id) as { layout?: Record<string, unknown> };
			expect(l.layout?.['text-field']).toEqual([
				'coalesce',
				['get', `name:${lang}`],
				['get', 'name:en']
			]);
		}
	});

	it('draws labels in fonts declared in the style (italic Noto Serif, then the Chinese subset)', () => {
		const declared = Object.keys(mapFontFaces(SITE));
		for (const id of BASEMAP_LABEL_LAYERS) {
			const fonts = (layer('en', id) as { layout?: { 'text-font'?: string[] } }).layout?.[
				'text-font'
			];
			expect(fonts?.slice(0, 2)).toEqual([FONT_ITALIC, FONT_CJK]);
			expect(fonts?.filter((f) => f !== 'serif').every((f) => declared.includes(f))).toBe(true);
		}
	});

	it('reads only from the basemap sources', () => {
		const sources = basemapLayers('en').flatMap((l) => ('source' in l ? [l.source] : []));
		expect(sources.every((s) => s === BASEMAP_SOURCE || s === WATER_SOURCE)).toBe(true);
	});

	it('filters every layer to features the generated files actually contain', () => {
		for (const l of basemapLayers('en')) {
			const filter = equalityFilter(l);
			if (!filter || !('source' in l)) continue;
			const [key, value] = filter;
			const features = readCollection(SOURCE_FILES[l.source as string]).features;
			expect(
				features.some((f) => f.properties?.[key] === value),
				l.id
			).toBe(true);
		}
	});

	it('keeps the water names above everything else', () => {
		const ids = basemapLayers('en').map((l) => l.id);
		expect(ids.slice(-BASEMAP_LABEL_LAYERS.length)).toEqual([...BASEMAP_LABEL_LAYERS]);
	});
});

describe('buildStyle', () => {
	it('has no glyphs or sprite URL (nothing fetched off our origin)', () => {
		const style = buildStyle(SITE, 'zh', createState());
		expect(style).not.toHaveProperty('glyphs');
		expect(style).not.toHaveProperty('sprite');
	});

	it('contains no URL outside the site', () => {
		const urls = urlsIn(buildStyle(SITE, 'ru', createState()));
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((u) => !u.startsWith(SITE))).toEqual([]);
	});
});

describe('mapFontFaces', () => {
	it('serves every font file from under the site URL', () => {
		const urls = faceUrls(mapFontFaces(SITE));
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((u) => !u.startsWith(SITE))).toEqual([]);
	});

	it('declares Latin and Cyrillic for both Noto Serif styles', () => {
		const faces = mapFontFaces(SITE);
		for (const name of [FONT_REGULAR, FONT_ITALIC]) {
			for (const char of ['A', 'é', 'Ж', 'ё'])
				expect(faceCovers(faces, name, char), `${name} ${char}`).toBe(true);
		}
	});

	it('declares Chinese ideographs and full-width punctuation for the Chinese subset', () => {
		const faces = mapFontFaces(SITE);
		for (const char of ['中', '黑', '（', '、'])
			expect(faceCovers(faces, FONT_CJK, char), char).toBe(true);
	});

	it('keeps Chinese out of the Latin faces, so the small Chinese subset draws it', () => {
		const faces = mapFontFaces(SITE);
		expect(faceCovers(faces, FONT_REGULAR, '中')).toBe(false);
		expect(faceCovers(faces, FONT_ITALIC, '中')).toBe(false);
	});

	it('points the Chinese face at the subset the build writes to static/', () => {
		const [face] = mapFontFaces(SITE)[FONT_CJK] as { url: string }[];
		expect(face.url).toBe(`${SITE}${CJK_FONT_PATH}`);
		expect(existsSync(repoPath(`static/${CJK_FONT_PATH}`))).toBe(true);
	});
});
