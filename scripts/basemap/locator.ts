/**
 * Writes the locator inset's picture, static/basemap/locator.svg: the land of the locator's
 * frame (`LOCATOR_EXTENT`, Europe to the Pacific), simplified to a few kilobytes and drawn in
 * the map's projection, so the box the map draws over it (`locatorBox`) falls where the view is.
 * Derived from the committed first-load land (GSHHG), so it needs no GMT; `build.ts` runs it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
	LOCATOR_EXTENT,
	LOCATOR_HEIGHT,
	LOCATOR_WIDTH,
	locatorPoint
} from '../../src/lib/map/insets';
import { FILES, OUT_DIR } from './config';

/** Islands and lakes smaller than this (km²) are left out: they are specks at inset size. */
const MIN_AREA_KM2 = 10_000;

/** The outline of the areas of a collection inside the frame, simplified, as an SVG path. */
function outlinePath(collection: FeatureCollection): string {
	const rings: Position[][] = [];
	for (const feature of collection.features) {
		const g = feature.geometry;
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
		const clipped = bboxClip(feature as Feature<Polygon | MultiPolygon>, [...LOCATOR_EXTENT]);
		const simple = simplify(clipped, { tolerance: 0.35, highQuality: true });
		const polygons: Position[][][] =
			simple.geometry.type === 'Polygon'
				? [simple.geometry.coordinates]
				: (simple.geometry as MultiPolygon).coordinates;
		for (const polygon of polygons) {
			if (!polygon[0] || polygon[0].length < 4) continue;
			if (area({ type: 'Polygon', coordinates: [polygon[0]] }) / 1e6 < MIN_AREA_KM2) continue;
			rings.push(...polygon.filter((ring) => ring.length >= 4));
		}
	}
	return rings
		.map(
			(ring) =>
				'M' +
				ring
					.map((p) =>
						locatorPoint([p[0], p[1]])
							.map((v) => v.toFixed(1))
							.join(' ')
					)
					.join('L') +
				'Z'
		)
		.join('');
}

/** The locator's picture: sea, land, and the largest lakes (the Caspian, Baikal, Balkhash). */
export function locatorSvg(land: FeatureCollection, lakes: FeatureCollection): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LOCATOR_WIDTH} ${LOCATOR_HEIGHT}">` +
		`<rect width="${LOCATOR_WIDTH}" height="${LOCATOR_HEIGHT}" fill="#c9dbe6"/>` +
		`<path d="${outlinePath(land)}" fill="#f3ecdc" stroke="#8c8273" stroke-width="0.6"/>` +
		`<path d="${outlinePath(lakes)}" fill="#c9dbe6"/>` +
		`</svg>\n`
	);
}

/** The locator picture for the basemap files in `outDir` (the committed first-load files). */
export function locatorFromBasemap(outDir = OUT_DIR): string {
	const read = (name: string) =>
		JSON.parse(readFileSync(join(outDir, name), 'utf8')) as FeatureCollection;
	const only = (fc: FeatureCollection, keep: (p: Record<string, unknown>) => boolean) => ({
		...fc,
		features: fc.features.filter((f) => keep(f.properties ?? {}))
	});
	return locatorSvg(
		only(read(FILES.land), (p) => p.layer === 'land'),
		only(read(FILES.water), (p) => p.kind === 'lake')
	);
}

export function writeLocator(outDir = OUT_DIR): { path: string; bytes: number } {
	const svg = locatorFromBasemap(outDir);
	const path = join(outDir, 'locator.svg');
	writeFileSync(path, svg);
	return { path, bytes: Buffer.byteLength(svg) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { path, bytes } = writeLocator();
	console.log(`${path}: ${(bytes / 1024).toFixed(1)} KB`);
}
