/**
 * Turf-style fixture tests: `valid/` must pass untouched, and every folder in `invalid/` (named
 * for its defect) must yield exactly the problems its `expected.json` lists — no more, so each
 * fixture stays one clear defect and the validator does not pile on echoes of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	readGeodataDir,
	validateGeodata,
	type GeodataProblem
} from '../../../src/lib/server/geodata';
import { LAYER_IDS } from '../../../src/lib/geodata/types';

const root = fileURLToPath(new URL('../../fixtures/geodata', import.meta.url));
const invalidRoot = join(root, 'invalid');

/** One line of `expected.json`; `file` may be left out when the folder holds one file. */
interface Expected {
	file?: string;
	feature: string;
	match: string;
}

function readExpected(dir: string): Required<Expected>[] {
	const geojson = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
	const expected: Expected[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
	return expected.map((e) => {
		if (!e.file && geojson.length !== 1) throw new Error(`${dir}: say which file for "${e.match}"`);
		return { ...e, file: e.file ?? geojson[0] };
	});
}

const matches = (p: GeodataProblem, e: Required<Expected>) =>
	p.file === e.file && p.feature === e.feature && p.message.includes(e.match);

describe('valid fixtures', () => {
	it('yield no problems', async () => {
		const { problems } = validateGeodata(await readGeodataDir(join(root, 'valid')));
		expect(problems).toEqual([]);
	});

	it('cover every layer and index every feature by id', async () => {
		const { collections, features } = validateGeodata(await readGeodataDir(join(root, 'valid')));
		expect(Object.keys(collections).sort()).toEqual(LAYER_IDS.map((l) => `${l}.geojson`).sort());
		const count = Object.values(collections).reduce((n, c) => n + c.features.length, 0);
		expect(features.size).toBe(count);
	});
});

describe('invalid fixtures', () => {
	const folders = readdirSync(invalidRoot).sort();

	it('exist for the defects the brief names', () => {
		for (const name of [
			'not-closing-ring',
			'self-intersecting-polygon',
			'clockwise-outer-ring',
			'duplicate-id-across-files',
			'end-before-start',
			'impossible-date',
			'missing-sources',
			'empty-sources',
			'missing-name-zh',
			'unknown-kind',
			'kind-in-wrong-file',
			'point-for-region',
			'lat-out-of-range',
			'unparseable-json',
			'not-a-feature-collection',
			'unknown-property',
			'single-point-line',
			'bad-id'
		])
			expect(folders).toContain(name);
	});

	it.each(folders)('%s: reports exactly the expected problems', async (name) => {
		const dir = join(invalidRoot, name);
		const expected = readExpected(dir);
		const { problems } = validateGeodata(await readGeodataDir(dir));
		for (const e of expected)
			expect(
				problems.some((p) => matches(p, e)),
				`missing ${JSON.stringify(e)}`
			).toBe(true);
		const unexpected = problems.filter((p) => !expected.some((e) => matches(p, e)));
		expect(unexpected).toEqual([]);
	});
});
