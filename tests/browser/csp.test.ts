/**
 * The content security policy (`kit.csp` in svelte.config.js): every prerendered page carries
 * it as its first `<meta>` after the viewport, with the directives the README documents and a
 * hash for each inline script; the story, the free map, the embed and the Chinese text (its
 * font subset) run under it without a violation; and the harness that fails every other browser
 * test on a violation really does see one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { headerPolicy, pagePolicies } from '../../scripts/csp';
import { ANNOUNCER_STYLE } from '../../svelte.config.js';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { serveBuild } from './server';

let h: Harness;

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const PAGES = ['index.html', 'explore.html', 'embed.html'];

/** A policy as directive → sources. */
const directives = (policy: string): Map<string, string[]> =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name, sources])
	);

/** The policy of a built page, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
	expect(metas).toHaveLength(1);
	return directives(metas[0][1].replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the policy in the built pages', () => {
	it.each(PAGES)('%s allows only our own origin, and its own inline scripts by hash', (file) => {
		const html = readFileSync(`build/${file}`, 'utf8');
		const policy = policyOf(html);
		const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
		expect(inlineScripts.length).toBeGreaterThan(0);
		const { 'script-src': scriptSrc, ...rest } = Object.fromEntries(policy);
		expect(scriptSrc).toEqual(["'self'", ...inlineScripts.map((m) => sha256(m[1]))]);
		expect(rest).toEqual({
			'default-src': ["'self'"],
			'worker-src': ["'self'"],
			'connect-src': ["'self'"],
			'font-src': ["'self'"],
			'img-src': ["'self'"],
			'style-src': ["'self'"],
			'style-src-attr': ["'unsafe-hashes'", sha256(ANNOUNCER_STYLE)],
			'object-src': ["'none'"],
			'base-uri': ["'self'"],
			'form-action': ["'self'"]
		});
		// Before anything it governs: no script, style sheet or style element comes earlier.
		const head = html.slice(0, html.indexOf('content-security-policy'));
		expect(head).not.toMatch(/<script|<style|rel="stylesheet"|rel="modulepreload"/);
		// Nothing in the markup needs an inline style attribute or event handler.
		expect(html).not.toMatch(/<[a-z][^>]*\sstyle=/i);
		expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
	});

	it('allows the one style attribute SvelteKit writes, its route announcer, as it is built', () => {
		const entries = readdirSync('build/_app/immutable/entry', { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join('build/_app/immutable/entry', f), 'utf8'));
		const announcer = entries.join('\n').match(/id="svelte-announcer"[^>]*style="([^"]*)"/);
		expect(announcer?.[1]).toBe(ANNOUNCER_STYLE);
	});
});

describe('the pages under the policy', () => {
	it.each([
		['the story', '/'],
		['the story in Chinese', '/?lang=zh&chapter=border-conflict-1969'],
		['the free map', '/explore?year=1969&layers=states,clashes,places'],
		['the embed', '/embed?chapter=railway-war-1929'],
		['the map-only embed', '/embed?mode=map&lang=ru']
	])('%s runs without a violation', async (_name, path) => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}${path}`);
		await waitForMapIdle(w.page);
		await w.page.evaluate(() => document.fonts.ready);
		expect(w.violations).toEqual([]);
		expect(w.errors).toEqual([]);
		expect(w.offOrigin).toEqual([]);
		await w.close();
	});

	it('the language switch to Chinese loads the font subset from our origin, allowed', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=border-conflict-1969`);
		await waitForMapIdle(w.page);
		const font = w.page.waitForRequest((r) => r.url().includes('/basemap/fonts/'));
		await w.page.locator('select.control').selectOption('zh');
		expect(new URL((await font).url()).origin).toBe(h.server.origin);
		await w.page.waitForFunction(() => document.documentElement.lang === 'zh');
		await w.page.evaluate(() => document.fonts.ready);
		await waitForMapIdle(w.page);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('a move from the story to the free map in the page (the route announcer speaks) is allowed', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		await w.page.locator('.masthead a[href*="explore"]').click();
		await w.page.waitForURL(/\/explore/);
		await expect.poll(() => w.page.locator('#svelte-announcer').textContent()).not.toBe('');
		await waitForMapIdle(w.page);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('the policy sent as a header too (npm run csp-header)', () => {
	it('is every page’s policy with all their script hashes, and leaves framing open', () => {
		const header = directives(headerPolicy('build'));
		const pages = [...pagePolicies('build')];
		expect(pages.map(([page]) => page).sort()).toEqual(expect.arrayContaining(PAGES));
		for (const [page, policy] of pages) {
			const own = directives(policy);
			expect([...header.keys()], page).toEqual([...own.keys()]);
			for (const [name, sources] of own)
				expect(header.get(name), `${page} ${name}`).toEqual(expect.arrayContaining(sources));
		}
		// Only script-src grows: by each page's bootstrap hash.
		const first = directives([...pagePolicies('build').values()][0]);
		for (const [name, sources] of header)
			if (name !== 'script-src') expect(sources, name).toEqual(first.get(name));
		expect(header.has('frame-ancestors')).toBe(false);
	});

	it('lets an article on another origin frame /embed, and the map (its worker too) runs under it', async () => {
		// Sent with every file, the MapLibre worker's script included: the policy then governs
		// the worker as well, which a <meta> cannot.
		const server = await serveBuild(undefined, undefined, {
			headers: { 'content-security-policy': headerPolicy('build') }
		});
		const article = createServer((_req, res) =>
			res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(
					`<!doctype html><title>Article</title><iframe src="${server.origin}/embed?chapter=railway-war-1929" width="800" height="720"></iframe>`
				)
		);
		await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
		const articleOrigin = `http://localhost:${(article.address() as AddressInfo).port}`;
		try {
			const w = await openPage({ ...h, server }, { reducedMotion: 'reduce' });
			const response = await w.page.goto(`${server.origin}/explore`);
			expect(response?.headers()['content-security-policy']).toBe(headerPolicy('build'));
			await waitForMapIdle(w.page);
			await w.page.goto(`${articleOrigin}/`);
			const frame = (await (await w.page.waitForSelector('iframe')).contentFrame())!;
			await waitForMapIdle(frame);
			expect(w.errors).toEqual([]);
			expect(w.offOrigin.filter((url) => !url.startsWith(articleOrigin))).toEqual([]);
			await w.close();
		} finally {
			await new Promise((resolve) => article.close(resolve));
			await server.close();
		}
	});
});

/** Routes a built page through an injection of an off-policy inline script and style attribute. */
async function inject(page: import('playwright-core').Page, url: string): Promise<void> {
	await page.route(url, async (route) => {
		const response = await route.fetch();
		const html = (await response.text())
			.replace('</body>', '<script>window.__injected = true;</script></body>')
			.replace('<body', '<body style="outline: 3px solid red"');
		await route.fulfill({ response, body: html });
	});
}

describe('the violation listener', () => {
	it('records an injected inline script and style attribute, and fails the page on close', async () => {
		const w = await openPage(h);
		await inject(w.page, `${h.server.origin}/explore`);
		await w.page.goto(`${h.server.origin}/explore`);
		await expect.poll(() => w.violations.length).toBeGreaterThanOrEqual(2);
		expect(await w.page.evaluate(() => '__injected' in window)).toBe(false);
		expect(w.violations.some((v) => v.startsWith('csp: script-src-elem refused inline'))).toBe(
			true
		);
		expect(w.violations.some((v) => v.startsWith('csp: style-src-attr refused inline'))).toBe(true);
		expect(w.errors).toEqual(expect.arrayContaining(w.violations));
		await expect(w.close()).rejects.toThrow(/content security policy violated/);
	});

	it('records one in the embed framed by an article on another origin', async () => {
		const article = createServer((_req, res) =>
			res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(
					`<!doctype html><title>Article</title><iframe src="${h.server.origin}/embed"></iframe>`
				)
		);
		await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
		try {
			const w = await openPage(h);
			await inject(w.page, `${h.server.origin}/embed`);
			await w.page.goto(`http://localhost:${(article.address() as AddressInfo).port}/`);
			await expect.poll(() => w.violations.length).toBeGreaterThanOrEqual(2);
			expect(w.violations.every((v) => v.includes(`(frame ${h.server.origin}/embed)`))).toBe(true);
			await expect(w.close()).rejects.toThrow(/content security policy violated/);
		} finally {
			await new Promise((resolve) => article.close(resolve));
		}
	});
});
