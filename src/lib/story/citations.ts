/**
 * Inline citations: chapter paragraphs cite references as `[@ref-id]`. They are numbered in
 * order of first use across the whole story, like footnotes in print.
 */
import type { Chapter } from './types';

export type Segment = { text: string } | { ref: string; n: number };

/** A citation marker, `[@ref-id]`; group 1 is the id. The one definition of the syntax. */
export const CITATION = /\[@([^\]\s]+)\]/g;
/** The same marker with the whitespace before it, which the rendered text drops. */
const CITATION_WITH_SPACE = new RegExp(`\\s*${CITATION.source}`, 'g');

/** Citation ids used in a paragraph, in order. */
export function citationsIn(text: string): string[] {
	return [...text.matchAll(CITATION)].map((m) => m[1]);
}

/** Footnote numbers for every cited reference id, in order of first appearance. */
export function numberCitations(chapters: readonly Chapter[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const chapter of chapters)
		for (const paragraph of chapter.body)
			for (const id of citationsIn(paragraph))
				if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}

/** Splits a paragraph into text and citation segments (whitespace before a marker dropped). */
export function segments(paragraph: string, numbers: ReadonlyMap<string, number>): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of paragraph.matchAll(CITATION_WITH_SPACE)) {
		if (m.index > last) out.push({ text: paragraph.slice(last, m.index) });
		out.push({ ref: m[1], n: numbers.get(m[1]) ?? 0 });
		last = m.index + m[0].length;
	}
	if (last < paragraph.length) out.push({ text: paragraph.slice(last) });
	return out;
}

/** A paragraph as plain text, without its citation markers (for text shown outside the site). */
export function withoutCitations(paragraph: string): string {
	return segments(paragraph, new Map())
		.map((s) => ('text' in s ? s.text : ''))
		.join('');
}
