/**
 * The knobs of the basemap build in one place: where the map is detailed, how hard each kind of
 * line is generalised, and where the files go. Changing a number here and re-running
 * `npx tsx scripts/basemap/build.ts` is the whole workflow.
 */
import type { Position } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

/** Data is clipped here: the story's extent (25..150°E, 12..66°N) plus a margin that fades out. */
export const DATA_EXTENT: Bbox = [18, 6, 160, 72];

/** Where the story spends most of its time (Manchuria, Mongolia, Xinjiang, Central Asia). */
export const CORE: Bbox = [60, 18, 145, 58];

/** Width of the fade to sea colour along the data edge, in degrees, and its number of steps. */
export const EDGE_FADE = { width: 3, steps: 12 };

/**
 * Douglas–Peucker tolerances in Web-Mercator degrees (0.011 ≈ 1 px at zoom 6 with 512-px tiles).
 * Coasts (also the land fill) stay finer than borders, which are muted and dashed anyway.
 */
export const TOLERANCE = {
	coast: { core: 0.012, rest: 0.035 },
	border: { core: 0.03, rest: 0.06 },
	/** Border arcs that rivers follow (Amur, Argun, Ussuri, Yalu, Tumen) keep coastal detail. */
	river: 0.01
};

/** Decimal places kept: 3 (≈100 m) where the story looks, 2 (≈1 km) elsewhere. */
export const PRECISION = { core: 3, rest: 2 };

/** Islands smaller than this (km²) are dropped; invisible at story zooms, costly in bytes. */
export const MIN_ISLAND_KM2 = { core: 150, rest: 600 };

/** Natural Earth topology (world-atlas, 1:50m). */
export const NATURAL_EARTH = 'node_modules/world-atlas/countries-50m.json';

export const OUT_DIR = 'static/basemap';

export function inBbox(point: Position, bbox: Bbox): boolean {
	return point[0] >= bbox[0] && point[0] <= bbox[2] && point[1] >= bbox[1] && point[1] <= bbox[3];
}

/** Rounds a coordinate to the precision of its zone (a pure function of the point, so shared
 * vertices of land and borders round identically). */
export function roundPosition(point: Position): Position {
	const digits = inBbox(point, CORE) ? PRECISION.core : PRECISION.rest;
	const f = 10 ** digits;
	return [Math.round(point[0] * f) / f, Math.round(point[1] * f) / f];
}
