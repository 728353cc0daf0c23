/**
 * The chapters' map pictures (`scripts/chapter-images.ts` renders them from the built site):
 * what the page shows before the live map is idle, and instead of it without JavaScript or WebGL.
 */

/** Where the pictures live, under the site root (files in static/). */
export const CHAPTER_IMAGE_DIR = 'chapters';

/**
 * The two layouts pictured: a desktop window (the map fills it; the cards float over its left
 * part) and a phone, whose map pane is the top 46 % of the screen (`.map-pane` in +page.svelte).
 */
export const CHAPTER_IMAGE_SIZES = {
	desktop: { viewport: { width: 1280, height: 800 }, scale: 1, pixels: [1280, 800] },
	phone: { viewport: { width: 390, height: 844 }, scale: 2, pixels: [780, 776] }
} as const;

export type PictureLayout = keyof typeof CHAPTER_IMAGE_SIZES;

/** Below this width the page uses the phone layout (the story's breakpoint, 900 px). */
export const PHONE_MEDIA = '(max-width: 899px)';

/**
 * A chapter's picture for a layout, relative to the site root.
 * @example chapterImagePath('prologue', 'phone') // 'chapters/prologue-phone.webp'
 */
export function chapterImagePath(chapter: string, layout: PictureLayout): string {
	return `${CHAPTER_IMAGE_DIR}/${chapter}-${layout}.webp`;
}
