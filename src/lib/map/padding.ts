/**
 * Camera padding on a wide screen where the story's cards cover the left of the map (the story
 * page, and the map-only embed under a host scrolly), so each chapter's place stays in view.
 * A module of its own, free of MapLibre and fonts, so the benchmark script can import it.
 */
export const CARDS_LEFT_PADDING = { top: 40, right: 40, bottom: 40, left: 520 } as const;

/**
 * Camera padding on a phone, where nothing covers the map's sides but a name needs room beside
 * its dot (a chapter's subject at the frame's edge would have its name cut), and the date and
 * key sit along the bottom.
 */
export const PHONE_PADDING = { top: 12, right: 32, bottom: 48, left: 32 } as const;
