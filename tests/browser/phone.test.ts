/**
 * The story on a phone (390×844): the map holds the top of the screen and the cards pass under
 * it with no blank band between, nothing scrolls through the map, every control is a target a
 * finger can hit (24 px) and every line of text reads at 15 px or more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMapIdle, type Harness, type Watched } from './harness';

let h: Harness;
let w: Watched;
beforeAll(async () => {
	h = await startHarness();
	w = await openPage(h, {
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		reducedMotion: 'reduce'
	});
	await w.page.goto(`${h.server.origin}/`);
	await waitForMapIdle(w.page);
});
afterAll(async () => {
	await w?.close();
	await h?.close();
});

/** Scroll positions from the first card's top reaching the map to the last card's end. */
async function storyScrollRange(): Promise<[number, number]> {
	return w.page.evaluate(() => {
		const map = document.querySelector('.map-pane')!.getBoundingClientRect();
		const steps = [...document.querySelectorAll('.step')].map((s) => s.getBoundingClientRect());
		const first = steps[0].top + scrollY - map.bottom;
		const last = steps.at(-1)!.bottom + scrollY - innerHeight;
		return [Math.max(0, first), last];
	});
}

describe('the story on a phone', () => {
	it('keeps a card right under the map all the way down: no blank band', async () => {
		const [from, to] = await storyScrollRange();
		let worst = { gap: 0, at: 0 };
		for (let y = from; y <= to; y += 97) {
			await w.page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
			const gap = await w.page.evaluate(() => {
				const map = document.querySelector('.map-pane')!.getBoundingClientRect();
				const below = [...document.querySelectorAll('.step')]
					.map((s) => s.getBoundingClientRect())
					.filter((r) => r.bottom > map.bottom);
				return below.length ? Math.max(0, below[0].top - map.bottom) : 0;
			});
			if (gap > worst.gap) worst = { gap, at: y };
		}
		// The cards are 24 px apart; anything near a card's height is a blank band.
		expect(worst.gap, `blank band at scrollY ${worst.at}`).toBeLessThanOrEqual(48);
	});

	it('never shows a card through the map', async () => {
		const [from, to] = await storyScrollRange();
		for (let y = from; y <= to; y += 311) {
			await w.page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), y);
			const covered = await w.page.evaluate(() => {
				const map = document.querySelector('.map-pane')!.getBoundingClientRect();
				const probes = [0.2, 0.5, 0.8].map((f) =>
					document.elementFromPoint(innerWidth / 2, map.top + map.height * f)
				);
				return probes.filter((el) => !el?.closest('.map-pane')).length;
			});
			expect(covered, `scrollY ${y}`).toBe(0);
		}
	});

	it('opens a chapter link at that chapter, after the "On the map" buttons arrive', async () => {
		// The buttons join every card once the data is in; the cards above must not push the
		// linked one below the trigger line (the map would then show the chapter before it).
		for (const id of ['kmt-ccp-and-recognition', 'victory-over-japan-1945', 'ili-rebellion']) {
			await w.page.goto(`${h.server.origin}/?chapter=${id}`);
			await waitForMapIdle(w.page);
			await w.page.waitForSelector(`#${id} .on-map`);
			const at = await w.page.evaluate((id) => {
				const map = document.querySelector('.map-pane')!.getBoundingClientRect();
				return {
					active: document.querySelector('.step.active')?.id,
					below: Math.round(document.getElementById(id)!.getBoundingClientRect().top - map.bottom)
				};
			}, id);
			expect(at.active, id).toBe(id);
			expect(at.below, id).toBeLessThanOrEqual(48);
		}
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
	});

	it('folds the key under the date, and opens it from a button that a finger can hit', async () => {
		await w.page.goto(`${h.server.origin}/?chapter=victory-over-japan-1945`);
		await waitForMapIdle(w.page);
		const groups = w.page.locator('.legend .groups');
		const toggle = w.page.locator('.legend .toggle');
		await expect.poll(() => groups.isVisible()).toBe(false);
		const box = (await toggle.boundingBox())!;
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		// Open, the key is on top (nothing covers it), inside the screen, and keys what the chapter
		// draws: the states, the railways and the Soviet fronts.
		const open = await w.page.evaluate(() => {
			const list = document.querySelector('.legend .groups')!;
			const r = list.getBoundingClientRect();
			const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			const size = Math.min(
				...[...list.querySelectorAll('li')].map((li) => parseFloat(getComputedStyle(li).fontSize))
			);
			return {
				onTop: !!top?.closest('.legend'),
				inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
				groups: [...list.querySelectorAll(':scope > li')].map((li) =>
					li.getAttribute('data-group')
				),
				size
			};
		});
		expect(open.onTop).toBe(true);
		expect(open.inside).toBe(true);
		expect(open.groups).toEqual(expect.arrayContaining(['states', 'railways', 'movements']));
		expect(open.size).toBeGreaterThanOrEqual(12);
		await toggle.click();
		await expect.poll(() => groups.isVisible()).toBe(false);
		await w.page.goto(`${h.server.origin}/`);
		await waitForMapIdle(w.page);
	});

	it('gives every control a 24 px target and every text 15 px or more', async () => {
		// Open the Embed panel too: its choices are controls a reader may use.
		await w.page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
		await w.page.locator('.embed-share summary').click();
		const problems = await w.page.evaluate(() => {
			const out: string[] = [];
			const shown = (el: Element) => {
				const r = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				return r.width > 0 && r.height > 0 && style.visibility !== 'hidden';
			};
			const name = (el: Element) =>
				`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
			// Links inside running text are exempt from the target size (WCAG 2.2, 2.5.8).
			const controls = document.querySelectorAll(
				'button, input, select, summary, textarea, a:not(p a):not(li a):not(sup a)'
			);
			for (const el of controls) {
				if (!shown(el)) continue;
				const r = el.getBoundingClientRect();
				if (r.width < 24 || r.height < 24)
					out.push(`${name(el)}: ${Math.round(r.width)}×${Math.round(r.height)} px`);
			}
			// Reading text: paragraphs and list items. The kickers (small capitals over each card,
			// "1929 · Chapter 4 of 19") are labels, not reading text.
			for (const el of document.querySelectorAll('p:not(.kicker), li')) {
				if (!shown(el) || !(el.textContent ?? '').trim()) continue;
				const size = parseFloat(getComputedStyle(el).fontSize);
				if (size < 15) out.push(`${name(el)}: ${size} px text`);
			}
			return out;
		});
		expect(problems).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});
