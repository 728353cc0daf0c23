/**
 * The knobs of the basemap build in one place: where the map is detailed, how hard each kind of
 * line is generalised, and where the files go. Changing a number here and re-running
 * `npx tsx scripts/basemap/build.ts` is the whole workflow.
 */
import type { Position } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

/** The whole globe: land is drawn everywhere, so no camera ever sees the edge of the data. */
export const WORLD: Bbox = [-180, -90, 180, 90];

/** Where rivers and lakes are kept, and coasts at medium detail: the story's extent (25..150°E,
 * 12..66°N) plus a margin. */
export const DATA_EXTENT: Bbox = [18, 6, 160, 72];

/** Where the story spends most of its time (Manchuria, Mongolia, Xinjiang, Central Asia). */
export const CORE: Bbox = [60, 18, 145, 58];

/** GSHHG resolution read from GMT: `h` (high, ≈200 m) for shores, lakes and rivers. */
export const RESOLUTION = 'h';

/** Per zone: core, the rest of the data extent, the rest of the world. */
export interface Zoned {
	core: number;
	extent: number;
	world: number;
}

/**
 * One level of detail: what one pair of files (land + water) keeps. Tolerances are Douglas–Peucker
 * in Web-Mercator degrees (0.011 ≈ 1 px at zoom 6 with 512-px tiles); areas in km².
 */
export interface Detail {
	/** Coasts, lake shores and unnamed rivers. */
	tolerance: Zoned;
	/** The named rivers (the border rivers must stay within a couple of km of the true line). */
	namedRiverTolerance: number;
	/** Decimal places kept. */
	precision: Zoned;
	/** Islands (GSHHG level 1 polygons) smaller than this are dropped. */
	minIslandKm2: Zoned;
	/** Lakes (level 2) smaller than this are dropped, unless named. */
	minLakeKm2: Zoned;
	/** Double-lined river stretches (WDBII level 0 polygons) smaller than this are dropped. */
	minRiverAreaKm2: number;
	/** Highest WDBII level of the unnamed rivers drawn (1 major … 4 minor; 0 none), in the core and
	 * in the rest of the data extent. */
	riverLevels: { core: number; extent: number };
	/** Unnamed rivers shorter than this (km, after joining) are dropped. */
	minRiverKm: number;
}

/**
 * `base` is fetched with the page (counted in the first-load budget); `detail` replaces it once
 * the map is first idle (or the reader zooms past 6), for the close-ups of 1969 and the Ili.
 */
export const DETAIL: Record<'base' | 'detail', Detail> = {
	base: {
		tolerance: { core: 0.065, extent: 0.12, world: 1 },
		namedRiverTolerance: 0.03,
		precision: { core: 2, extent: 2, world: 1 },
		minIslandKm2: { core: 500, extent: 3000, world: 10000 },
		minLakeKm2: { core: 5000, extent: 10000, world: Infinity },
		// First paint: only the named rivers; the others come with the detail.
		minRiverAreaKm2: Infinity,
		riverLevels: { core: 0, extent: 0 },
		minRiverKm: Infinity
	},
	detail: {
		tolerance: { core: 0.012, extent: 0.035, world: 0.25 },
		namedRiverTolerance: 0.005,
		precision: { core: 3, extent: 2, world: 1 },
		minIslandKm2: { core: 50, extent: 500, world: 5000 },
		minLakeKm2: { core: 300, extent: 1500, world: Infinity },
		minRiverAreaKm2: 30,
		riverLevels: { core: 2, extent: 1 },
		minRiverKm: 200
	}
};

/** Today's land borders (Natural Earth 1:50m, via npm world-atlas): tolerances as before. */
export const TOLERANCE = {
	coast: { core: 0.012, rest: 0.035 },
	border: { core: 0.03, rest: 0.06, world: 0.8 },
	/** Border arcs that rivers follow (Amur, Argun, Ussuri, Yalu, Tumen) keep more detail. */
	river: 0.01
};

/** Decimal places of the borders: 2 (≈1 km) in the data extent, 1 beyond it. */
export const PRECISION = { core: 2, rest: 2, world: 1 };

/** Natural Earth topology (world-atlas, 1:50m). */
export const NATURAL_EARTH = 'node_modules/world-atlas/countries-50m.json';

export const OUT_DIR = 'static/basemap';

/** The files the build writes: the first pair is fetched with the page, the second after idle. */
export const FILES = {
	land: 'land.geojson',
	water: 'water.geojson',
	landDetail: 'land-detail.geojson',
	waterDetail: 'water-detail.geojson'
} as const;

export function inBbox(point: Position, bbox: Bbox): boolean {
	return point[0] >= bbox[0] && point[0] <= bbox[2] && point[1] >= bbox[1] && point[1] <= bbox[3];
}

/** Which zone a point lies in. */
export function zoneOf(point: Position): keyof Zoned {
	return inBbox(point, CORE) ? 'core' : inBbox(point, DATA_EXTENT) ? 'extent' : 'world';
}

/** Rounds a coordinate to the precision of its zone (a pure function of the point, so shared
 * vertices of land and borders round identically). */
export function roundPosition(point: Position): Position {
	const digits = inBbox(point, CORE)
		? PRECISION.core
		: inBbox(point, DATA_EXTENT)
			? PRECISION.rest
			: PRECISION.world;
	const f = 10 ** digits;
	return [Math.round(point[0] * f) / f, Math.round(point[1] * f) / f];
}
