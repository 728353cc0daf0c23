/**
 * The embed inside a host page on another origin, in real Chromium: the copied snippet sizes
 * the iframe to its content, the host drives the map with postMessage, hostile messages are
 * answered with errors and change nothing, and the host page is never scrolled or focused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet, scrollySnippet } from '../../src/lib/embed/snippet';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { chapters } from './story-data';

let h: Harness;
let host: Server;
let hostOrigin: string;

/** The article page: a log of every message, the editor's snippet, and a Pym.js-style frame. */
function articleHtml(siteOrigin: string): string {
	const snippet = embedSnippet(
		`${siteOrigin}/`,
		{ chapter: 'border-conflict-1969', date: '1969', layers: ['regions', 'clashes'], lang: 'en' },
		'Story map'
	);
	return `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body>
<script>window.__got=[];addEventListener('message',function(e){window.__got.push({origin:e.origin,data:e.data})});</script>
<h1>An article</h1><p>Some text before the map.</p>
${snippet}
<p>Text after the map.</p>
<iframe id="pym" src="${siteOrigin}/embed?childId=pym-1&chapter=prologue" style="width:100%;height:300px;border:0"></iframe>
<div style="height:3000px"></div>
</body></html>`;
}

/**
 * An article using the scrolly embed: the snippet the Embed button gives, with the chapters
 * chosen as the README tells editors to, flowing through the host's own page.
 */
function scrollyHtml(siteOrigin: string): string {
	const snippet = scrollySnippet(`${siteOrigin}/`, 'en', 'Read the story').replace(
		'<div data-storymap',
		'<div data-storymap data-chapters="railway-war-1929,border-conflict-1969"'
	);
	return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Scrolly article</title></head><body style="margin:0;font-family:serif">
<h1>An article</h1><p>Some text before the map.</p>
${snippet}
<p id="after">Text after the map.</p><div style="height:1500px"></div>
</body></html>`;
}

beforeAll(async () => {
	h = await startHarness();
	const pages: Record<string, string> = {
		'/article': articleHtml(h.server.origin),
		'/scrolly': scrollyHtml(h.server.origin)
	};
	host = createServer((req, res) => {
		const html = pages[new URL(req.url ?? '/', 'http://x').pathname];
		// Nothing else on the article's site (its favicon, say) is part of the test.
		if (!html) res.writeHead(204).end();
		else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	// localhost vs 127.0.0.1 and another port: a different origin from the site's.
	hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await h?.close();
	await new Promise((resolve) => host?.close(resolve));
});

type Got = { origin: string; data: unknown }[];
const received = (page: Page) => page.evaluate(() => (window as unknown as { __got: Got }).__got);
const ofType = (got: Got, type: string) =>
	got.map((m) => m.data as Record<string, unknown>).filter((d) => d && d.type === type);

/** Posts a message from the host page into the snippet's iframe. */
const send = (page: Page, data: unknown) =>
	page.evaluate((d) => {
		(
			document.querySelector('iframe[data-storymap]') as HTMLIFrameElement
		).contentWindow!.postMessage(d, '*');
	}, data);

async function storyFrame(page: Page): Promise<Frame> {
	const handle = await page.waitForSelector('iframe[data-storymap]');
	return (await handle.contentFrame())!;
}

describe('/embed in a host page', () => {
	it('announces itself, reports its state and is sized to its content by the snippet', async () => {
		const w = await openPage(h, { viewport: { width: 900, height: 800 } });
		await w.page.goto(`${hostOrigin}/article`);
		await w.page.waitForFunction(() => {
			const got = (window as unknown as { __got: Got }).__got;
			return got.some((m) => (m.data as { type?: string })?.type === 'storymap:ready');
		});
		const got = await received(w.page);
		const ready = ofType(got, 'storymap:ready')[0];
		expect(got.find((m) => (m.data as { type?: string })?.type === 'storymap:ready')?.origin).toBe(
			h.server.origin
		);
		expect((ready.chapters as { id: string }[]).map((c) => c.id)).toEqual(
			chapters.map((c) => c.id)
		);
		expect(ready.years).toEqual([1917, 1991]);
		await w.page.waitForFunction(() =>
			(window as unknown as { __got: Got }).__got.some(
				(m) => (m.data as { type?: string; chapter?: string })?.chapter === 'border-conflict-1969'
			)
		);
		expect(ofType(await received(w.page), 'storymap:state').at(-1)).toEqual({
			type: 'storymap:state',
			chapter: 'border-conflict-1969',
			year: '1969',
			layers: ['regions', 'clashes'],
			lang: 'en'
		});

		// The iframe ends up exactly as tall as the embed's content: no inner scrollbar, no gap.
		const frame = await storyFrame(w.page);
		await w.page.waitForFunction(
			() =>
				(document.querySelector('iframe[data-storymap]') as HTMLElement).style.height !== '720px'
		);
		// The content grows once the data is in (the chapter's feature buttons), and the frame follows.
		await frame.waitForFunction(
			() => document.querySelector('.map-frame')?.getAttribute('data-status') === 'ready',
			undefined,
			{ timeout: 60_000 }
		);
		const fit = async () => {
			const content = await frame.evaluate(
				() => (document.querySelector('main') as HTMLElement).offsetHeight
			);
			const iframeHeight = await w.page.evaluate(
				() =>
					(document.querySelector('iframe[data-storymap]') as HTMLElement).getBoundingClientRect()
						.height
			);
			const innerScroll = await frame.evaluate(
				() => document.documentElement.scrollHeight > innerHeight + 1
			);
			return Math.abs(iframeHeight - content) <= 1 && !innerScroll;
		};
		await expect.poll(fit, { timeout: 10_000 }).toBe(true);

		// The Pym.js-style frame gets Pym's height strings; the snippet leaves that frame alone.
		await w.page.waitForFunction(() =>
			(window as unknown as { __got: Got }).__got.some(
				(m) => typeof m.data === 'string' && /^pymxPYMxpym-1xPYMxheightxPYMx\d+$/.test(m.data)
			)
		);
		expect(
			await w.page.evaluate(() => (document.getElementById('pym') as HTMLElement).style.height)
		).toBe('300px');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('obeys goto and set from the host, refuses hostile messages, and never moves the host page', async () => {
		const w = await openPage(h, { viewport: { width: 900, height: 800 }, reducedMotion: 'reduce' });
		await w.page.goto(`${hostOrigin}/article`);
		const frame = await storyFrame(w.page);
		await frame.waitForFunction(
			() => document.querySelector('.map-frame')?.getAttribute('data-status') === 'ready',
			undefined,
			{ timeout: 60_000 }
		);
		await w.page.evaluate(() => window.scrollTo(0, 40));

		const korea = chapters.find((c) => c.id.includes('korean'))!;
		await send(w.page, { type: 'storymap:goto', chapter: korea.id });
		await frame.waitForFunction(
			(title) => document.querySelector('main h2')?.textContent?.includes(title),
			korea.title
		);
		await send(w.page, { type: 'storymap:set', year: 1950, layers: ['railways'], lang: 'ru' });
		await w.page.waitForFunction(() =>
			(window as unknown as { __got: Got }).__got.some(
				(m) => (m.data as { lang?: string })?.lang === 'ru'
			)
		);
		expect(ofType(await received(w.page), 'storymap:state').at(-1)).toEqual({
			type: 'storymap:state',
			chapter: korea.id,
			year: '1950',
			layers: ['railways'],
			lang: 'ru'
		});
		// The map itself follows: its global state shows 1950 and only the railway layers stay on.
		await frame.waitForFunction(
			() => {
				const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				const on = (id: string) => m.getLayoutProperty(id, 'visibility') !== 'none';
				return (
					m.getGlobalState().from === 1950 &&
					on('railways-line') &&
					!on('clashes-point') &&
					!on('events-point') &&
					!on('regions-fill')
				);
			},
			undefined,
			{ timeout: 10_000 }
		);

		// A period: the state reports its end and the map shows it; until: null ends it.
		const mapWindow = () => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return [m.getGlobalState().from, m.getGlobalState().to];
		};
		await send(w.page, { type: 'storymap:set', year: 1937, until: '1945' });
		await w.page.waitForFunction(() => {
			const s = (window as unknown as { __got: Got }).__got
				.map((m) => m.data as { type?: string; until?: string })
				.filter((d) => d?.type === 'storymap:state')
				.at(-1);
			return s?.until === '1945';
		});
		expect(ofType(await received(w.page), 'storymap:state').at(-1)).toMatchObject({
			year: '1937',
			until: '1945'
		});
		await expect.poll(() => frame.evaluate(mapWindow), { timeout: 10_000 }).toEqual([1937, 1946]);
		await send(w.page, { type: 'storymap:set', until: null });
		await expect.poll(() => frame.evaluate(mapWindow), { timeout: 10_000 }).toEqual([1937, 1938]);
		expect(ofType(await received(w.page), 'storymap:state').at(-1)).not.toHaveProperty('until');
		await send(w.page, { type: 'storymap:set', year: 1950 });
		await expect.poll(() => frame.evaluate(mapWindow), { timeout: 10_000 }).toEqual([1950, 1951]);

		const before = ofType(await received(w.page), 'storymap:error').length;
		const hostile = [
			{ type: 'storymap:set', year: 1945, until: 1937 },
			42,
			'hello',
			{ type: 'storymap:goto', chapter: '<img src=x onerror=alert(1)>' },
			{ type: 'storymap:set', layers: 'ufos', year: 1960 },
			{ type: 'storymap:set', year: { valueOf: 1 } },
			{ type: '__proto__', chapter: 'prologue' }
		];
		for (const m of hostile) await send(w.page, m);
		await w.page.waitForFunction(
			(n) =>
				(window as unknown as { __got: Got }).__got.filter(
					(m) => (m.data as { type?: string })?.type === 'storymap:error'
				).length >= n,
			before + hostile.length
		);
		const errors = ofType(await received(w.page), 'storymap:error').slice(before);
		expect(errors.map((e) => typeof e.message)).toEqual(hostile.map(() => 'string'));
		// Nothing changed: still the Korean War chapter in 1950 with railways only.
		expect(ofType(await received(w.page), 'storymap:state').at(-1)).toMatchObject({
			chapter: korea.id,
			year: '1950',
			layers: ['railways']
		});
		expect(await frame.evaluate(() => document.querySelectorAll('img[src=x]').length)).toBe(0);
		expect(
			await frame.evaluate(() => document.querySelector('.map-frame')?.getAttribute('data-status'))
		).toBe('ready');

		// The host page kept its scroll position and its focus.
		expect(await w.page.evaluate(() => window.scrollY)).toBe(40);
		expect(await w.page.evaluate(() => document.activeElement === document.body)).toBe(true);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('is what the Embed button copies for the chapter being read', async () => {
		const w = await openPage(h, {
			viewport: { width: 390, height: 844 },
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await w.page.goto(`${h.server.origin}/?chapter=korean-war`);
		await waitForMapIdle(w.page);
		await w.page.getByText('Embed', { exact: true }).click();
		await w.page.getByRole('button', { name: 'Copy code' }).click();
		await expect.poll(() => w.page.getByRole('status').allTextContents()).toContain('Copied');
		const copied = await w.page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await w.page.locator('textarea').inputValue());
		const src = new URL(/src="([^"]+)"/.exec(copied)![1].replace(/&amp;/g, '&'));
		expect(src.origin + src.pathname).toBe(`${h.server.origin}/embed`);
		// The chapter as written: no pinned year or layers, so its period and layers survive.
		expect(Object.fromEntries(src.searchParams)).toEqual({ chapter: 'korean-war' });
		// Reading on kept the reader where they were: the page did not jump to the top.
		expect(await w.page.evaluate(() => scrollY)).toBeGreaterThan(100);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('/embed.js in a host article', () => {
	it.each([
		['a wide screen, map behind the text', 1280, 800],
		['a phone, map above the text', 390, 0.45 * 800]
	])(
		'on %s: flows the chosen chapters through the article and the host scroll steps the sticky map',
		async (_name, width, mapHeight) => {
			const w = await openPage(h, { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
			await w.page.goto(`${hostOrigin}/scrolly`);
			const steps = w.page.locator('.storymap-step');
			await expect.poll(() => steps.count(), { timeout: 30_000 }).toBe(2);
			const wanted = ['railway-war-1929', 'border-conflict-1969'].map((id) =>
				chapters.find((c) => c.id === id)!
			);
			expect(await steps.locator('h3').allTextContents()).toEqual(wanted.map((c) => c.title));
			// The chapter text arrives without citation marks, and the fallback link is gone.
			const firstText = await steps.first().locator('p').nth(1).textContent();
			expect(firstText).toBe(wanted[0].body[0].replace(/\s*\[@[^\]]+\]/g, ''));
			expect(await w.page.getByRole('link', { name: 'Read the story' }).count()).toBe(0);

			const iframe = w.page.locator('.storymap-sticky iframe');
			const src = new URL((await iframe.getAttribute('src'))!);
			expect(src.origin + src.pathname).toBe(`${h.server.origin}/embed`);
			expect(src.searchParams.get('mode')).toBe('map');
			const frame = (await (await iframe.elementHandle())!.contentFrame())!;
			await frame.waitForFunction(
				() => document.querySelector('.map-frame')?.getAttribute('data-status') === 'ready',
				undefined,
				{ timeout: 60_000 }
			);
			// Map only: the chapter card and stepper live in the host page, not in the frame.
			expect(await frame.locator('main > .panel').isHidden()).toBe(true);

			// Scrolling the host page to the second card moves the map to that chapter.
			await steps.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await w.page.waitForFunction(
				() =>
					(document.querySelector('[data-storymap]') as HTMLElement).dataset.storymapChapter ===
					'border-conflict-1969'
			);
			await frame.waitForFunction(() => document.title.startsWith('Fighting on the Ussuri'));
			// The map stays pinned under the text while the article scrolls.
			const box = await iframe.boundingBox();
			expect(box!.y).toBe(0);
			expect(box!.height).toBeCloseTo(mapHeight, 0);
			// Cards fit the screen.
			const card = await steps.nth(1).boundingBox();
			expect(card!.x).toBeGreaterThanOrEqual(0);
			expect(card!.x + card!.width).toBeLessThanOrEqual(width);
			expect(w.errors).toEqual([]);
			await w.close();
		}
	);
});
