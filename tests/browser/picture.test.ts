/**
 * The chapter's picture before the map: shown at once, over the map area, while the live map
 * is not drawn; gone once it is; kept, following the chapters, when there is no live map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startHarness, waitForMapIdle, withoutWebgl, type Harness } from './harness';
import { chapters } from './story-data';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

/** What the reader sees at a point of the map area: the picture (and which), or something else. */
function seenAt(page: Page, x: number, y: number) {
	return page.evaluate(
		([x, y]) => {
			// The picture lets clicks through to the map (pointer-events: none), which hit-testing
			// honours: make it hittable for the moment of the test, to see what is painted on top.
			const picture = document.querySelector<HTMLElement>('.chapter-picture');
			picture?.style.setProperty('pointer-events', 'auto');
			const hit = document.elementFromPoint(x, y);
			picture?.style.removeProperty('pointer-events');
			if (!(hit instanceof HTMLImageElement) || !hit.closest('.chapter-picture'))
				return { picture: null, element: hit?.className ?? null };
			return {
				picture: hit.complete && hit.naturalWidth > 0 ? new URL(hit.currentSrc).pathname : null,
				element: 'picture'
			};
		},
		[x, y]
	);
}

/** Holds the story data until `release` is called, so the map cannot be drawn before. */
async function holdData(page: Page) {
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	await page.route(/\/data\/(opening|story)\.json$/, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

describe('the chapter picture', () => {
	it('shows the opening chapter at once, and gives way to the live map when it is drawn', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		const release = await holdData(w.page);
		await w.page.goto(`${h.server.origin}/`);
		await expect
			.poll(() => seenAt(w.page, 1000, 400))
			.toEqual({ picture: `/chapters/${chapters[0].id}-desktop.webp`, element: 'picture' });
		expect(
			await w.page.locator('.map-frame').getAttribute('data-status'),
			'the map is not drawn yet'
		).toBe('loading');
		release();
		await waitForMapIdle(w.page);
		await expect.poll(() => w.page.locator('.chapter-picture').count()).toBe(0);
		expect((await seenAt(w.page, 1000, 400)).element).toMatch(/maplibregl-canvas/);
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('is the linked chapter’s, framed for a phone on a phone', async () => {
		const chapter = chapters.find((c) => c.id === 'border-conflict-1969')!;
		const w = await openPage(h, {
			viewport: { width: 390, height: 844 },
			isMobile: true,
			deviceScaleFactor: 2
		});
		await holdData(w.page);
		await w.page.goto(`${h.server.origin}/?chapter=${chapter.id}`);
		await expect
			.poll(() => seenAt(w.page, 60, 120))
			.toEqual({ picture: `/chapters/${chapter.id}-phone.webp`, element: 'picture' });
		await w.close();
	});

	it('stays, following the reader, when WebGL is unavailable', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		await withoutWebgl(w.page);
		await w.page.goto(`${h.server.origin}/`);
		await w.page.waitForSelector('.map-frame[data-status="no-webgl"]');
		await expect
			.poll(() => seenAt(w.page, 1000, 400))
			.toEqual({ picture: `/chapters/${chapters[0].id}-desktop.webp`, element: 'picture' });
		await w.page.locator(`#${chapters[3].id}`).scrollIntoViewIfNeeded();
		await expect
			.poll(() => seenAt(w.page, 1000, 400))
			.toEqual({ picture: `/chapters/${chapters[3].id}-desktop.webp`, element: 'picture' });
		await w.close();
	});

	it('is the map without JavaScript', async () => {
		const w = await openPage(h, { javaScriptEnabled: false });
		await w.page.goto(`${h.server.origin}/`);
		await expect
			.poll(() => seenAt(w.page, 1000, 400))
			.toEqual({ picture: `/chapters/${chapters[0].id}-desktop.webp`, element: 'picture' });
		expect(await w.page.locator('.chapter-picture img').getAttribute('alt')).toMatch(
			/Neighbours across a continent/
		);
		await w.close();
	});
});
