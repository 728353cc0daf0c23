/**
 * Renders each chapter's map to a picture, at the two layouts the story has: the page shows
 * the current chapter's picture at once and fades the live map in over it when the map is idle;
 * without JavaScript or WebGL the picture stays, with a notice. A third, the share card, is what
 * a link preview (Open Graph, oEmbed) shows of the chapter's page.
 *
 *   npm run build && npx tsx scripts/chapter-images.ts [--layout=card] [chapter …]
 *
 * Writes static/chapters/<chapter>-desktop.webp (the map of a 1280×800 window, the cards' side
 * included), <chapter>-phone.webp (the map pane of a 390×844 phone at 2× pixels) and
 * <chapter>-card.jpg (1200×630: the embed's map, which has no card column beside it, so the
 * chapter's camera is centred in the whole frame), from the built site in Chromium with reduced
 * motion, so each frame is the chapter's final state. Only the map's canvas is kept: the legend,
 * credits and insets are page elements drawn over it either way. Run it after changing a
 * chapter's camera, date or layers, the geodata or the map's style;
 * `tests/unit/story/chapter-images.test.ts` checks every chapter has all three pictures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';
import { CHROMIUM_ARGS } from '../tests/browser/harness';
import { serveBuild } from '../tests/browser/server';
import { chapters } from '../tests/browser/story-data';
import {
	CHAPTER_IMAGE_DIR,
	CHAPTER_IMAGE_FORMATS,
	CHAPTER_IMAGE_SIZES,
	chapterImagePath,
	type PictureLayout
} from '../src/lib/story/pictures';

/**
 * Quality by format. WebP: maps are flat colour and thin lines, which keep well at 0.72. JPEG
 * (the share card, for crawlers that read nothing else) needs more to keep the thin lines clean,
 * and stays under 150 KB at 1200×630.
 */
const QUALITY = { webp: 0.72, jpg: 0.8 } as const;
const MIME = { webp: 'image/webp', jpg: 'image/jpeg' } as const;

const executablePath = findChromium();
if (!executablePath) process.exit(1);
const args = process.argv.slice(2);
const layoutArg = args.find((a) => a.startsWith('--layout='))?.slice('--layout='.length);
const only = args.filter((a) => !a.startsWith('--'));
mkdirSync(`static/${CHAPTER_IMAGE_DIR}`, { recursive: true });
const server = await serveBuild();
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
	for (const [name, size] of Object.entries(CHAPTER_IMAGE_SIZES)) {
		const layout = name as PictureLayout;
		if (layoutArg && layoutArg !== layout) continue;
		const format = CHAPTER_IMAGE_FORMATS[layout];
		const context = await browser.newContext({
			viewport: size.viewport,
			isMobile: layout === 'phone',
			deviceScaleFactor: size.scale,
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		for (const chapter of chapters) {
			if (only.length && !only.includes(chapter.id)) continue;
			if (layout === 'card') {
				// The embed's map has no card column: the camera centres the chapter in the whole
				// frame. Its map pane is made the card's full height (its own follows the width).
				await page.goto(`${server.origin}/embed?chapter=${chapter.id}`);
				await page.evaluate((h) => {
					document.querySelector<HTMLElement>('.embed')!.style.gridTemplateRows = `${h}px auto`;
				}, size.pixels[1]);
			} else await page.goto(`${server.origin}/?chapter=${chapter.id}`);
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
				([mime, quality]) =>
					new Promise<string>((resolve) => {
						const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
						// Read the canvas inside a render, while its frame is still in the buffer.
						m.once('render', () => resolve(m.getCanvas().toDataURL(mime, quality)));
						m.triggerRepaint();
					}),
				[MIME[format], QUALITY[format]] as const
			);
			const bytes = Buffer.from(dataUrl.replace(/^data:image\/\w+;base64,/, ''), 'base64');
			const file = `static/${chapterImagePath(chapter.id, layout)}`;
			writeFileSync(file, bytes);
			console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
