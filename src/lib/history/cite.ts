/**
 * "Cite this view": a link that reproduces the view, and a citation of it in Chicago style
 * (notes and bibliography, a web page) and in BibTeX. The citation is written in English, the
 * language of both conventions and of the work's title, whatever the interface language; the
 * link keeps the reader's language.
 */
import { formatViewParams } from '../embed/url';
import { periodLabel } from '../map/time';
import { normalizeLayers, type View } from '../story/view';
import { AUTHOR, WORK_TITLE } from './licence';

/** Where the view is: a chapter of the story (`/`) or the free map (`/explore`). */
export type CiteRoute = 'story' | 'explore';

/**
 * The link that reproduces a view: chapter (on the story), date, period, layers and language,
 * all written out (no defaults left implicit, so a later change of a chapter's defaults cannot
 * change what the link shows). Commas stay readable, as in the address bar.
 * @example permalink('https://example.org/', 'story', view) // 'https://example.org/?chapter=…&year=1969-03-02&layers=clashes,events'
 */
export function permalink(siteUrl: string, route: CiteRoute, view: View): string {
	const params = formatViewParams(view);
	// The free map takes no chapter: its address bar has none either.
	if (route === 'explore') params.delete('chapter');
	const url = new URL(route === 'explore' ? 'explore' : '', siteUrl);
	url.search = params.toString().replace(/%2C/gi, ',');
	return url.href;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The access date as Chicago writes it, in the reader's own calendar day: `December 7, 2026`. */
export function accessedChicago(day: Date): string {
	return `${MONTHS[day.getMonth()]} ${day.getDate()}, ${day.getFullYear()}`;
}

/** The access date as ISO 8601 (BibTeX's `urldate`): `2026-12-07`. */
export function accessedIso(day: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export interface Citation {
	/** The part of the work cited: the chapter's title on the story, "Map" on the free map. */
	part: string;
	view: View;
	permalink: string;
	/** The data version (first 8 hex of the SHA-256 of `/data/story.json`), once known. */
	version?: string;
	accessed: Date;
}

/** The view's layers in their public order, in words: `clashes, events`, or `none`. */
function layerList(view: View): string {
	const layers = normalizeLayers(view.layers);
	return layers.length ? layers.join(', ') : 'none';
}

/**
 * Chicago (notes and bibliography), as a bibliography entry for a web page:
 * `Author. “Part, period.” Title. Interactive map; layers: …; data version …. Accessed …. URL.`
 */
export function chicago(c: Citation): string {
	const period = periodLabel(c.view.date, c.view.until, 'en');
	const version = c.version ? `, data version ${c.version}` : '';
	return (
		`${AUTHOR}. “${c.part}, ${period}.” ${WORK_TITLE}. ` +
		`Interactive map (layers: ${layerList(c.view)}${version}). ` +
		`Accessed ${accessedChicago(c.accessed)}. ${c.permalink}.`
	);
}

/**
 * A BibTeX text field: the characters TeX treats specially are escaped, dashes between numbers
 * become en dashes, and the non-ASCII the titles use are left as they are (biber and
 * BibTeX with inputenc read UTF-8).
 * @example bibtexText('50% & more') // '50\\% \\& more'
 */
export function bibtexText(text: string): string {
	return text
		.replace(/\\/g, '\\textbackslash{}')
		.replace(/([{}&%$#_])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}')
		.replace(/\^/g, '\\textasciicircum{}')
		.replace(/(\d)[–-](\d)/g, '$1--$2');
}

/**
 * A key that names the view: `neighbours-rivals-<chapter or map>-<date>`.
 * @example bibtexKey({ chapter: 'border-conflict-1969', date: '1969-03-02', … }, 'story') // 'neighbours-rivals-border-conflict-1969-1969-03-02'
 */
export function bibtexKey(view: View, route: CiteRoute): string {
	const what = route === 'explore' ? 'map' : view.chapter;
	const dates = view.until ? `${view.date}-${view.until}` : view.date;
	return `neighbours-rivals-${what}-${dates}`.replace(/[^\w-]/g, '-');
}

/** A BibTeX `@misc` entry, with `url` and `urldate` (read by biblatex and by natbib's styles). */
export function bibtex(c: Citation, route: CiteRoute): string {
	const fields: [string, string][] = [
		['author', `{${bibtexText(AUTHOR)}}`],
		['title', `{${bibtexText(`${c.part}, ${periodLabel(c.view.date, c.view.until, 'en')}`)}}`],
		['howpublished', bibtexText(`${WORK_TITLE}, interactive map`)],
		[
			'note',
			bibtexText(`Layers: ${layerList(c.view)}${c.version ? `; data version ${c.version}` : ''}`)
		],
		['url', c.permalink],
		['urldate', accessedIso(c.accessed)]
	];
	const width = Math.max(...fields.map(([k]) => k.length));
	return (
		`@misc{${bibtexKey(c.view, route)},\n` +
		fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n') +
		'\n}'
	);
}
