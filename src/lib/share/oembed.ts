/**
 * The oEmbed answer (https://oembed.com, type `rich`) for a chapter or for the embed view: the
 * iframe snippet an editor would copy from the Embed button (`../embed/snippet.ts`), at the
 * chapter as written, with the chapter's 1200×630 share card as its thumbnail. Prerendered as
 * `/oembed/<chapter>.json` and `/oembed/embed.json` (`src/routes/oembed/`).
 */
import { DEFAULT_HEIGHT, embedSnippet } from '../embed/snippet';
import { CARD_SIZE, chapterImagePath } from '../story/pictures';
import type { Chapter } from '../story/types';
import { siteHref } from './meta';

/** The width the snippet is announced at (the iframe itself takes the column's width). */
export const OEMBED_WIDTH = 720;

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	html: string;
	width: number;
	height: number;
	title: string;
	provider_name: string;
	provider_url: string;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * @param site the absolute site root from `SITE_URL`, or null (then every address is a path)
 * @param base the build's base path (`$app/paths`), used without `site`
 * @param title what the answer and the iframe are called
 * @param provider the site's name
 */
export function oembedFor(
	chapter: Pick<Chapter, 'id' | 'date' | 'layers'>,
	site: string | null,
	base: string,
	title: string,
	provider: string
): OEmbedRich {
	const root = siteHref(site, base, '');
	const view = {
		chapter: chapter.id,
		date: chapter.date,
		layers: [...chapter.layers],
		lang: 'en' as const
	};
	return {
		version: '1.0',
		type: 'rich',
		html: embedSnippet(root, view, title, { date: chapter.date, layers: chapter.layers }),
		width: OEMBED_WIDTH,
		height: DEFAULT_HEIGHT,
		title,
		provider_name: provider,
		provider_url: root,
		thumbnail_url: siteHref(site, base, chapterImagePath(chapter.id, 'card')),
		thumbnail_width: CARD_SIZE.width,
		thumbnail_height: CARD_SIZE.height
	};
}
