/**
 * Camera padding on a wide screen where the story's cards cover the left of the map (the story
 * page, and the map-only embed under a host scrolly), so each chapter's place stays in view.
 * A module of its own, free of MapLibre and fonts, so the benchmark script can import it.
 */
export const CARDS_LEFT_PADDING = { top: 40, right: 40, bottom: 40, left: 520 } as const;
