/**
 * What a chapter's page tells link previews: its description, derived from its own text, and
 * its addresses, absolute under `SITE_URL` or paths without it.
 */
import { describe, expect, it } from 'vitest';
import {
	chapterShare,
	describe as describeChapter,
	DESCRIPTION_LENGTH,
	plainText,
	siteHref,
	siteUrlFrom
} from '../../../src/lib/share/meta';
import { oembedFor } from '../../../src/lib/share/oembed';
import { chapters } from '../../browser/story-data';

describe('the description of a chapter', () => {
	it('drops citation marks and the space before them', () => {
		expect(plainText('Moscow signed. [@ref-a] Beijing  waited.[@ref-b]')).toBe(
			'Moscow signed. Beijing waited.'
		);
	});

	it('keeps whole sentences of the first paragraph that fit', () => {
		const body = [
			'Moscow and Beijing signed a treaty. [@a] It lasted thirty years. It was not renewed.',
			'The second paragraph is never used.'
		];
		expect(describeChapter(body, 60)).toBe(
			'Moscow and Beijing signed a treaty. It lasted thirty years.'
		);
		expect(describeChapter(body, 40)).toBe('Moscow and Beijing signed a treaty.');
	});

	it('keeps a short paragraph whole, and cuts a long first sentence at a word', () => {
		expect(describeChapter(['Short. [@a]'])).toBe('Short.');
		const long = `${'word '.repeat(60)}end.`;
		const cut = describeChapter([long], 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut).toMatch(/^word( word)*…$/);
	});

	it('goes on into the next sentence, cut at a word, when the first says too little', () => {
		const body = [
			'Mao died. His successor removed the Gang of Four and opened the country to trade.'
		];
		expect(describeChapter(body, 50)).toBe('Mao died. His successor removed the Gang of Four…');
	});

	it('does not end a sentence at an initial or a number', () => {
		// “U.S.” is followed by a capital, but the split needs a full stop then a space then a capital.
		expect(describeChapter(['In 1950 the treaty was signed. Then 30 years passed.'], 31)).toBe(
			'In 1950 the treaty was signed.'
		);
	});

	it.each(chapters.map((c) => [c.id, c] as const))(
		'for %s is its own first sentence(s), plain and short enough',
		(_, chapter) => {
			const text = describeChapter(chapter.body);
			expect(text.length).toBeGreaterThan(40);
			expect(text.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
			expect(text).not.toMatch(/\[@|\s{2}/);
			// Derived, not invented: the description is where the chapter's text begins.
			expect(plainText(chapter.body[0]).startsWith(text.replace(/…$/, ''))).toBe(true);
		}
	);
});

describe('SITE_URL', () => {
	it('is unset, or an absolute http(s) root without a trailing slash', () => {
		expect(siteUrlFrom(undefined)).toBeNull();
		expect(siteUrlFrom('  ')).toBeNull();
		expect(siteUrlFrom('https://example.org')).toBe('https://example.org');
		expect(siteUrlFrom('https://example.org/storymap/')).toBe('https://example.org/storymap');
		expect(() => siteUrlFrom('example.org/storymap')).toThrow(/not an absolute address/);
		expect(() => siteUrlFrom('ftp://example.org')).toThrow(/https:\/\//);
		expect(() => siteUrlFrom('https://example.org/?a=1')).toThrow(/query/);
	});

	it('joins a path absolutely, or writes a path under the base without it', () => {
		expect(siteHref('https://example.org/map', '', 'chapter/prologue')).toBe(
			'https://example.org/map/chapter/prologue'
		);
		expect(siteHref('https://example.org/map', '', '/oembed/embed.json')).toBe(
			'https://example.org/map/oembed/embed.json'
		);
		expect(siteHref(null, '', 'chapter/prologue')).toBe('/chapter/prologue');
		expect(siteHref(null, '/map', 'chapter/prologue')).toBe('/map/chapter/prologue');
		expect(siteHref(null, '', '')).toBe('/');
	});

	it('makes every address of a chapter page absolute', () => {
		const chapter = chapters.find((c) => c.id === 'railway-war-1929')!;
		const share = chapterShare(chapter, 'https://example.org/map', '', 'Site', 'A map');
		expect(share).toMatchObject({
			title: `${chapter.title} — Site`,
			url: 'https://example.org/map/chapter/railway-war-1929',
			image: {
				url: 'https://example.org/map/chapters/railway-war-1929-card.jpg',
				width: 1200,
				height: 630,
				alt: 'A map'
			},
			oembed: 'https://example.org/map/oembed/railway-war-1929.json'
		});
		expect(chapterShare(chapter, null, '', 'Site', 'A map').url).toBe('/chapter/railway-war-1929');
	});
});

describe('the oEmbed answer', () => {
	const chapter = chapters.find((c) => c.id === 'border-conflict-1969')!;

	it('is a rich answer whose iframe opens the embed at the chapter', () => {
		const answer = oembedFor(chapter, 'https://example.org/map', '', 'Title', 'Site');
		expect(answer).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'Title',
			provider_name: 'Site',
			provider_url: 'https://example.org/map/',
			thumbnail_url: 'https://example.org/map/chapters/border-conflict-1969-card.jpg',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(answer.width).toBeGreaterThan(0);
		expect(answer.height).toBeGreaterThan(0);
		const src = /<iframe[^>]* src="([^"]+)"/.exec(answer.html)![1];
		expect(src).toBe('https://example.org/map/embed?chapter=border-conflict-1969');
		expect(answer.html).toContain('e.origin!=="https://example.org"');
	});

	it('without SITE_URL, points at paths, and its resizer trusts the host page’s own origin', () => {
		const answer = oembedFor(chapter, null, '', 'Title', 'Site');
		expect(/<iframe[^>]* src="([^"]+)"/.exec(answer.html)![1]).toBe(
			'/embed?chapter=border-conflict-1969'
		);
		expect(answer.html).toContain('e.origin!==location.origin');
		expect(answer.thumbnail_url).toBe('/chapters/border-conflict-1969-card.jpg');
	});
});
