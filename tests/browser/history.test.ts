/**
 * The historians' tools in real Chromium: the Cite panel's permalink reproduces the view (story
 * and free map), its data version is the hash of the served /data/story.json, the GeoJSON and
 * CSV downloads hold exactly the features the map's own layer filters select for the window and
 * layers (asked of MapLibre, `querySourceFeatures` with each layer's filter and the map's global
 * state), each with sources and the licence; the whole data set is valid GeoJSON; /credits
 * opens from the map's credit line and names every credit; and on paper each chapter shows its
 * map picture while the sticky map is gone. Every wait is on a condition, with generous timeouts.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import gjv from 'geojson-validation';
import { KIND_TO_LAYER, type Kind, type LayerId } from '../../src/lib/geodata/types';
import { CREDITS } from '../../src/lib/history/credits';
import { STORY_LAYERS } from '../../src/lib/map/story-layers';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { snapshot } from './map-probe';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const LONG = { timeout: 60_000 };

/** Opens the Cite panel and waits until its downloads are ready (all data and sources in). */
async function openCite(page: Page): Promise<void> {
	await page.locator('.cite-share summary').click();
	await page.waitForFunction(
		() => {
			const b = document.querySelector<HTMLButtonElement>('[data-download=geojson]');
			return (
				b &&
				!b.disabled &&
				/data version [0-9a-f]{8}/.test(
					document.querySelector<HTMLTextAreaElement>('.cite-share textarea.chicago')?.value ?? ''
				)
			);
		},
		undefined,
		LONG
	);
}

/** The view as the page shows it: its address's view parameters and the map's date window. */
async function shownView(page: Page) {
	const params = new URL(page.url()).searchParams;
	const s = await snapshot(page);
	return {
		chapter: params.get('chapter'),
		year: params.get('year'),
		until: params.get('until'),
		layers: params.get('layers'),
		lang: params.get('lang') ?? 'en',
		htmlLang: await page.evaluate(() => document.documentElement.lang || null),
		from: s.state.from,
		to: s.state.to,
		visible: s.visible
	};
}

/** Downloads one of the panel's files and returns its text. */
async function download(page: Page, kind: 'geojson' | 'csv') {
	const event = page.waitForEvent('download', LONG);
	await page.locator(`[data-download=${kind}]`).click();
	const file = await event;
	const path = await file.path();
	return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * The ids of the features the map draws for its window and visible groups, asked of MapLibre:
 * each visible story layer's own filter, evaluated by MapLibre with the map's global state
 * (`querySourceFeatures`), over a view where every tile of the story's area is loaded; derived
 * points (labels, arrow heads, borders) are left out by their kind.
 */
async function drawnIds(page: Page, groups: readonly LayerId[]): Promise<string[]> {
	const layers = STORY_LAYERS.filter((l) => groups.includes(l.group)).map((l) => l.spec.id);
	const kinds = Object.entries(KIND_TO_LAYER)
		.filter(([, group]) => groups.includes(group))
		.map(([kind]) => kind as Kind);
	return page.evaluate(
		([layers, kinds]) => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			const ids = new Set<string>();
			for (const id of layers) {
				if (!m.getLayer(id) || m.getLayoutProperty(id, 'visibility') === 'none') continue;
				const filter = m.getFilter(id) ?? undefined;
				for (const f of m.querySourceFeatures('story', { filter }))
					if (kinds.includes(f.properties?.kind)) ids.add(String(f.properties?.id));
			}
			return [...ids].sort();
		},
		[layers, kinds] as const
	);
}

describe('cite this view', () => {
	it('gives a permalink that reproduces the story view: chapter, date, layers, language', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(
			`${h.server.origin}/?chapter=railway-war-1929&year=1929-10&layers=railways,events,regions&lang=zh`
		);
		await waitForMapIdle(w.page);
		await w.page.waitForFunction(() => location.search.includes('chapter=railway-war-1929'));
		const before = await shownView(w.page);
		await openCite(w.page);
		const link = await w.page.locator('.cite-share a.permalink').getAttribute('href');
		expect(link).toBeTruthy();
		const chicago = await w.page.locator('.cite-share textarea.chicago').inputValue();
		const bibtex = await w.page.locator('.cite-share textarea.bibtex').inputValue();
		expect(chicago).toContain(`${link}.`);
		expect(chicago).toMatch(/^Neighbours and Rivals team\. “A war over a railway, October 1929\.”/);
		expect(bibtex).toContain(`url          = {${link}}`);
		expect(new URL(link!).searchParams.get('layers')).toBe('regions,railways,events');
		// Opened afresh, the link shows the same view.
		const again = await openPage(h, { reducedMotion: 'reduce' });
		await again.page.goto(link!);
		await waitForMapIdle(again.page);
		await again.page.waitForFunction(() => location.search.includes('chapter='));
		const after = await shownView(again.page);
		expect(after).toEqual(before);
		expect(after).toMatchObject({ chapter: 'railway-war-1929', year: '1929-10', lang: 'zh' });
		expect(w.errors).toEqual([]);
		expect(again.errors).toEqual([]);
		await again.close();
		await w.close();
	});

	it('gives a permalink that reproduces the free map, and copies the citation', async () => {
		const w = await openPage(h, {
			reducedMotion: 'reduce',
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await w.page.goto(
			`${h.server.origin}/explore?year=1937&until=1945&layers=railways,movements&lang=ru`
		);
		await waitForMapIdle(w.page);
		const before = await shownView(w.page);
		await openCite(w.page);
		const link = await w.page.locator('.cite-share a.permalink').getAttribute('href');
		expect(new URL(link!).pathname).toBe('/explore');
		await w.page.getByRole('button', { name: 'Копировать BibTeX' }).click();
		await expect.poll(() => w.page.locator('.cite-share .status').textContent(), LONG).not.toBe('');
		const copied = await w.page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await w.page.locator('.cite-share textarea.bibtex').inputValue());
		expect(copied).toMatch(/^@misc\{neighbours-rivals-map-1937-1945,/);
		const again = await openPage(h, { reducedMotion: 'reduce' });
		await again.page.goto(link!);
		await waitForMapIdle(again.page);
		expect(await shownView(again.page)).toEqual(before);
		expect(w.errors).toEqual([]);
		await again.close();
		await w.close();
	});

	it('names the data version: the hash of the served /data/story.json', async () => {
		const bytes = Buffer.from(
			await (await fetch(`${h.server.origin}/data/story.json`)).arrayBuffer()
		);
		const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
		const served = (await (await fetch(`${h.server.origin}/data/version.json`)).json()) as {
			version: string;
		};
		expect(served.version).toBe(expected);
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/explore?year=1950`);
		await waitForMapIdle(w.page);
		await openCite(w.page);
		expect(await w.page.locator('.cite-share textarea.chicago').inputValue()).toContain(
			`data version ${expected}`
		);
		expect(await w.page.locator('.cite-share textarea.bibtex').inputValue()).toContain(
			`data version ${expected}`
		);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});

describe('download what is shown', () => {
	it('the GeoJSON and CSV hold exactly what the map draws for the window and layers', async () => {
		// 1945: states change in the year (the map shows those of its end), lines and fronts come and go.
		const groups: LayerId[] = ['states', 'railways', 'events', 'movements'];
		const w = await openPage(h, {
			reducedMotion: 'reduce',
			viewport: { width: 2400, height: 1500 },
			acceptDownloads: true
		});
		await w.page.goto(`${h.server.origin}/explore?year=1945&layers=${groups.join(',')}`);
		await waitForMapIdle(w.page);
		// A view of the whole story area, so every tile of it is loaded for the query.
		await w.page.evaluate(() => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			m.jumpTo({ center: [100, 45], zoom: 2.6 });
		});
		await w.page.waitForFunction(
			() => {
				const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				return m.getZoom() === 2.6 && m.loaded() && m.areTilesLoaded();
			},
			undefined,
			LONG
		);
		const drawn = await drawnIds(w.page, groups);
		expect(drawn).toContain('roc-1945-taiwan');
		expect(drawn).not.toContain('manchukuo-state-1933');
		await openCite(w.page);
		const geojson = await download(w.page, 'geojson');
		expect(geojson.name).toBe('sino-soviet-1945_states-railways-events-movements.geojson');
		const file = JSON.parse(geojson.text) as {
			license: string;
			attribution: string;
			features: { properties: { id: string; layer: string; sources: string[] } }[];
		};
		expect(gjv.isFeatureCollection(file, true)).toEqual([]);
		expect(file.license).toBe('CC BY-SA 4.0');
		expect(file.attribution).toMatch(/Neighbours and Rivals contributors.*GeoNames.*\/credits/);
		const ids = file.features.map((f) => f.properties.id).sort();
		expect(ids).toEqual(drawn);
		for (const f of file.features) {
			expect(groups).toContain(f.properties.layer);
			expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
		}
		const csv = await download(w.page, 'csv');
		expect(csv.name).toBe('sino-soviet-1945_states-railways-events-movements.csv');
		const rows = parse(csv.text.replace(/^\ufeff/, ''), { columns: true }) as Record<
			string,
			string
		>[];
		expect(rows.map((r) => r.id).sort()).toEqual(drawn);
		expect(rows.every((r) => r.license === 'CC BY-SA 4.0' && r.sources !== '')).toBe(true);
		expect(rows.find((r) => r.id === 'roc-1945-taiwan')?.name_zh).toMatch(/中华民国/);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('serves the whole data set as valid GeoJSON with every feature, its sources and the licence', async () => {
		const response = await fetch(`${h.server.origin}/data/sino-soviet-geodata.geojson`);
		expect(response.status).toBe(200);
		const file = (await response.json()) as {
			license: string;
			attribution: string;
			data_version: string;
			features: { properties: { id: string; sources: string[] } }[];
		};
		expect(gjv.isFeatureCollection(file, true)).toEqual([]);
		expect(file.license).toBe('CC BY-SA 4.0');
		expect(file.attribution).toContain('GeoNames');
		expect(file.data_version).toBe(
			((await (await fetch(`${h.server.origin}/data/version.json`)).json()) as { version: string })
				.version
		);
		// Every feature of geodata/, once.
		const expected: string[] = [];
		for (const name of (await readdir('geodata')).filter((f) => f.endsWith('.geojson'))) {
			const layer = JSON.parse(await readFile(`geodata/${name}`, 'utf8')) as typeof file;
			expected.push(...layer.features.map((f) => f.properties.id));
		}
		expect(file.features.map((f) => f.properties.id).sort()).toEqual(expected.sort());
		expect(file.features.every((f) => f.properties.sources.length > 0)).toBe(true);
	});
});

describe('credits', () => {
	it('opens from the map credit line (desktop, and behind the © button on a phone) and names every credit', async () => {
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 390, height: 844 }
		]) {
			const w = await openPage(h, { reducedMotion: 'reduce', viewport });
			await w.page.goto(`${h.server.origin}/explore?year=1950`);
			await waitForMapIdle(w.page);
			if (viewport.width < 600) await w.page.locator('.credits.compact summary').click();
			await w.page.locator('.map-frame .credits a').click();
			await w.page.waitForURL(/\/credits$/, LONG);
			const text = (await w.page.locator('main').textContent()) ?? '';
			for (const credit of CREDITS) {
				expect(text, credit.id).toContain(credit.name);
				expect(text, credit.id).toContain(credit.licence);
			}
			expect(text).toContain('CC BY-SA 4.0');
			expect(text).toContain('MIT');
			expect(w.errors).toEqual([]);
			await w.close();
		}
	});
});

describe('print', () => {
	it('shows each chapter with its map picture, without the sticky map', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
		// Printing loads every chapter's (lazy) picture.
		await w.page.pdf({ format: 'A4' });
		await w.page.emulateMedia({ media: 'print' });
		expect(
			await w.page.evaluate(() => getComputedStyle(document.querySelector('.map-pane')!).display)
		).toBe('none');
		const pictures = await w.page.evaluate(() =>
			[...document.querySelectorAll<HTMLImageElement>('.step .print-picture')].map((img) => ({
				loaded: img.complete && img.naturalWidth > 0,
				src: new URL(img.currentSrc || img.src).pathname,
				chapter: img.closest('.step')?.id
			}))
		);
		expect(pictures.length).toBe(await w.page.locator('.step').count());
		for (const p of pictures) {
			expect(p.loaded, p.chapter).toBe(true);
			expect(p.src).toBe(`/chapters/${p.chapter}-desktop.webp`);
		}
		// The picture is painted where it stands: hit-testing its centre finds it.
		const img = w.page.locator('#korean-war .print-picture');
		await img.scrollIntoViewIfNeeded();
		const box = (await img.boundingBox())!;
		expect(box.width).toBeGreaterThan(300);
		expect(
			await w.page.evaluate(
				([x, y]) => document.elementFromPoint(x, y)?.classList.contains('print-picture'),
				[box.x + box.width / 2, box.y + Math.min(box.height / 2, 300)]
			)
		).toBe(true);
		expect(await w.page.locator('.cite-share, .embed-share, .notices').first().isVisible()).toBe(
			false
		);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});
