/**
 * What editors and link previews get: a page per chapter with its share tags and 1200×630 card,
 * oEmbed answers and their discovery links, the embed's host themes, and the Share button.
 * Run against a build without SITE_URL, so every address is a path on the test server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { imageSize } from './image-size';
import { snapshot, waitForCenter } from './map-probe';
import { chapters } from './story-data';
import { dateWindow } from '../../src/lib/map/time';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const decode = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The head of a served page, and the content of its meta tags and links by name. */
async function headOf(path: string) {
	const response = await fetch(`${h.server.origin}${path}`);
	expect(response.status, path).toBe(200);
	const html = await response.text();
	const head = html.slice(0, html.indexOf('</head>'));
	const attr = (tag: string, name: string) => {
		const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
		return m ? decode(m[1]) : undefined;
	};
	const tags = [...head.matchAll(/<(meta|link)\b[^>]*>/g)].map((m) => m[0]);
	return {
		title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
		meta: (key: string) => {
			const tag = tags.find((t) => attr(t, 'property') === key || attr(t, 'name') === key);
			return tag ? attr(tag, 'content') : undefined;
		},
		link: (rel: string, type?: string) => {
			const tag = tags.find(
				(t) =>
					t.startsWith('<link') &&
					attr(t, 'rel') === rel &&
					(type === undefined || attr(t, 'type') === type)
			);
			return tag ? { href: attr(tag, 'href'), title: attr(tag, 'title') } : undefined;
		}
	};
}

/** The bytes of a file the site serves (an image, a JSON answer). */
async function served(path: string): Promise<{ status: number; bytes: Uint8Array; type: string }> {
	const response = await fetch(new URL(path, `${h.server.origin}/`));
	return {
		status: response.status,
		bytes: new Uint8Array(await response.arrayBuffer()),
		type: response.headers.get('content-type') ?? ''
	};
}

describe('a chapter’s page', () => {
	it.each(chapters.map((c) => [c.id, c] as const))(
		'%s: its head names the page and shows its 1200×630 card',
		async (id, chapter) => {
			const head = await headOf(`/chapter/${id}`);
			expect(head.title).toBe(`${chapter.title} — Neighbours and Rivals`);
			expect(head.link('canonical')?.href).toBe(`/chapter/${id}`);
			expect(head.meta('og:url')).toBe(`/chapter/${id}`);
			expect(head.meta('og:type')).toBe('article');
			expect(head.meta('og:title')).toBe(head.title);
			expect(head.meta('og:site_name')).toBe('Neighbours and Rivals');
			const description = head.meta('description')!;
			expect(description.length).toBeGreaterThan(40);
			expect(description).not.toContain('[@');
			expect(head.meta('og:description')).toBe(description);
			expect(head.meta('twitter:card')).toBe('summary_large_image');
			expect(head.meta('twitter:title')).toBe(head.title);
			expect(head.meta('twitter:description')).toBe(description);
			expect(head.meta('og:image:alt')).toContain(chapter.title);
			expect(head.meta('twitter:image:alt')).toBe(head.meta('og:image:alt'));
			expect([head.meta('og:image:width'), head.meta('og:image:height')]).toEqual(['1200', '630']);
			const image = head.meta('og:image')!;
			expect(head.meta('twitter:image')).toBe(image);
			const file = await served(image);
			expect(file.status, image).toBe(200);
			expect(imageSize(file.bytes), image).toEqual([1200, 630]);
		}
	);

	it('opens the story at its chapter: the card, the map’s place and its date', async () => {
		const chapter = chapters.find((c) => c.id === 'border-conflict-1969')!;
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/chapter/${chapter.id}`);
		await waitForMapIdle(w.page);
		await waitForCenter(w.page, chapter.camera.center);
		await expect.poll(() => w.page.locator('.step.active').getAttribute('id')).toBe(chapter.id);
		const [from, to] = dateWindow(chapter.date, chapter.until);
		const { state } = await snapshot(w.page);
		expect(Number(state.from)).toBeCloseTo(from, 6);
		expect(Number(state.to)).toBeCloseTo(to, 6);
		// The address bar follows the reader as on `/`.
		await w.page.waitForFunction((id) => location.search.includes(`chapter=${id}`), chapter.id);
		expect(new URL(w.page.url()).pathname).toBe(`/chapter/${chapter.id}`);
		expect(w.errors).toEqual([]);
		expect(w.offOrigin).toEqual([]);
		await w.close();
	});

	it('still obeys the link’s parameters (a copied address reproduces the view)', async () => {
		const target = chapters.find((c) => c.id === 'railway-war-1929')!;
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(
			`${h.server.origin}/chapter/border-conflict-1969?chapter=${target.id}&year=1931`
		);
		await waitForMapIdle(w.page);
		await waitForCenter(w.page, target.camera.center);
		await expect.poll(() => w.page.locator('.step.active').getAttribute('id')).toBe(target.id);
		expect((await snapshot(w.page)).state.from).toBe(1931);
		await w.close();
	});
});

describe('oEmbed', () => {
	const answers = [
		...chapters.map((c) => [c.id, c.id] as const),
		['embed', chapters[0].id] as const
	];

	it.each(answers)(
		'%s.json is a rich answer at its chapter, with the card as thumbnail',
		async (name, id) => {
			const file = await served(`/oembed/${name}.json`);
			expect(file.status).toBe(200);
			expect(file.type).toMatch(/json/);
			const answer = JSON.parse(new TextDecoder().decode(file.bytes));
			// Required by the spec for every answer, and for type "rich".
			expect(answer.version).toBe('1.0');
			expect(answer.type).toBe('rich');
			expect(answer.html).toMatch(/^<iframe /);
			expect(Number.isInteger(answer.width) && answer.width > 0).toBe(true);
			expect(Number.isInteger(answer.height) && answer.height > 0).toBe(true);
			expect(answer.provider_name).toBe('Neighbours and Rivals');
			expect(answer.title).toContain('Neighbours and Rivals');
			const src = decode(/<iframe[^>]* src="([^"]+)"/.exec(answer.html)![1]);
			expect(src).toBe(`/embed?chapter=${id}`);
			expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630]);
			const thumbnail = await served(answer.thumbnail_url);
			expect(imageSize(thumbnail.bytes)).toEqual([1200, 630]);
		}
	);

	it('an answer’s iframe opens the embed at its chapter', async () => {
		const chapter = chapters.find((c) => c.id === 'korean-war')!;
		const answer = JSON.parse(
			new TextDecoder().decode((await served(`/oembed/${chapter.id}.json`)).bytes)
		);
		const src = decode(/<iframe[^>]* src="([^"]+)"/.exec(answer.html)![1]);
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(new URL(src, h.server.origin).href);
		await waitForMapIdle(w.page);
		await waitForCenter(w.page, chapter.camera.center);
		expect(await w.page.locator('.stepper select').inputValue()).toBe(chapter.id);
		expect(await w.page.locator('.embed h2').first().textContent()).toContain(chapter.title);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it.each([
		['/embed', 'embed'],
		['/chapter/the-split', 'the-split']
	])('%s has a discovery link to its answer', async (path, name) => {
		const link = (await headOf(path)).link('alternate', 'application/json+oembed');
		expect(link?.href).toBe(`/oembed/${name}.json`);
		expect(link?.title).toContain('Neighbours and Rivals');
		expect((await served(link!.href!)).status).toBe(200);
	});
});

/** The colours the reader sees of the embed's chrome: page, card text and ground, legend. */
function chromeColours(page: Page) {
	return page.evaluate(() => {
		const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
		const card = document.querySelector('.panel .step') ?? document.querySelector('.panel')!;
		return {
			page: getComputedStyle(document.body).backgroundColor,
			card: getComputedStyle(card).backgroundColor,
			text: getComputedStyle(card).color,
			legend: style('.legend').backgroundColor,
			button: style('.stepper button').backgroundColor
		};
	});
}

/** WCAG contrast ratio of two `rgb(…)`/`rgba(…)` colours (alpha ignored: the grounds are opaque). */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = c
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map(Number);
		const lin = (v: number) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const brightness = (c: string) =>
	c
		.match(/[\d.]+/g)!
		.slice(0, 3)
		.map(Number)
		.reduce((s, v) => s + v, 0) / 3;

describe('the embed’s theme', () => {
	async function coloursOf(query: string, colorScheme: 'light' | 'dark' = 'light') {
		const w = await openPage(h, { colorScheme });
		await w.page.goto(`${h.server.origin}/embed?chapter=railway-war-1929${query}`);
		await w.page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
		const colours = await chromeColours(w.page);
		const notices = await w.page.locator('.notices .notice').allTextContents();
		const errors = [...w.errors];
		await w.close();
		return { colours, notices, errors };
	}

	it('theme=dark darkens the chrome, keeping its text readable (AA)', async () => {
		const light = await coloursOf('');
		const dark = await coloursOf('&theme=dark');
		for (const key of ['page', 'card', 'legend', 'button'] as const) {
			expect(dark.colours[key], key).not.toBe(light.colours[key]);
			expect(brightness(dark.colours[key]), key).toBeLessThan(80);
		}
		expect(brightness(light.colours.card)).toBeGreaterThan(200);
		expect(contrast(dark.colours.text, dark.colours.card)).toBeGreaterThanOrEqual(4.5);
		expect(dark.notices).toEqual([]);
		expect(dark.errors).toEqual([]);
	});

	it('follows the reader’s dark system setting without a theme, and theme=light overrides it', async () => {
		const auto = await coloursOf('', 'dark');
		expect(brightness(auto.colours.card)).toBeLessThan(80);
		const light = await coloursOf('&theme=light', 'dark');
		expect(brightness(light.colours.card)).toBeGreaterThan(200);
	});

	it('a theme it does not know gets a polite notice, and the map still opens', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/embed?chapter=railway-war-1929&theme=purple`);
		await expect
			.poll(() => w.page.locator('.notices .notice').allTextContents())
			.toEqual([expect.stringMatching(/theme “purple”/)]);
		await waitForMapIdle(w.page);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('the Share button', () => {
	it('copies the link to the chapter’s own page', async () => {
		const chapter = chapters.find((c) => c.id === 'the-split')!;
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page
			.context()
			.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
		await w.page.goto(`${h.server.origin}/?chapter=${chapter.id}`);
		await waitForMapIdle(w.page);
		await w.page.locator('summary', { hasText: 'Share' }).click();
		await w.page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => w.page.locator('.share [role="status"]').textContent()).toBe('Copied');
		expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${h.server.origin}/chapter/${chapter.id}`
		);
		// The link it copies opens that chapter's page.
		expect((await served(`/chapter/${chapter.id}`)).status).toBe(200);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('on a phone, is the first thing in the Embed panel (the map’s corner holds one button)', async () => {
		const w = await openPage(h, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			reducedMotion: 'reduce'
		});
		await w.page
			.context()
			.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
		await w.page.goto(`${h.server.origin}/chapter/korean-war`);
		await w.page.locator('.embed-share summary').click();
		expect(await w.page.locator('summary', { hasText: 'Share' }).isVisible()).toBe(false);
		await w.page.getByRole('button', { name: 'Copy link' }).click();
		await expect
			.poll(() => w.page.locator('.embed-share .share-link [role="status"]').textContent())
			.toBe('Copied');
		expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${h.server.origin}/chapter/korean-war`
		);
		await w.close();
	});

	it('selects the link and says how to copy it where the clipboard is refused', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) }
			});
		});
		await w.page.goto(`${h.server.origin}/chapter/korean-war`);
		await w.page.locator('summary', { hasText: 'Share' }).click();
		await w.page.getByRole('button', { name: 'Copy link' }).click();
		await expect
			.poll(() => w.page.locator('.share [role="status"]').textContent())
			.toMatch(/Ctrl\+C/);
		const selected = await w.page.evaluate(() => {
			const input = document.activeElement as HTMLInputElement;
			return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
		});
		expect(selected).toBe(`${h.server.origin}/chapter/korean-war`);
		await w.close();
	});
});
