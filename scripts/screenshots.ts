/**
 * Takes screenshots of the built site in Chromium, for the README and for looking at what we
 * build: `npx tsx scripts/screenshots.ts [chapter-id …]` (needs `npm run build` first).
 * Writes docs/screenshots/<viewport>-<chapter>.png. Reduced motion, so each frame is final.
 * Environment: SHOT_DIR (output folder), SHOT_VIEWPORTS (e.g. `phone`), SHOT_ORIGIN (a running
 * server such as `npx vite dev`, instead of serving build/).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { CHROMIUM_ARGS } from '../tests/browser/harness';
import { serveBuild } from '../tests/browser/server';

const ids = process.argv.slice(2);
const chapters = ids.length
	? ids
	: ['railway-war-1929', 'victory-over-japan-1945', 'ili-rebellion', 'border-conflict-1969'];
const viewports = {
	desktop: { width: 1280, height: 800, isMobile: false },
	phone: { width: 390, height: 844, isMobile: true }
};
const out = process.env.SHOT_DIR ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });

const executablePath = findChromium();
if (!executablePath) process.exit(1);
const only = process.env.SHOT_VIEWPORTS?.split(',');
const server = process.env.SHOT_ORIGIN
	? { origin: process.env.SHOT_ORIGIN, close: async () => {} }
	: await serveBuild();
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
for (const [name, vp] of Object.entries(viewports)) {
	if (only && !only.includes(name)) continue;
	const context = await browser.newContext({
		viewport: { width: vp.width, height: vp.height },
		isMobile: vp.isMobile,
		deviceScaleFactor: vp.isMobile ? 2 : 1,
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	for (const id of chapters) {
		const path = id.startsWith('/') ? id : `/?chapter=${id}`;
		await page.goto(`${server.origin}${path}`);
		await page.waitForSelector('.map-frame[data-status="ready"]', { timeout: 90_000 });
		await page.waitForFunction(() => {
			const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			return m.loaded() && !m.isMoving();
		});
		await page.waitForTimeout(900); // label fade-in
		const file = `${out}/${name}-${id.replace(/[^a-z0-9-]+/gi, '_')}.png`;
		await page.screenshot({ path: file });
		console.log(file);
	}
	await context.close();
}
await browser.close();
await server.close();
