/**
 * The story page in real Chromium: prerendered text, a painted map, scrolling that moves the
 * address bar and the map, deep links, reduced motion, and polite failure.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMapIdle, withoutWebgl, type Harness } from './harness';
import { fontsUsedFor, systemCjkFamilies } from './fonts';
import { countCanvasColours, layersOf, snapshot, waitForCenter } from './map-probe';
import { chapters, plain } from './story-data';
import { STORY_LAYERS } from '../../src/lib/map/story-layers';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const near = (a: [number, number], b: [number, number], tolerance = 0.05) =>
	Math.abs(a[0] - b[0]) < tolerance && Math.abs(a[1] - b[1]) < tolerance;

const decode = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

describe('prerendered story', () => {
	it('holds every chapter’s title and text without JavaScript', () => {
		const html = decode(readFileSync('build/index.html', 'utf8'));
		for (const chapter of chapters) {
			expect(html, chapter.id).toContain(chapter.title);
			for (const paragraph of chapter.body) {
				const first = plain(paragraph).slice(0, 60);
				expect(html, `${chapter.id}: ${first}`).toContain(first);
			}
		}
	});
});

describe('the story page', () => {
	it('paints the map, with no page errors and no request off the origin', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		expect(await countCanvasColours(w.page)).toBeGreaterThan(20);
		expect(w.errors).toEqual([]);
		expect(w.offOrigin).toEqual([]);
		await w.close();
	});

	it('warms up what later chapters draw, then leaves no trace on the map', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const state = () =>
			w.page.evaluate(() => {
				const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				return {
					copies: m.getStyle().layers.filter((l) => l.id.startsWith('warm:')).length,
					clashes: m.getLayoutProperty('clashes-point', 'visibility'),
					regions: m.getPaintProperty('regions-fill', 'fill-opacity')
				};
			});
		await expect.poll(async () => (await state()).copies, { timeout: 15_000 }).toBe(0);
		// The opening chapter's own layers are as they were: no clashes, regions shown.
		expect(await state()).toEqual({ copies: 0, clashes: 'none', regions: 0.2 });
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('follows the reader through every chapter: address bar and map', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const historyLength = await w.page.evaluate(() => history.length);
		for (const chapter of chapters) {
			// The trigger line (55 % down) in the chapter's first paragraph: its own view, before
			// any step of its own.
			await w.page.evaluate((id) => {
				const article = document.getElementById(id)!;
				const first = article.querySelector('p:not(.kicker)')!.getBoundingClientRect();
				scrollTo(0, first.top + first.height / 3 + scrollY - 0.55 * innerHeight);
			}, chapter.id);
			await w.page.waitForFunction((id) => location.search.includes(`chapter=${id}`), chapter.id);
			const url = new URL(w.page.url());
			expect(url.searchParams.get('year')).toBe(chapter.date);
			await waitForCenter(w.page, chapter.camera.center);
			const s = await snapshot(w.page);
			expect(s.zoom).toBeCloseTo(chapter.camera.zoom, 1);
			expect(s.state.focus).toEqual(chapter.focus ?? []);
			for (const group of chapter.layers)
				expect(
					layersOf(group).some((id) => s.visible.includes(id)),
					group
				).toBe(true);
		}
		// replaceState only: scrolling the whole story adds no history entries.
		expect(await w.page.evaluate(() => history.length)).toBe(historyLength);
		expect(w.errors).toEqual([]);
		expect(w.offOrigin).toEqual([]);
		await w.close();
	});

	it('glides between chapters when motion is allowed', async () => {
		const w = await openPage(h);
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const target = chapters[3];
		await w.page.evaluate(
			(id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }),
			target.id
		);
		await w.page.waitForFunction(() => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return m.isMoving();
		});
		const mid = await snapshot(w.page);
		expect(near(mid.center, target.camera.center)).toBe(false);
		await w.page.waitForFunction(() => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return !m.isMoving();
		});
		expect(near((await snapshot(w.page)).center, target.camera.center)).toBe(true);
		await w.close();
	});

	it('moves instantly under prefers-reduced-motion', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const target = chapters[5];
		await w.page.evaluate(
			(id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }),
			target.id
		);
		await w.page.waitForFunction((id) => location.search.includes(`chapter=${id}`), target.id);
		const s = await snapshot(w.page);
		expect(s.moving).toBe(false);
		expect(near(s.center, target.camera.center)).toBe(true);
		await w.close();
	});

	it('opens a deep link at its chapter and year', async () => {
		const target = chapters.find((c) => c.id === 'border-conflict-1969') ?? chapters[10];
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=${target.id}&year=1970`);
		await waitForMapIdle(w.page);
		await waitForCenter(w.page, target.camera.center);
		expect((await snapshot(w.page)).state.from).toBe(1970);
		await expect.poll(() => w.page.locator(`#${target.id}`).isVisible()).toBe(true);
		expect(await w.page.locator('.legend .year').textContent()).toContain('1970');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('ignores bad parameters with polite notices, still drawing the map', async () => {
		const w = await openPage(h);
		await w.page.goto(
			`${h.server.origin}/?chapter=%3Cscript%3Ealert(1)%3C/script%3E&year=2024&layers=tanks&lang=xx`
		);
		await waitForMapIdle(w.page);
		const notices = await w.page.locator('.notice').allTextContents();
		expect(notices.join(' ')).toMatch(/no chapter/);
		expect(notices.join(' ')).toMatch(/1991/);
		expect(notices.join(' ')).toMatch(/tanks/);
		expect(notices.join(' ')).toMatch(/xx/);
		expect(await countCanvasColours(w.page)).toBeGreaterThan(20);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('says so when WebGL is unavailable, and the story stays readable', async () => {
		const w = await openPage(h);
		await withoutWebgl(w.page);
		await w.page.goto(`${h.server.origin}/`);
		await w.page.waitForSelector('.map-frame[data-status="no-webgl"]');
		await expect.poll(() => w.page.getByRole('alert').textContent()).toMatch(/WebGL/);
		await expect.poll(() => w.page.locator(`#${chapters[1].id} h2`).isVisible()).toBe(true);
		// The features stay reachable without the map: a chapter's buttons open their cards.
		const button = w.page.locator('#border-conflict-1969 .on-map button').first();
		await button.click();
		await expect
			.poll(() => w.page.locator('.card h2').textContent())
			.toBe(await button.textContent());
		expect(w.errors.filter((e) => !/WebGL/i.test(e))).toEqual([]);
		await w.close();
	});

	it('draws the opening from its slice of the data, and fetches the rest after the first idle', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		const asked: { path: string; idle: boolean }[] = [];
		w.page.on('request', async (r) => {
			const path = new URL(r.url()).pathname;
			if (!path.startsWith('/data/')) return;
			asked.push({
				path,
				idle: await w.page.evaluate(() => performance.getEntriesByName('map-idle').length > 0)
			});
		});
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		await expect.poll(() => asked.map((a) => a.path)).toContain('/data/story.json');
		expect(asked.find((a) => a.path === '/data/opening.json')?.idle).toBe(false);
		expect(asked.find((a) => a.path === '/data/story.json')?.idle).toBe(true);
		// The rest arrives: at a later chapter the map draws features the opening file did not have.
		await w.page.locator('#border-conflict-1969').scrollIntoViewIfNeeded();
		const drawnBeyondOpening = () =>
			w.page.evaluate(
				async (ids) => {
					const opening = (await (await fetch('/data/opening.json')).json()) as {
						layers: Record<string, { features: { properties: { id: string } }[] }>;
					};
					const had = new Set(
						Object.values(opening.layers).flatMap((l) => l.features.map((f) => f.properties.id))
					);
					const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
					const drawn = m
						.queryRenderedFeatures({ layers: ids })
						.map((f) => String(f.properties.id));
					return drawn.filter((id) => !had.has(id));
				},
				STORY_LAYERS.filter((l) => l.group !== 'states').map((l) => l.spec.id)
			);
		await expect.poll(drawnBeyondOpening, { timeout: 30_000 }).not.toEqual([]);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('says so when the historical layers fail to load, keeping the basemap', async () => {
		const w = await openPage(h);
		await w.page.route(/\/data\/(opening|story)\.json$/, (route) =>
			route.fulfill({ status: 500, body: 'broken' })
		);
		await w.page.goto(`${h.server.origin}/`);
		await w.page.waitForSelector('.map-frame[data-status="data-error"]');
		expect(await countCanvasColours(w.page)).toBeGreaterThan(5);
		await w.close();
	});

	it('puts the map above the text on a phone', async () => {
		const w = await openPage(h, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const map = await w.page.locator('.map-pane').boundingBox();
		const first = await w.page.locator('.step').first().boundingBox();
		expect(map!.height).toBeLessThan(844 * 0.6);
		expect(first!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
		expect(await countCanvasColours(w.page)).toBeGreaterThan(20);
		await w.close();
	});
});

describe('feature cards', () => {
	it('open on a click with names in three languages, dates, casualties and sources', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=border-conflict-1969`);
		const chineseFont: string[] = [];
		w.page.on('request', (r) => {
			if (r.url().includes('noto-serif-sc-map')) chineseFont.push(r.url());
		});
		await waitForMapIdle(w.page);
		// English readers do not download the Chinese font until Chinese text is on screen.
		expect(chineseFont).toEqual([]);
		const point = await w.page.evaluate(async () => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			const source = m.getSource('story') as import('maplibre-gl').GeoJSONSource;
			const data = (await source.getData()) as GeoJSON.FeatureCollection<GeoJSON.Point>;
			const zhenbao = data.features.find(
				(f) => f.properties?.kind === 'clash' && String(f.properties?.id).startsWith('zhenbao')
			)!;
			const p = m.project(zhenbao.geometry.coordinates as [number, number]);
			const r = m.getContainer().getBoundingClientRect();
			return { x: r.left + p.x, y: r.top + p.y };
		});
		await w.page.mouse.click(point.x, point.y);
		const card = w.page.locator('.card');
		await expect.poll(() => card.isVisible()).toBe(true);
		// The texts and sources come in a second file, after the first idle: wait for them.
		await expect.poll(() => card.locator('details').count(), { timeout: 30_000 }).toBe(1);
		const text = (await card.textContent()) ?? '';
		expect(text).toMatch(/Zhenbao/);
		expect(text).toMatch(/珍宝岛/);
		// The Chinese name is drawn with real glyphs, never boxes: by a system CJK font where the
		// reader has one, else by the site's own web fonts (the shipped Chinese subset). A glyph no
		// font has would be drawn by some other system font, which fails this check.
		const systemCjk = systemCjkFamilies();
		await expect
			.poll(async () => {
				const used = await fontsUsedFor(w.page, '.card [lang="zh"]');
				return (
					used.length > 0 && used.every((f) => f.isCustomFont || systemCjk.includes(f.familyName))
				);
			})
			.toBe(true);
		expect(text).toMatch(/Даманск/);
		expect(text).toMatch(/1969/);
		expect(await card.locator('li').count()).toBeGreaterThan(0);
		expect(text).toMatch(/Casualties/);
		await w.page.keyboard.press('Escape');
		await expect.poll(() => card.count()).toBe(0);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('fetch their texts only after the first idle, and say so when the texts fail', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		const asked: { url: string; idle: boolean }[] = [];
		w.page.on('request', async (r) => {
			if (!r.url().includes('/data/cards.json')) return;
			asked.push({
				url: r.url(),
				idle: await w.page.evaluate(() => performance.getEntriesByName('map-idle').length > 0)
			});
		});
		await w.page.route('**/data/cards.json', (route) =>
			route.fulfill({ status: 500, body: 'down' })
		);
		await w.page.goto(`${h.server.origin}/?chapter=railway-war-1929`);
		await waitForMapIdle(w.page);
		await expect.poll(() => asked.length).toBeGreaterThan(0);
		expect(asked[0].idle).toBe(true);
		// The chapter's button opens the card: the names and dates are there, the texts say they
		// failed, and nothing threw.
		await w.page.locator('#railway-war-1929 .on-map button').first().click();
		const card = w.page.locator('.card');
		await expect.poll(() => card.locator('.pending').textContent()).toMatch(/could not be loaded/);
		expect(await card.locator('h2').textContent()).toBeTruthy();
		expect(await card.locator('.kind').textContent()).toMatch(/\d{4}/);
		expect(w.errors.filter((e) => !/card texts|500/.test(e))).toEqual([]);
		await w.close();
	});
});

describe('legend', () => {
	it('has a key for each railway colour the 1929 chapter draws', async () => {
		const chapter = chapters.find((c) => c.id === 'railway-war-1929')!;
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=${chapter.id}`);
		await waitForMapIdle(w.page);
		await waitForCenter(w.page, chapter.camera.center);
		/** Any CSS colour as `#rrggbb`, the way the page's canvas reads it. */
		const hex = (colours: string[]) =>
			w.page.evaluate((list) => {
				const ctx = document.createElement('canvas').getContext('2d')!;
				const out = list.map((c) => ((ctx.fillStyle = c), String(ctx.fillStyle)));
				return [...new Set(out)].sort();
			}, colours);
		// Each railway on screen, in the colour MapLibre evaluated for it.
		const drawn = await w.page.evaluate(() => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return m
				.queryRenderedFeatures({ layers: ['railways-line'] })
				.map((f) => String((f.layer.paint as Record<string, unknown>)['line-color']));
		});
		expect(drawn.length).toBeGreaterThan(0);
		const keys = w.page.locator('.legend [data-group="railways"] .swatch');
		await expect.poll(() => keys.count()).toBeGreaterThan(0);
		const keyed = await keys.evaluateAll((els) =>
			els.map((el) => getComputedStyle(el).backgroundColor)
		);
		expect(await hex(keyed)).toEqual(expect.arrayContaining(await hex(drawn)));
		// More than one power ran railways in 1929, and each has its own key.
		expect((await hex(drawn)).length).toBeGreaterThan(1);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('languages', () => {
	const translation = (lang: string, id: string) => {
		const file = chapters.findIndex((c) => c.id === id) + 1;
		const name = `${String(file).padStart(2, '0')}-${id}.json`;
		return JSON.parse(readFileSync(`src/content/chapters/i18n/${lang}/${name}`, 'utf8')) as {
			title: string;
			body: string[];
		};
	};

	it('tells the story in Chinese once the reader picks it, fetching the text only then', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		const scripts: string[] = [];
		w.page.on('response', async (r) => {
			if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
		});
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const zh = translation('zh', 'prologue');
		const prologue = w.page.locator('#prologue');
		expect(await prologue.locator('h2').textContent()).toBe(chapters[0].title);
		// English readers never download the Chinese text.
		expect(scripts.some((body) => body.includes(zh.title))).toBe(false);

		await w.page.locator('header select').selectOption('zh');
		await expect.poll(() => prologue.locator('h2').textContent()).toBe(zh.title);
		expect(await prologue.getAttribute('lang')).toBe('zh');
		expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('zh');
		const first = (await prologue.locator('p').nth(1).textContent()) ?? '';
		expect(first.replace(/\[\d+\]/g, '')).toBe(plain(zh.body[0]).trim());
		expect(scripts.some((body) => body.includes(zh.title))).toBe(true);
		// The address bar keeps the language, so a copied link opens the Chinese story.
		await expect.poll(() => new URL(w.page.url()).searchParams.get('lang')).toBe('zh');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('opens a Russian link in Russian, chapter menu included', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?lang=ru&chapter=border-conflict-1969`);
		await waitForMapIdle(w.page);
		const ru = translation('ru', 'border-conflict-1969');
		const chapter = w.page.locator('#border-conflict-1969');
		await expect.poll(() => chapter.locator('h2').textContent()).toBe(ru.title);
		expect(await chapter.getAttribute('lang')).toBe('ru');
		const menu = await w.page.locator('.menu li a').allTextContents();
		expect(menu.some((text) => text.includes(ru.title))).toBe(true);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('features by keyboard', () => {
	it('opens a highlighted feature’s card from its chapter and gives the focus back on close', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/?chapter=border-conflict-1969`);
		await waitForMapIdle(w.page);
		const chapter = chapters.find((c) => c.id === 'border-conflict-1969')!;
		const buttons = w.page.locator('#border-conflict-1969 .on-map button');
		await expect.poll(() => buttons.count()).toBe(chapter.focus!.length);
		const first = buttons.first();
		await first.focus();
		await w.page.keyboard.press('Enter');
		const card = w.page.locator('.card');
		await expect.poll(() => card.locator('h2').textContent()).toBe(await first.textContent());
		// The card takes the focus (its close button), and Escape hands it back to the button.
		expect(await w.page.evaluate(() => document.activeElement?.closest('.card') !== null)).toBe(
			true
		);
		await w.page.keyboard.press('Escape');
		await expect.poll(() => card.count()).toBe(0);
		expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('keyboard', () => {
	it('reaches any chapter from the chapter menu, and the map follows', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		const target = chapters[6];
		await w.page.keyboard.press('Tab'); // skip link
		await w.page.keyboard.press('Tab'); // site title
		let found = false;
		for (let i = 0; i < 6 && !found; i++) {
			await w.page.keyboard.press('Tab');
			found = await w.page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
		}
		expect(found).toBe(true);
		await w.page.keyboard.press('Enter');
		const link = w.page.locator(`.menu a[href="#${target.id}"]`);
		await link.focus();
		await w.page.keyboard.press('Enter');
		await w.page.waitForFunction((id) => location.search.includes(`chapter=${id}`), target.id);
		await waitForCenter(w.page, target.camera.center);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});
