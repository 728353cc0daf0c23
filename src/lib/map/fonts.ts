/**
 * Fonts for map labels, all served from our own origin (no glyph server, no font CDN).
 *
 * How MapLibre 6 draws text without a `glyphs` URL: the style's `font-faces` maps each name used
 * in `text-font` to font files (with optional `unicode-range`). MapLibre downloads a file only
 * when it first draws a character the file covers, registers it with the CSS Font Loading API
 * under a private family name, waits for it to load and only then rasterises the glyph. So
 * labels never flash in a fallback font, and a file nobody needs (Cyrillic for an English
 * reader, Chinese for a Russian one) is never fetched. A character no declared file covers is
 * drawn from the reader's local fonts, using the `text-font` names as a CSS font-family list —
 * hence the generic `serif` at the end of each stack.
 *
 * Latin and Cyrillic: Noto Serif (SIL OFL 1.1) from npm @fontsource/noto-serif, bundled by Vite.
 * Chinese: a subset of Noto Serif SC (SIL OFL 1.1) holding only our labels' characters, built by
 * `scripts/basemap/build.ts` into static/basemap/fonts/ (≈30 KB instead of megabytes).
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2?url';
import latinItalic from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2?url';
import latinExtItalic from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff2?url';
import cyrillicItalic from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff2?url';
import cyrillicExtItalic from '@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-italic.woff2?url';

export type FontFaces = NonNullable<StyleSpecification['font-faces']>;

/** Names used in `text-font`; they are keys of `font-faces`, not CSS families. */
export const FONT_REGULAR = 'Noto Serif Regular';
export const FONT_ITALIC = 'Noto Serif Italic';
export const FONT_CJK = 'Noto Serif SC Map';

/** `text-font` for places, regions and titles. */
export const MAP_FONT: string[] = [FONT_REGULAR, FONT_CJK, 'serif'];
/** `text-font` for water (atlas convention: hydrography in italic; Chinese has no italic). */
export const MAP_FONT_ITALIC: string[] = [FONT_ITALIC, FONT_CJK, 'serif'];

/** Where the build writes the Chinese subset, relative to the site root. */
export const CJK_FONT_PATH = 'basemap/fonts/noto-serif-sc-map.woff2';

/** Unicode ranges of the Fontsource subsets (copied from @fontsource/noto-serif's CSS). */
const RANGES = {
	latin:
		'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
	latinExt:
		'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
	cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
	cyrillicExt: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
	/** CJK punctuation, ideographs (incl. extension A), full-width forms. */
	cjk: 'U+3000-303F,U+3400-4DBF,U+4E00-9FFF,U+FF00-FFEF'
};

type Subset = keyof typeof RANGES;

const FILES: Record<typeof FONT_REGULAR | typeof FONT_ITALIC, [Subset, string][]> = {
	[FONT_REGULAR]: [
		['latin', latin],
		['latinExt', latinExt],
		['cyrillic', cyrillic],
		['cyrillicExt', cyrillicExt]
	],
	[FONT_ITALIC]: [
		['latin', latinItalic],
		['latinExt', latinExtItalic],
		['cyrillic', cyrillicItalic],
		['cyrillicExt', cyrillicExtItalic]
	]
};

/** An absolute URL for a path under the site root (works with or without a trailing slash). */
export function siteAsset(siteUrl: string, path: string): string {
	const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
	return new URL(path.replace(/^\//, ''), base).href;
}

/** Vite gives root-relative URLs (`/_app/immutable/assets/…`); MapLibre fetches absolute ones. */
function bundled(siteUrl: string, url: string): string {
	return new URL(url, siteUrl).href;
}

function face(url: string, subset: Subset) {
	return { url, 'unicode-range': RANGES[subset].split(',') };
}

/**
 * The style's `font-faces`: every file declared, none fetched until a label needs it.
 * @example style['font-faces'] = mapFontFaces('https://example.org/');
 */
export function mapFontFaces(siteUrl: string): FontFaces {
	const faces: FontFaces = {};
	for (const [name, files] of Object.entries(FILES)) {
		faces[name] = files.map(([subset, url]) => face(bundled(siteUrl, url), subset));
	}
	faces[FONT_CJK] = [face(siteAsset(siteUrl, CJK_FONT_PATH), 'cjk')];
	return faces;
}
