/** The citation's pure parts: the permalink, Chicago and BibTeX, the access date, escaping. */
import { describe, expect, it } from 'vitest';
import {
	accessedChicago,
	accessedIso,
	bibtex,
	bibtexKey,
	bibtexText,
	chicago,
	permalink
} from '../../../src/lib/history/cite';
import { parseViewParams } from '../../../src/lib/embed/url';
import { dataVersion } from '../../../src/lib/server/published';
import type { View } from '../../../src/lib/story/view';

const view: View = {
	chapter: 'border-conflict-1969',
	date: '1969-03-02',
	until: '1969-03-17',
	layers: ['events', 'clashes'],
	lang: 'zh'
};
const day = new Date(2026, 11, 7, 12);

describe('permalink', () => {
	it('writes every part of the view, and reads back as the same view', () => {
		const link = permalink('https://example.org/map/', 'story', view);
		expect(link).toBe(
			'https://example.org/map/?chapter=border-conflict-1969&year=1969-03-02&until=1969-03-17&layers=clashes,events&lang=zh'
		);
		const back = parseViewParams(new URL(link).searchParams, ['border-conflict-1969']);
		expect(back.notices).toEqual([]);
		expect(back.view).toEqual({ ...view, layers: ['clashes', 'events'] });
	});

	it('leads to the free map without a chapter', () => {
		const link = permalink('https://example.org/', 'explore', {
			...view,
			lang: 'en',
			until: undefined
		});
		expect(link).toBe('https://example.org/explore?year=1969-03-02&layers=clashes,events');
	});
});

describe('citations', () => {
	const c = {
		part: 'The 1969 border conflict',
		view,
		permalink: 'https://example.org/?chapter=x',
		version: 'abcd1234',
		accessed: day
	};

	it('Chicago: author, part and period, title, layers and version, accessed, link', () => {
		expect(chicago(c)).toBe(
			'Neighbours and Rivals team. “The 1969 border conflict, 2–17 March 1969.” ' +
				'Neighbours and Rivals: Sino-Soviet Relations, 1917–1991. ' +
				'Interactive map (layers: clashes, events, data version abcd1234). ' +
				'Accessed December 7, 2026. https://example.org/?chapter=x.'
		);
		expect(chicago({ ...c, version: undefined })).toContain('(layers: clashes, events).');
	});

	it('BibTeX: a @misc entry with url, urldate and the data version', () => {
		expect(bibtex(c, 'story')).toBe(
			[
				'@misc{neighbours-rivals-border-conflict-1969-1969-03-02-1969-03-17,',
				'  author       = {{Neighbours and Rivals team}},',
				'  title        = {{The 1969 border conflict, 2--17 March 1969}},',
				'  howpublished = {Neighbours and Rivals: Sino-Soviet Relations, 1917--1991, interactive map},',
				'  note         = {Layers: clashes, events; data version abcd1234},',
				'  url          = {https://example.org/?chapter=x},',
				'  urldate      = {2026-12-07}',
				'}'
			].join('\n')
		);
		expect(bibtexKey({ ...view, until: undefined }, 'explore')).toBe(
			'neighbours-rivals-map-1969-03-02'
		);
	});

	it('escapes what TeX treats specially', () => {
		expect(bibtexText('50% & #1 {x} $y_z')).toBe('50\\% \\& \\#1 \\{x\\} \\$y\\_z');
		expect(bibtexText('1917–1991')).toBe('1917--1991');
	});

	it('writes the access date as each style does', () => {
		expect(accessedChicago(day)).toBe('December 7, 2026');
		expect(accessedIso(new Date(2026, 0, 5))).toBe('2026-01-05');
	});
});

describe('dataVersion', () => {
	it('is the first 8 hex digits of the SHA-256 of the text, and changes with it', () => {
		expect(dataVersion('{}')).toEqual({
			version: '44136fa3',
			sha256: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
		});
		expect(dataVersion('{"a":1}').version).not.toBe('44136fa3');
	});
});
