/**
 * The HTML an editor pastes into an article. Either an iframe of `/embed` for the current view,
 * with a few lines of script that size every such iframe to its content from our
 * `storymap:height` messages, or the scrolly snippet for `/embed.js`. The script accepts heights only from our origin and from the frames it sized, and
 * installs itself once however many snippets a page holds.
 */
import { formatViewParams, type Theme } from './url';
import type { View } from '../story/view';

/** Iframe height before the first height message arrives (and without script). */
export const DEFAULT_HEIGHT = 720;
/** Heights the resizer accepts; anything else is ignored. */
export const HEIGHT_RANGE = [240, 4000] as const;

const escapeAttr = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Whether a site root is an absolute address (else a path, such as `/` or `/storymap/`). */
const isAbsolute = (siteUrl: string) => /^[a-z][a-z\d+.-]*:/i.test(siteUrl);

/**
 * The embed address for a view, e.g. `https://example.org/embed?chapter=…&year=…`. A year or
 * layer set equal to `chapterDefaults` (the chapter's own) is left out, so the embed shows the
 * chapter as written, period and all, rather than a pinned single year. A site root given as a
 * path (a build without `SITE_URL`) gives a path (`/embed?chapter=…`). A `theme` is added as
 * `theme=` (without it the embed follows the reader's system setting).
 */
export function embedUrl(
	siteUrl: string,
	view: View,
	chapterDefaults: Partial<View> = {},
	theme?: Theme
): string {
	const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
	const url = new URL('embed', new URL(root, 'http://path.invalid'));
	const params = formatViewParams(view, { lang: 'en', layers: chapterDefaults.layers });
	if (chapterDefaults.date !== undefined && view.date === chapterDefaults.date)
		params.delete('year');
	if (theme) params.set('theme', theme);
	url.search = params.toString();
	return isAbsolute(siteUrl) ? url.href : url.pathname + url.search;
}

export function embedSnippet(
	siteUrl: string,
	view: View,
	title: string,
	chapterDefaults: Partial<View> = {},
	theme?: Theme
): string {
	const src = embedUrl(siteUrl, view, chapterDefaults, theme);
	// A frame given by a path is on the host page's own origin.
	const origin = isAbsolute(src) ? JSON.stringify(new URL(src).origin) : 'location.origin';
	const [min, max] = HEIGHT_RANGE;
	const script =
		`(function(w){if(w.storymapResizer)return;w.storymapResizer=1;` +
		`w.addEventListener('message',function(e){var d=e.data;` +
		`if(e.origin!==${origin}||!d||d.type!=='storymap:height'||typeof d.height!=='number')return;` +
		`var f=document.querySelectorAll('iframe[data-storymap]');` +
		`for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)` +
		`f[i].style.height=Math.max(${min},Math.min(${max},Math.ceil(d.height)))+'px'})})(window);`;
	return (
		`<iframe data-storymap src="${escapeAttr(src)}" title="${escapeAttr(title)}" ` +
		`style="width:100%;height:${DEFAULT_HEIGHT}px;border:0" loading="lazy"></iframe>\n` +
		`<script>${script}</script>`
	);
}

/**
 * The scrolly snippet: a div that `/embed.js` turns into the chapters' text flowing through the
 * host article beside a pinned map, with a link to the story as its content until then (and
 * for readers without script).
 */
export function scrollySnippet(siteUrl: string, lang: View['lang'], title: string): string {
	const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
	const langAttr = lang === 'en' ? '' : ` data-lang="${lang}"`;
	return (
		`<div data-storymap${langAttr}><p><a href="${escapeAttr(root)}">${escapeAttr(title)}</a></p></div>\n` +
		`<script src="${escapeAttr(new URL('embed.js', root).href)}" async></script>`
	);
}
