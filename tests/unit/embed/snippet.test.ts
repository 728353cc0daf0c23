import { describe, expect, it } from 'vitest';
import {
	DEFAULT_HEIGHT,
	embedSnippet,
	embedUrl,
	scrollySnippet
} from '../../../src/lib/embed/snippet';
import type { View } from '../../../src/lib/story/view';

const view: View = {
	chapter: 'border-conflict-1969',
	date: '1969-03-02',
	layers: ['regions', 'clashes'],
	lang: 'ru'
};
const SITE = 'https://maps.example.org/sino-soviet/';

/** Runs the snippet's script against a fake page holding the given iframes. */
function install(snippet: string, frames: { contentWindow: object; style: { height: string } }[]) {
	const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1];
	const listeners: ((e: unknown) => void)[] = [];
	const win = { addEventListener: (_: string, fn: (e: unknown) => void) => listeners.push(fn) };
	const doc = { querySelectorAll: () => frames };
	new Function('window', 'document', script)(win, doc);
	return {
		listeners,
		send: (e: unknown) => listeners.forEach((fn) => fn(e)),
		win
	};
}

describe('embed snippet', () => {
	it('points the iframe at /embed with the current view', () => {
		const url = new URL(embedUrl(SITE, view));
		expect(url.pathname).toBe('/sino-soviet/embed');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			chapter: 'border-conflict-1969',
			year: '1969-03-02',
			layers: 'regions,clashes',
			lang: 'ru'
		});
	});

	it('is an iframe with a title, a starting height and no third-party address', () => {
		const html = embedSnippet(SITE, view, 'Neighbours & "Rivals"');
		expect(html).toMatch(
			/^<iframe data-storymap src="https:\/\/maps\.example\.org\/sino-soviet\/embed\?/
		);
		expect(html).toContain('title="Neighbours &amp; &quot;Rivals&quot;"');
		expect(html).toContain(`height:${DEFAULT_HEIGHT}px`);
		const addresses = html.match(/https?:\/\/[^\s"'<)]+/g) ?? [];
		expect(addresses.length).toBeGreaterThan(0);
		expect(addresses.map((a) => new URL(a).origin)).toEqual(
			addresses.map(() => 'https://maps.example.org')
		);
	});

	it('sizes only its own iframes, from our origin, within sane bounds', () => {
		const mine = { contentWindow: {}, style: { height: '720px' } };
		const other = { contentWindow: {}, style: { height: '300px' } };
		const page = install(embedSnippet(SITE, view, 'Map'), [mine, other]);
		const origin = 'https://maps.example.org';
		page.send({
			origin,
			source: mine.contentWindow,
			data: { type: 'storymap:height', height: 910.2 }
		});
		expect(mine.style.height).toBe('911px');
		page.send({
			origin: 'https://evil.example',
			source: mine.contentWindow,
			data: { type: 'storymap:height', height: 5 }
		});
		page.send({
			origin,
			source: mine.contentWindow,
			data: { type: 'storymap:height', height: '99' }
		});
		page.send({ origin, source: mine.contentWindow, data: null });
		expect(mine.style.height).toBe('911px');
		page.send({
			origin,
			source: mine.contentWindow,
			data: { type: 'storymap:height', height: 1e9 }
		});
		expect(mine.style.height).toBe('4000px');
		expect(other.style.height).toBe('300px');
	});

	it('installs its listener once when a page holds two snippets', () => {
		const html = embedSnippet(SITE, view, 'Map');
		const page = install(html, []);
		const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];
		new Function('window', 'document', script)(page.win, { querySelectorAll: () => [] });
		expect(page.listeners).toHaveLength(1);
	});
});

describe('embedUrl with the chapter defaults', () => {
	const chapter = { date: '1969', layers: ['regions', 'clashes'] as View['layers'] };

	it('leaves out a year and layers the chapter shows anyway, so its period survives', () => {
		const url = new URL(embedUrl(SITE, { ...view, date: '1969' }, chapter));
		expect(url.searchParams.has('year')).toBe(false);
		expect(url.searchParams.has('layers')).toBe(false);
		expect(url.searchParams.get('chapter')).toBe('border-conflict-1969');
	});

	it('keeps a year or layers the reader chose', () => {
		const url = new URL(embedUrl(SITE, { ...view, date: '1970', layers: ['railways'] }, chapter));
		expect(url.searchParams.get('year')).toBe('1970');
		expect(url.searchParams.get('layers')).toBe('railways');
	});
});

describe('scrollySnippet', () => {
	it('is a div for /embed.js with a readable link inside, and the script from our site', () => {
		const html = scrollySnippet(SITE, 'zh', 'Neighbours <&> Rivals');
		expect(html).toMatch(
			/^<div data-storymap data-lang="zh"><p><a href="https:\/\/maps\.example\.org\/sino-soviet\/">/
		);
		expect(html).toContain('Neighbours &lt;&amp;> Rivals');
		expect(html).toMatch(
			/<script src="https:\/\/maps\.example\.org\/sino-soviet\/embed\.js" async><\/script>$/
		);
		expect(scrollySnippet(SITE, 'en', 'x')).not.toContain('data-lang');
	});
});

describe('the embed’s theme in the snippet', () => {
	it('adds theme= when one is chosen, and nothing otherwise', () => {
		expect(new URL(embedUrl(SITE, view, {}, 'dark')).searchParams.get('theme')).toBe('dark');
		expect(new URL(embedUrl(SITE, view)).searchParams.has('theme')).toBe(false);
		expect(embedSnippet(SITE, view, 'Map', {}, 'light')).toContain('theme=light');
	});
});
