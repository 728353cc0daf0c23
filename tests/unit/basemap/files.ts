/**
 * Read-only access to the repository's files for the basemap tests, by path from the repo root
 * (resolved from this file, so the tests pass from any working directory).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Position } from 'geojson';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of a file given relative to the repository root. */
export function repoPath(relative: string): string {
	return `${ROOT}${relative}`;
}

export function readText(relative: string): string {
	return readFileSync(repoPath(relative), 'utf8');
}

export function readBytes(relative: string): Buffer {
	return readFileSync(repoPath(relative));
}

export function readCollection(relative: string): FeatureCollection {
	return JSON.parse(readText(relative)) as FeatureCollection;
}

/** The basemap files fetched with the page. */
export const FIRST_LOAD_FILES = ['static/basemap/land.geojson', 'static/basemap/water.geojson'];

/** The close-up files the map swaps in after its first idle. */
export const DETAIL_FILES = [
	'static/basemap/land-detail.geojson',
	'static/basemap/water-detail.geojson'
];

/** The basemap files the build writes and the app fetches. */
export const BASEMAP_FILES = [...FIRST_LOAD_FILES, ...DETAIL_FILES];

/** Every story layer file, in `geodata/`. */
export function geodataFiles(): string[] {
	return readdirSync(repoPath('geodata'))
		.filter((name) => name.endsWith('.geojson'))
		.sort()
		.map((name) => `geodata/${name}`);
}

/** All positions of a geometry's coordinates, however deeply nested. */
export function positions(coordinates: unknown): Position[] {
	if (!Array.isArray(coordinates)) return [];
	if (typeof coordinates[0] === 'number') return [coordinates as Position];
	return coordinates.flatMap(positions);
}
