/**
 * Honest failures: every failure a reader can meet (the basemap, the story data, a label font,
 * WebGL, JavaScript, a lost WebGL context) shows a notice that nothing covers (not the chapter
 * cards, the legend, the header or a feature card) at 1280×800 and at 390×844, says what still
 * works, leaves the story readable, and offers a Retry that recovers without reloading the page
 * where a retry can help. The failures are made with Playwright's `page.route` and init scripts.
 *
 * `FAIL_SHOTS=/some/dir` also saves a screenshot of each failure there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ui from '../../src/content/ui.json';
import { openPage, startHarness, waitForMapIdle, withoutWebgl, type Harness } from './harness';
import { countCanvasColours } from './map-probe';
import { chapters, plain } from './story-data';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const SIZES: Record<'desktop' | 'phone', BrowserContextOptions> = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
};
type Size = keyof typeof SIZES;

const status = (page: Page) =>
	page.evaluate(() => document.querySelector('.map-frame')?.getAttribute('data-status'));

async function shot(page: Page, name: string) {
	const dir = process.env.FAIL_SHOTS;
	if (!dir) return;
	mkdirSync(dir, { recursive: true });
	await page.screenshot({ path: join(dir, `${name}.png`) });
}

/**
 * The element is on screen and nothing covers it: `elementFromPoint` at its centre and just
 * inside each corner returns it or something inside it.
 */
async function expectUncovered(page: Page, selector: string, what: string) {
	const box = await page.locator(selector).boundingBox();
	expect(box, `${what}: ${selector} has no box`).not.toBeNull();
	const { x, y, width, height } = box!;
	const viewport = page.viewportSize()!;
	expect(x, what).toBeGreaterThanOrEqual(0);
	expect(y, what).toBeGreaterThanOrEqual(0);
	expect(x + width, what).toBeLessThanOrEqual(viewport.width);
	expect(y + height, what).toBeLessThanOrEqual(viewport.height);
	const points: [number, number][] = [
		[x + width / 2, y + height / 2],
		[x + 4, y + 4],
		[x + width - 4, y + 4],
		[x + 4, y + height - 4],
		[x + width - 4, y + height - 4]
	];
	const covers = await page.evaluate(
		([sel, pts]) =>
			pts.map(([px, py]) => {
				const hit = document.elementFromPoint(px, py);
				if (!hit || hit.closest(sel)) return null;
				return `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}`;
			}),
		[selector, points] as const
	);
	expect(covers, `${what}: ${selector} is covered`).toEqual(points.map(() => null));
}

/** The story's opening chapter is on screen, uncovered, with its text. */
async function expectStoryReadable(page: Page, what: string) {
	const first = chapters[0];
	await expectUncovered(page, `#${first.id} h2`, `${what}: chapter title`);
	const text = await page.locator(`#${first.id}`).textContent();
	expect(text).toContain(plain(first.body[0]).slice(0, 50));
}

/** The story page's notice stays uncovered while the chapters scroll past it. */
async function expectUncoveredWhileScrolling(page: Page, selector: string, what: string) {
	for (let step = 0; step < 3; step++) {
		await expectUncovered(page, selector, `${what}, scrolled ${step}×`);
		await page.evaluate(() => window.scrollBy(0, Math.round(innerHeight * 0.6)));
		await page.waitForTimeout(100);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.waitForTimeout(100);
}

/** A route that fails until `heal()` is called, then serves the real file. */
function breakable(fail: (route: Route) => Promise<void>) {
	let broken = true;
	let served = 0;
	return {
		handler: async (route: Route) => {
			if (broken) return fail(route);
			served++;
			return route.continue();
		},
		heal: () => (broken = false),
		served: () => served
	};
}

const notFound = (route: Route) => route.fulfill({ status: 404, body: 'Not found' });
const serverError = (route: Route) => route.fulfill({ status: 500, body: 'Internal error' });
const truncated = async (route: Route) => {
	const response = await route.fetch();
	const body = await response.text();
	await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
};
const wrongShape = (route: Route) =>
	route.fulfill({ status: 200, contentType: 'application/json', body: '{"layers": []}' });

interface Case {
	name: string;
	url: string;
	pattern: string;
	fail: (route: Route) => Promise<void>;
	kind: string;
	message: string;
}

const retryable: Case[] = [
	{
		name: 'basemap 404',
		url: '/',
		pattern: '**/basemap/land.geojson',
		fail: notFound,
		kind: 'basemap-error',
		message: ui.en.mapBasemapError
	},
	{
		name: 'basemap 500',
		url: '/',
		pattern: '**/basemap/water.geojson',
		fail: serverError,
		kind: 'basemap-error',
		message: ui.en.mapBasemapError
	},
	{
		name: 'basemap truncated',
		url: '/',
		pattern: '**/basemap/land.geojson',
		fail: truncated,
		kind: 'basemap-error',
		message: ui.en.mapBasemapError
	},
	{
		name: 'story data 404',
		url: '/',
		pattern: '**/data/story.json',
		fail: notFound,
		kind: 'data-error',
		message: ui.en.mapDataError
	},
	{
		name: 'story data of the wrong shape',
		url: '/',
		pattern: '**/data/story.json',
		fail: wrongShape,
		kind: 'data-error',
		message: ui.en.mapDataError
	},
	{
		name: 'label font 404',
		url: '/',
		pattern: '**/noto-serif-latin-400-normal*.woff2',
		fail: notFound,
		kind: 'font-error',
		message: ui.en.mapFontError
	},
	{
		name: 'basemap 404 on the free map',
		url: '/explore',
		pattern: '**/basemap/land.geojson',
		fail: notFound,
		kind: 'basemap-error',
		message: ui.en.mapBasemapError
	},
	{
		name: 'story data 500 in the embed',
		url: '/embed',
		pattern: '**/data/story.json',
		fail: serverError,
		kind: 'data-error',
		message: ui.en.mapDataError
	}
];

describe('a failed fetch', () => {
	for (const c of retryable)
		for (const size of ['desktop', 'phone'] as Size[])
			it(`${c.name} (${size}): an uncovered notice, the story readable, and Retry recovers`, async () => {
				const w = await openPage(h, { ...SIZES[size], reducedMotion: 'reduce' });
				const route = breakable(c.fail);
				await w.page.route(c.pattern, route.handler);
				await w.page.goto(`${h.server.origin}${c.url}`);
				await w.page.waitForSelector(`.map-frame[data-status="${c.kind}"]`, { timeout: 60_000 });
				const notice = w.page.locator('.map-notice');
				await expect.poll(() => notice.getAttribute('data-failure')).toBe(c.kind);
				expect(await notice.locator('p').textContent()).toBe(c.message);
				await shot(w.page, `${c.name.replace(/\W+/g, '-')}-${size}`);
				if (c.url === '/') {
					await expectStoryReadable(w.page, c.name);
					await expectUncoveredWhileScrolling(w.page, '.map-notice', c.name);
				} else {
					await expectUncovered(w.page, '.map-notice', c.name);
				}
				// A feature card opened from a chapter's list sits below the notice, not over it.
				if (c.kind !== 'data-error' && c.url === '/') {
					await w.page.locator(`#${chapters[0].id} .on-map button`).first().click();
					await w.page.waitForSelector('.card h2');
					await expectUncovered(w.page, '.map-notice', `${c.name}, with a feature card open`);
					await w.page.locator('.card .close').click();
				}
				// Retry re-fetches without reloading the page: the map gets there once the file is back.
				await w.page.evaluate(() => ((window as { kept?: boolean }).kept = true));
				route.heal();
				await notice.getByRole('button', { name: ui.en.retry }).click();
				await w.page.waitForFunction(
					() => document.querySelector('.map-frame')?.getAttribute('data-status') === 'ready',
					undefined,
					{ timeout: 60_000 }
				);
				expect(route.served()).toBeGreaterThan(0);
				expect(await w.page.evaluate(() => (window as { kept?: boolean }).kept)).toBe(true);
				expect(await w.page.locator('.map-notice').count()).toBe(0);
				expect(w.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
				await w.close();
			});

	it('a retry that fails again says so again', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.route('**/basemap/land.geojson', notFound);
		await w.page.goto(`${h.server.origin}/`);
		await w.page.waitForSelector('.map-frame[data-status="basemap-error"]');
		await w.page.locator('.map-notice button').click();
		await w.page.waitForSelector('.map-frame[data-status="basemap-error"]');
		expect(await w.page.locator('.map-notice').count()).toBe(1);
		await w.close();
	});

	it('story data of the wrong shape causes no uncaught error, and the basemap still draws', async () => {
		const w = await openPage(h);
		await w.page.route('**/data/story.json', (route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: 'null' })
		);
		await w.page.goto(`${h.server.origin}/`);
		await w.page.waitForSelector('.map-frame[data-status="data-error"]');
		await w.page.waitForTimeout(1000);
		expect(await countCanvasColours(w.page)).toBeGreaterThan(5);
		expect(w.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
		await w.close();
	});
});

describe('no WebGL', () => {
	const pages = [
		{ url: '/', message: ui.en.mapNoWebgl },
		{ url: '/explore', message: ui.en.mapNoWebglExplore },
		{ url: '/embed', message: ui.en.mapNoWebgl }
	];
	for (const p of pages)
		for (const size of ['desktop', 'phone'] as Size[])
			it(`${p.url} (${size}): says so, in that page's words, where nothing covers it`, async () => {
				const w = await openPage(h, SIZES[size]);
				await withoutWebgl(w.page);
				await w.page.goto(`${h.server.origin}${p.url}`);
				await w.page.waitForSelector('.map-frame[data-status="no-webgl"]');
				const notice = w.page.locator('.map-notice');
				expect(await notice.locator('p').textContent()).toBe(p.message);
				// Nothing to retry: reloading would not bring WebGL.
				expect(await notice.locator('button').count()).toBe(0);
				await shot(w.page, `no-webgl${p.url.replace('/', '-')}-${size}`);
				if (p.url === '/') {
					await expectStoryReadable(w.page, 'no WebGL');
					await expectUncoveredWhileScrolling(w.page, '.map-notice', 'no WebGL');
				} else await expectUncovered(w.page, '.map-notice', `no WebGL on ${p.url}`);
				await w.close();
			});

	it('the free map does not claim the story is complete without it', () => {
		expect(ui.en.mapNoWebglExplore).not.toMatch(/story is complete/);
		for (const lang of ['en', 'zh', 'ru'] as const)
			expect(ui[lang].mapNoWebglExplore).not.toBe(ui[lang].mapNoWebgl);
	});
});

describe('JavaScript off', () => {
	for (const size of ['desktop', 'phone'] as Size[]) {
		it(`the story (${size}): the map's place says it needs JavaScript, and the text is all there`, async () => {
			const w = await openPage(h, { ...SIZES[size], javaScriptEnabled: false });
			await w.page.goto(`${h.server.origin}/`);
			const note = w.page.locator('.map-placeholder .needs-js');
			expect(await note.textContent()).toContain(ui.en.mapNeedsJs);
			// "Loading the map…" would never end: it is not shown.
			expect(await w.page.locator('.map-placeholder .loading').isVisible()).toBe(false);
			await shot(w.page, `no-js-story-${size}`);
			await expectStoryReadable(w.page, 'no JavaScript');
			await expectUncoveredWhileScrolling(w.page, '.map-placeholder .needs-js', 'no JavaScript');
			// Controls that need the script are disabled, not inert-but-inviting.
			expect(await w.page.locator('header select').isDisabled()).toBe(true);
			expect(await w.page.locator('.embed-share').count()).toBe(0);
			await w.close();
		});

		it(`the free map (${size}): says it needs JavaScript, links to the story, controls disabled`, async () => {
			const w = await openPage(h, { ...SIZES[size], javaScriptEnabled: false });
			await w.page.goto(`${h.server.origin}/explore`);
			const note = w.page.locator('.map-placeholder .needs-js');
			expect(await note.textContent()).toContain(ui.en.mapNeedsJsExplore);
			expect(await note.locator('a').getAttribute('href')).toMatch(/^(\.\/|\/)$/);
			await shot(w.page, `no-js-explore-${size}`);
			await expectUncovered(w.page, '.map-placeholder .needs-js', 'no JavaScript, /explore');
			expect(await w.page.locator('input[type="range"]').isDisabled()).toBe(true);
			for (const box of await w.page.locator('input[type="checkbox"]').all())
				expect(await box.isDisabled()).toBe(true);
			// The timeline's play, step and speed controls too.
			const timeline = await w.page.locator('.timeline button, .timeline input').all();
			expect(timeline.length).toBeGreaterThan(8);
			for (const control of timeline) expect(await control.isDisabled()).toBe(true);
			expect(await w.page.locator('.embed-share').count()).toBe(0);
			await w.close();
		});
	}

	it('the embed: says the map needs JavaScript, and the stepper is disabled', async () => {
		const w = await openPage(h, { javaScriptEnabled: false });
		await w.page.goto(`${h.server.origin}/embed`);
		await expectUncovered(w.page, '.map-placeholder .needs-js', 'no JavaScript, /embed');
		for (const control of await w.page.locator('.stepper button, .stepper select').all())
			expect(await control.isDisabled()).toBe(true);
		await shot(w.page, 'no-js-embed-desktop');
		await w.close();
	});

	it('with JavaScript, the same controls work (the test above is not vacuous)', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/explore`);
		await waitForMapIdle(w.page);
		expect(await w.page.locator('input[type="range"]').isDisabled()).toBe(false);
		expect(await w.page.locator('header select').isDisabled()).toBe(false);
		expect(await w.page.locator('.map-placeholder').count()).toBe(0);
		await w.close();
	});
});

describe('a lost WebGL context', () => {
	for (const size of ['desktop', 'phone'] as Size[])
		it(`(${size}) says the map stopped, offers a reload, and the reload draws it again`, async () => {
			const w = await openPage(h, { ...SIZES[size], reducedMotion: 'reduce' });
			await w.page.goto(`${h.server.origin}/`);
			await waitForMapIdle(w.page);
			await w.page.evaluate(() => {
				const canvas = document.querySelector<HTMLCanvasElement>('.map canvas')!;
				const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
				gl!.getExtension('WEBGL_lose_context')!.loseContext();
			});
			await w.page.waitForSelector('.map-frame[data-status="context-lost"]');
			const notice = w.page.locator('.map-notice');
			expect(await notice.locator('p').textContent()).toBe(ui.en.mapContextLost);
			await shot(w.page, `context-lost-${size}`);
			await expectStoryReadable(w.page, 'lost context');
			await expectUncoveredWhileScrolling(w.page, '.map-notice', 'lost context');
			await notice.getByRole('button', { name: ui.en.reload }).click();
			await waitForMapIdle(w.page);
			expect(await status(w.page)).toBe('ready');
			expect(await countCanvasColours(w.page)).toBeGreaterThan(20);
			await w.close();
		});
});

describe('a map that cannot work', () => {
	for (const size of ['desktop', 'phone'] as Size[])
		it(`(${size}) a map worker that fails to load: says so, offers a reload`, async () => {
			const w = await openPage(h, SIZES[size]);
			await w.page.route('**/maplibre-gl-worker*.js', notFound);
			await w.page.goto(`${h.server.origin}/`);
			await w.page.waitForSelector('.map-frame[data-status="map-error"]', { timeout: 60_000 });
			const notice = w.page.locator('.map-notice');
			expect(await notice.locator('p').textContent()).toBe(ui.en.mapError);
			expect(await notice.getByRole('button', { name: ui.en.reload }).count()).toBe(1);
			await shot(w.page, `worker-404-${size}`);
			await expectStoryReadable(w.page, 'worker');
			await expectUncoveredWhileScrolling(w.page, '.map-notice', 'worker');
			expect(w.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
			await w.close();
		});

	it('any other MapLibre error event becomes the same notice', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		await w.page.evaluate(() =>
			(
				window as unknown as {
					__storyMap: { setLayoutProperty(id: string, k: string, v: string): void };
				}
			).__storyMap.setLayoutProperty('no-such-layer', 'visibility', 'none')
		);
		await w.page.waitForSelector('.map-frame[data-status="map-error"]');
		await expectUncovered(w.page, '.map-notice', 'MapLibre error');
		await w.close();
	});
});
