/**
 * Renders each chapter's map to a picture, at the two layouts the story has: the page shows
 * the current chapter's picture at once and fades the live map in over it when the map is idle;
 * without JavaScript or WebGL the picture stays, with a notice.
 *
 *   npm run build && npx tsx scripts/chapter-images.ts
 *
 * Writes static/chapters/<chapter>-desktop.webp (the map of a 1280×800 window, the cards' side
 * included) and <chapter>-phone.webp (the map pane of a 390×844 phone at 2× pixels), from the
 * built site in Chromium with reduced motion, so each frame is the chapter's final state. Only
 * the map's canvas is kept: the legend, credits and insets are page elements drawn over it either
 * way. Run it after changing a chapter's camera, date or layers, the geodata or the map's style;
 * `tests/unit/story/chapter-images.test.ts` checks every chapter has both pictures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { CHROMIUM_ARGS } from '../tests/browser/harness';
import { serveBuild } from '../tests/browser/server';
import { chapters } from '../tests/browser/story-data';
import {
	CHAPTER_IMAGE_DIR,
	CHAPTER_IMAGE_SIZES,
	chapterImagePath
} from '../src/lib/story/pictures';

/** WebP quality: maps are flat colour and thin lines, which keep well at this setting. */
const QUALITY = 0.72;

const executablePath = findChromium();
if (!executablePath) process.exit(1);
const only = process.argv.slice(2);
mkdirSync(`static/${CHAPTER_IMAGE_DIR}`, { recursive: true });
const server = await serveBuild();
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
	for (const [layout, size] of Object.entries(CHAPTER_IMAGE_SIZES)) {
		const context = await browser.newContext({
			viewport: size.viewport,
			isMobile: layout === 'phone',
			deviceScaleFactor: size.scale,
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		for (const chapter of chapters) {
			if (only.length && !only.includes(chapter.id)) continue;
			await page.goto(`${server.origin}/?chapter=${chapter.id}`);
			await page.waitForSelector('.map-frame[data-status="ready"]', { timeout: 120_000 });
			// The picture is taken once the close-up basemap and the whole data are drawn.
			await page.waitForFunction(
				() => {
					const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
					return m.loaded() && !m.isMoving() && m.areTilesLoaded();
				},
				undefined,
				{ timeout: 120_000 }
			);
			await page.waitForTimeout(1500); // label fade-in, and the detail swap settling
			const dataUrl = await page.evaluate(
				(quality) =>
					new Promise<string>((resolve) => {
						const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
						// Read the canvas inside a render, while its frame is still in the buffer.
						m.once('render', () => resolve(m.getCanvas().toDataURL('image/webp', quality)));
						m.triggerRepaint();
					}),
				QUALITY
			);
			const bytes = Buffer.from(dataUrl.replace(/^data:image\/webp;base64,/, ''), 'base64');
			const file = `static/${chapterImagePath(chapter.id, layout as keyof typeof CHAPTER_IMAGE_SIZES)}`;
			writeFileSync(file, bytes);
			console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
