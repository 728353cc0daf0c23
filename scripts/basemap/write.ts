/**
 * Writes GeoJSON deterministically (same input, same bytes: key order is fixed by construction,
 * numbers are already rounded) and reports raw and gzip sizes, the numbers the budget counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';

export interface Written {
	path: string;
	features: number;
	bytes: number;
	gzip: number;
}

export function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

/** Compact JSON, one feature per line (diffs stay readable, gzip barely notices). */
export function serialize(fc: FeatureCollection): string {
	const lines = fc.features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function writeCollection(path: string, fc: FeatureCollection): Written {
	const text = serialize(fc);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	const bytes = Buffer.byteLength(text);
	return { path, features: fc.features.length, bytes, gzip: gzipSync(text, { level: 6 }).length };
}
