/**
 * The map's two insets, as pure functions (no MapLibre, so scripts and tests can use them):
 * a scale bar at close-up zooms, where a Mercator scale is honest across the frame, and a
 * locator that shows where a close-up view lies on the continent.
 */

/** From this zoom in, the map shows a scale bar (below it, scale varies too much across a view). */
export const SCALE_BAR_MIN_ZOOM = 4;
/** From this zoom in, the map shows the locator inset. */
export const LOCATOR_MIN_ZOOM = 4.5;

/** The locator's frame in degrees: [west, south, east, north]; Europe to the Pacific. */
export const LOCATOR_EXTENT = [15, 5, 165, 75] as const;
/** Width of the locator drawing in its own units; the height follows from the projection. */
export const LOCATOR_WIDTH = 300;

/** Web Mercator y of a latitude, in radians of longitude (so x and y share one unit). */
function mercatorY(lat: number): number {
	const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
	return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

const [W, S, E, N] = LOCATOR_EXTENT;
const X_SCALE = LOCATOR_WIDTH / (((E - W) * Math.PI) / 180);
const TOP = mercatorY(N);
/** Height of the locator drawing, in the same units as `LOCATOR_WIDTH`. */
export const LOCATOR_HEIGHT = Math.round((TOP - mercatorY(S)) * X_SCALE);

/** A longitude and latitude as x, y in the locator's drawing (Web Mercator, like the map). */
export function locatorPoint([lon, lat]: readonly [number, number]): [number, number] {
	return [(((lon - W) * Math.PI) / 180) * X_SCALE, (TOP - mercatorY(lat)) * X_SCALE];
}

/**
 * Where a view lies in the locator, as fractions of its width and height (clamped to the frame),
 * from the view's bounds [west, south, east, north].
 */
export function locatorBox(bounds: readonly [number, number, number, number]): {
	left: number;
	top: number;
	width: number;
	height: number;
} {
	const [x0, y0] = locatorPoint([bounds[0], bounds[3]]);
	const [x1, y1] = locatorPoint([bounds[2], bounds[1]]);
	const fx = (x: number) => Math.max(0, Math.min(1, x / LOCATOR_WIDTH));
	const fy = (y: number) => Math.max(0, Math.min(1, y / LOCATOR_HEIGHT));
	return {
		left: fx(x0),
		top: fy(y0),
		width: fx(x1) - fx(x0),
		height: fy(y1) - fy(y0)
	};
}

/**
 * A scale bar for a map that shows `metresPerPixel` at its centre: the longest round length
 * (1, 2 or 5 × 10ⁿ km) that fits in `maxPixels`, and its width in pixels.
 */
export function scaleBar(metresPerPixel: number, maxPixels = 110): { km: number; pixels: number } {
	const maxKm = (metresPerPixel * maxPixels) / 1000;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const step = [5, 2, 1].find((m) => m * power <= maxKm) ?? 1;
	const km = step * power;
	return { km, pixels: (km * 1000) / metresPerPixel };
}

/** Great-circle distance in metres between two [lon, lat] points (a sphere of 6,371 km). */
export function distanceMetres(a: readonly [number, number], b: readonly [number, number]): number {
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
