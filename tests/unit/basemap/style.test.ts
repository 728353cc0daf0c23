/**
 * The basemap as MapLibre sees it (src/lib/map/basemap.ts, fonts.ts, style.ts): everything
 * from our own origin, labels in the reader's language, fonts for Latin, Cyrillic and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import {
	BASEMAP_FILES,
	BASEMAP_LABEL_LAYERS,
	BASEMAP_SOURCE,
	PALETTE,
	WATER_SOURCE,
	basemapLayers,
	basemapSources,
	loadBasemapDetail,
	reloadBasemapSource,
	TODAYS_BORDER_LAYERS
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
import { labelText } from '../map/fake-map';

const SITE = 'https://maps.example.org/';

/** Where each basemap source's data is served from, as a repo path. */
const SOURCE_FILES: Record<string, string> = {
	[BASEMAP_SOURCE]: 'static/basemap/land.geojson',
	[WATER_SOURCE]: 'static/basemap/water.geojson'
};

/** The close-up files each source is switched to after the first idle. */
const DETAIL_SOURCE_FILES: Record<string, string> = {
	[BASEMAP_SOURCE]: 'static/basemap/land-detail.geojson',
	[WATER_SOURCE]: 'static/basemap/water-detail.geojson'
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

	it('credits GSHHG (Wessel & Smith), the World Data Bank II, Natural Earth and GeoNames', () => {
		const credits = Object.values(basemapSources(SITE))
			.map((s) => (s as { attribution?: string }).attribution)
			.join(' ');
		for (const credit of [
			/GSHHG/,
			/Wessel & Smith/,
			/World Data Bank II/,
			/Natural Earth/,
			/GeoNames/
		])
			expect(credits).toMatch(credit);
	});
});

describe('loadBasemapDetail', () => {
	function createMap(ids: string[]) {
		const calls: [string, string][] = [];
		const map = {
			getSource: (id: string) =>
				ids.includes(id) ? { setData: (data: string) => calls.push([id, data]) } : undefined
		};
		return { map, calls };
	}

	it('switches both sources to their close-up files under the site URL', () => {
		const { map, calls } = createMap([BASEMAP_SOURCE, WATER_SOURCE]);
		expect(loadBasemapDetail(map, SITE)).toBe(true);
		expect(Object.fromEntries(calls)).toEqual({
			[BASEMAP_SOURCE]: `${SITE}basemap/land-detail.geojson`,
			[WATER_SOURCE]: `${SITE}basemap/water-detail.geojson`
		});
	});

	it('points at close-up files the build writes', () => {
		for (const [id, files] of Object.entries(BASEMAP_FILES)) {
			expect(`static/${files.detail}`).toBe(DETAIL_SOURCE_FILES[id]);
			expect(existsSync(repoPath(`static/${files.detail}`))).toBe(true);
		}
	});

	it('says so, and throws nothing, when a source is missing (a style without the basemap)', () => {
		const { map, calls } = createMap([WATER_SOURCE]);
		expect(loadBasemapDetail(map, SITE)).toBe(false);
		expect(calls).toHaveLength(1);
	});
});

describe('reloadBasemapSource (the basemap notice’s Retry)', () => {
	it('fetches the one failed source again: its first-load file, or its close-up once asked for', () => {
		const calls: [string, string][] = [];
		const map = { getSource: () => ({ setData: (data: string) => calls.push(['', data]) }) };
		expect(reloadBasemapSource(map, WATER_SOURCE, SITE, false)).toBe(true);
		expect(reloadBasemapSource(map, BASEMAP_SOURCE, SITE, true)).toBe(true);
		expect(calls.map(([, url]) => url)).toEqual([
			`${SITE}basemap/water.geojson`,
			`${SITE}basemap/land-detail.geojson`
		]);
	});

	it('does nothing for a source that is not the basemap’s or not on the map', () => {
		const map = { getSource: () => undefined };
		expect(reloadBasemapSource(map, BASEMAP_SOURCE, SITE, false)).toBe(false);
		const other = { getSource: () => ({ setData: () => {} }) };
		expect(reloadBasemapSource(other, 'story', SITE, false)).toBe(false);
	});
});

/** Hue (0–360), saturation and lightness (0–1) of a #rrggbb colour. */
function hsl(hex: string): [number, number, number] {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	const d = max - min;
	if (d === 0) return [0, 0, l];
	const s = d / (1 - Math.abs(2 * l - 1));
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return [(h * 60 + 360) % 360, s, l];
}

describe('PALETTE', () => {
	it.each(['sea', 'lake', 'coast', 'river', 'riverBand', 'waterLabel'] as const)(
		'draws %s in a plain blue (hue 195–225°, visibly saturated)',
		(key) => {
			const [h, s] = hsl(PALETTE[key]);
			expect(h).toBeGreaterThanOrEqual(195);
			expect(h).toBeLessThanOrEqual(225);
			expect(s).toBeGreaterThan(0.2);
		}
	);
});

describe('basemapLayers', () => {
	it.each(LANGS)('labels rivers and lakes with name:%s, falling back to English', (lang) => {
		for (const id of BASEMAP_LABEL_LAYERS) {
			const l = layer(lang, id) as { layout?: Record<string, unknown> };
			const field = l.layout?.['text-field'];
			expect(labelText(field, { 'name:en': 'Amur', [`name:${lang}`]: `Amur (${lang})` })).toBe(
				`Amur (${lang})`
			);
			expect(labelText(field, { 'name:en': 'Amur' })).toBe('Amur');
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

	// The first-load files leave the double-lined river stretches to the close-up files.
	it.each([
		// Today's borders travel only in the detail file (drawn only in views without the states).
		['first-load', SOURCE_FILES, ['basemap-river-areas', ...TODAYS_BORDER_LAYERS]],
		['close-up', DETAIL_SOURCE_FILES, []]
	] as const)(
		'filters every layer to features the generated %s files actually contain',
		(_name, files, absent: readonly string[]) => {
			for (const l of basemapLayers('en')) {
				const filter = equalityFilter(l);
				if (!filter || !('source' in l) || absent.includes(l.id)) continue;
				const [key, value] = filter;
				const features = readCollection(files[l.source as string]).features;
				expect(
					features.some((f) => f.properties?.[key] === value),
					l.id
				).toBe(true);
			}
		}
	);

	it('draws the Amur, Ussuri and Argun under the border line, wider than it at zooms 5–8', () => {
		const ids = basemapLayers('en').map((l) => l.id);
		expect(ids.indexOf('basemap-named-river-bands')).toBeLessThan(ids.indexOf('basemap-borders'));
		const water = readCollection(SOURCE_FILES[WATER_SOURCE]).features;
		for (const id of ['river-amur', 'river-ussuri', 'river-argun'])
			expect(
				water.some((f) => f.properties?.id === id),
				id
			).toBe(true);
	});

	it('sets river names along the smoothed label lines of the named rivers only', () => {
		const l = layer('en', 'basemap-river-labels') as { filter?: unknown };
		expect(l.filter).toEqual(['==', ['get', 'kind'], 'river-label']);
		const labels = readCollection(SOURCE_FILES[WATER_SOURCE]).features.filter(
			(f) => f.properties?.kind === 'river-label'
		);
		expect(labels.length).toBe(11);
		expect(labels.every((f) => typeof f.properties?.['name:ru'] === 'string')).toBe(true);
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
