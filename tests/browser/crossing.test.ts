/**
 * Between the story and the free map, in real Chromium: leaving a chapter for /explore keeps its
 * place, date or period, layers and language; /explore leads back to the chapter that tells the
 * date on show. Every wait is on a condition, with generous timeouts (busy machine, software WebGL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { snapshot, waitForCenter } from './map-probe';
import { chapters } from './story-data';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const LONG = { timeout: 60_000 };
const chapter = (id: string) => chapters.find((c) => c.id === id)!;

describe('story ↔ explore', () => {
	it('leaving a chapter for the free map keeps its place, period, layers and language', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		const clashes = chapter('border-conflict-1969');
		await w.page.goto(`${h.server.origin}/?chapter=${clashes.id}&lang=ru`);
		await waitForMapIdle(w.page);
		w.page.setDefaultTimeout(LONG.timeout);
		await w.page.waitForSelector(`#${clashes.id}[aria-current="step"]`, LONG);
		// The link follows the view on screen (the address bar's view, with the period).
		const explore = w.page.locator('.masthead a[href*="explore"]');
		await expect.poll(() => explore.getAttribute('href'), LONG).toContain(`year=${clashes.date}`);
		await explore.click();
		await w.page.waitForURL(/\/explore/, LONG);
		await waitForMapIdle(w.page);
		// The free map opens where the chapter was: its camera, its period, its layers, in Russian.
		await waitForCenter(w.page, clashes.camera.center);
		const params = new URL(w.page.url()).searchParams;
		expect(params.get('year')).toBe(clashes.date);
		expect(params.get('until')).toBe(clashes.until);
		expect(params.get('lang')).toBe('ru');
		const shown = await w.page.locator('.controls fieldset input[type=checkbox]:checked').count();
		expect(shown).toBe(new Set(clashes.layers).size);
		const state = (await snapshot(w.page)).state;
		expect(state.from).toBeCloseTo(1969 + (31 + 28 + 1) / 365, 2);
		expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('ru');
		expect(w.errors).toEqual([]);
		await w.close();
	});

	it('the free map leads back to the chapter that tells its date', async () => {
		const w = await openPage(h, { reducedMotion: 'reduce' });
		w.page.setDefaultTimeout(LONG.timeout);
		await w.page.goto(`${h.server.origin}/explore?year=1938`);
		await waitForMapIdle(w.page);
		const back = w.page.locator('.masthead a.back');
		const war = chapter('war-with-japan');
		// 1938 is inside the war with Japan (1931–1941), after the Xinjiang chapter's August 1937.
		await expect.poll(() => back.getAttribute('href'), LONG).toMatch(`chapter=${war.id}`);
		expect(await back.textContent()).toContain(war.title);
		// The link follows the date.
		await w.page.getByRole('slider', { name: 'Date' }).focus();
		await w.page.keyboard.press('End');
		// December 1991: the Soviet Union's end on the 26th is nearer than the epilogue's 31st.
		await expect.poll(() => back.getAttribute('href'), LONG).toMatch('chapter=dissolution');
		await w.page.keyboard.press('Home');
		await expect.poll(() => back.getAttribute('href'), LONG).toMatch('chapter=prologue');
		await w.page.goto(`${h.server.origin}/explore?year=1938`);
		await expect.poll(() => back.getAttribute('href'), LONG).toMatch(`chapter=${war.id}`);
		await back.click();
		await w.page.waitForURL((url) => url.pathname === '/', LONG);
		await w.page.waitForSelector(`#${war.id}[aria-current="step"]`, LONG);
		await waitForMapIdle(w.page);
		await waitForCenter(w.page, war.camera.center);
		expect(w.errors).toEqual([]);
		await w.close();
	});
});
