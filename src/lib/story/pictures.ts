/**
 * The chapters' map pictures (`scripts/chapter-images.ts` renders them from the built site):
 * what the page shows before the live map is idle, and instead of it without JavaScript or WebGL.
 */

/** Where the pictures live, under the site root (files in static/). */
export const CHAPTER_IMAGE_DIR = 'chapters';

/**
 * The layouts pictured: a desktop window (the map fills it; the cards float over its left
 * part), a phone, whose map pane is the top 46 % of the screen (`.map-pane` in Story.svelte),
 * and the share card a link preview shows (1200×630, the map alone with nothing over it, the
 * chapter's place in its middle: rendered from the embed's map, which has no cards beside it).
 */
export const CHAPTER_IMAGE_SIZES = {
	desktop: { viewport: { width: 1280, height: 800 }, scale: 1, pixels: [1280, 800] },
	phone: { viewport: { width: 390, height: 844 }, scale: 2, pixels: [780, 776] },
	card: { viewport: { width: 1200, height: 630 }, scale: 1, pixels: [1200, 630] }
} as const;

export type PictureLayout = keyof typeof CHAPTER_IMAGE_SIZES;

/** The file format of each layout: WebP for the page, JPEG for link previews (every crawler reads it). */
export const CHAPTER_IMAGE_FORMATS = {
	desktop: 'webp',
	phone: 'webp',
	card: 'jpg'
} as const satisfies Record<PictureLayout, string>;

/** Below this width the page uses the phone layout (the story's breakpoint, 900 px). */
export const PHONE_MEDIA = '(max-width: 899px)';

/**
 * A chapter's picture for a layout, relative to the site root.
 * @example chapterImagePath('prologue', 'phone') // 'chapters/prologue-phone.webp'
 * @example chapterImagePath('prologue', 'card') // 'chapters/prologue-card.jpg'
 */
export function chapterImagePath(chapter: string, layout: PictureLayout): string {
	return `${CHAPTER_IMAGE_DIR}/${chapter}-${layout}.${CHAPTER_IMAGE_FORMATS[layout]}`;
}

/** The share card's size, for `og:image:width`/`height` and oEmbed's thumbnail. */
export const CARD_SIZE = {
	width: CHAPTER_IMAGE_SIZES.card.pixels[0],
	height: CHAPTER_IMAGE_SIZES.card.pixels[1]
} as const;
