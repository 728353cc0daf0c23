/**
 * What a chapter's page tells link previews, search engines and oEmbed consumers about itself:
 * a description derived from the chapter's own text, and addresses made absolute from one build
 * setting, `SITE_URL` (README, "Share cards and oEmbed"). Pure: the facts stay in the content
 * files, this only derives.
 */
import { CITATION } from '../story/citations';
import { CARD_SIZE, chapterImagePath } from '../story/pictures';
import type { Chapter } from '../story/types';

/** The longest description written (search engines and previews cut around here). */
export const DESCRIPTION_LENGTH = 200;

/** A paragraph as plain text: citation marks (and the space before them) gone, spaces single. */
export function plainText(paragraph: string): string {
	return paragraph
		.replace(new RegExp(`\\s*${CITATION.source}`, 'g'), '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A chapter's description: the first sentences of its first paragraph that fit in `max`
 * characters. When they would say too little (under `max` × 0.4: "Mao died in 1976."), the next
 * sentence follows as far as it fits, cut at a word, with an ellipsis.
 * @example describe(['Moscow and Beijing met. [@ref] They argued.'], 30) // 'Moscow and Beijing met.'
 */
export function describe(body: readonly string[], max = DESCRIPTION_LENGTH): string {
	const text = plainText(body[0] ?? '');
	if (text.length <= max) return text;
	// A sentence ends at . ! or ? (perhaps closed by a quote or bracket) before a capital or an opening mark.
	const sentences = text.split(/(?<=[.!?][”’"')\]]?)\s+(?=[\p{Lu}“"(«])/u);
	let out = '';
	for (const sentence of sentences) {
		const next = out ? `${out} ${sentence}` : sentence;
		if (next.length > max) break;
		out = next;
	}
	if (out.length >= max * 0.4) return out;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * Reads `SITE_URL`: the address of the site root as readers reach it (scheme, host and any
 * path), without a trailing slash; null when unset or empty. Anything else is a mistake in the
 * build's setting, and throws with a sentence saying so.
 * @example siteUrlFrom('https://example.org/storymap/') // 'https://example.org/storymap'
 */
export function siteUrlFrom(value: string | undefined): string | null {
	const raw = value?.trim();
	if (!raw) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`SITE_URL “${raw}” is not an absolute address (e.g. https://example.org/storymap)`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL “${raw}” must start with https:// or http://`);
	if (url.search || url.hash)
		throw new Error(`SITE_URL “${raw}” must not have a query or a fragment`);
	return url.href.replace(/\/+$/, '');
}

/**
 * A path of the site as written into a page or a JSON file: absolute under `site` (from
 * `SITE_URL`), or, without it, relative to the server's root under the build's `base` path.
 * @example siteHref('https://example.org/map', '', 'chapter/prologue') // 'https://example.org/map/chapter/prologue'
 * @example siteHref(null, '/map', 'chapter/prologue') // '/map/chapter/prologue'
 */
export function siteHref(site: string | null, base: string, path: string): string {
	const tail = path.replace(/^\/+/, '');
	return site ? `${site}/${tail}` : `${base}/${tail}`;
}

/** The tags a setting of `SITE_URL` makes absolute (named in the build's warning and README). */
export const ABSOLUTE_WITH_SITE_URL = [
	'canonical',
	'og:url',
	'og:image',
	'twitter:image',
	'the oEmbed discovery links',
	'the oEmbed JSON (provider_url, thumbnail_url and the iframe src in html)'
] as const;

/** A chapter's page: where it is, what it shows, and how previews should show it. */
export interface ChapterShare {
	title: string;
	description: string;
	/** The page itself (canonical, og:url). */
	url: string;
	/** The 1200×630 share card (`scripts/chapter-images.ts`). */
	image: { url: string; width: number; height: number; alt: string };
	/** The chapter's oEmbed JSON (the discovery link). */
	oembed: string;
}

/** The path of a chapter's page, under the site root. */
export const chapterPagePath = (id: string) => `chapter/${id}`;
/** The path of an oEmbed JSON file, under the site root (`embed` for the embed view). */
export const oembedPath = (name: string) => `oembed/${name}.json`;

/**
 * Everything a chapter's page head says about it.
 * @param siteTitle the site's name, after the chapter's in the title
 * @param imageAlt the share card's text alternative (what the map shows)
 */
export function chapterShare(
	chapter: Pick<Chapter, 'id' | 'title' | 'body'>,
	site: string | null,
	base: string,
	siteTitle: string,
	imageAlt: string
): ChapterShare {
	return {
		title: `${chapter.title} — ${siteTitle}`,
		description: describe(chapter.body),
		url: siteHref(site, base, chapterPagePath(chapter.id)),
		image: {
			url: siteHref(site, base, chapterImagePath(chapter.id, 'card')),
			...CARD_SIZE,
			alt: imageAlt
		},
		oembed: siteHref(site, base, oembedPath(chapter.id))
	};
}
