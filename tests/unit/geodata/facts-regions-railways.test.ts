/**
 * The region and railway fact files (`geodata/facts/{stations.csv,railways.yaml,regions.yaml,
 * outlines.yaml,boundaries.geojson}`) and what `deriveRegionsRailways` makes of them: the
 * repository's facts derive to exactly the committed files, a mistake in a copy is one clear
 * problem naming its file and row (never a cascade), and an edit reaches the GeoJSON.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, length } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveRegionsRailways } from '../../../scripts/derive/regions-railways';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FACTS = 'geodata/facts';
const OUTPUTS = [
	'geodata/regions.geojson',
	'geodata/railways.geojson',
	'docs/geodata-regions-railways.md'
];
/** Derivation cuts every region with turf: seconds, not milliseconds. */
const SLOW = { timeout: 60_000 };

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Replace `from` (which must occur exactly once) by `to` in one fact file. */
interface Edit {
	file: string;
	from: string;
	to: string;
}

/** A temp project root holding copies of the fact files, with the edits applied. */
function createFacts(...edits: Edit[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'facts-regions-railways-'));
	dirs.push(dir);
	cpSync(join(ROOT, FACTS), join(dir, FACTS), { recursive: true });
	for (const { file, from, to } of edits) {
		const path = join(dir, FACTS, file);
		const text = readFileSync(path, 'utf8');
		expect(text.split(from).length - 1, `${JSON.stringify(from)} once in ${file}`).toBe(1);
		writeFileSync(path, text.replace(from, to));
	}
	return dir;
}

type Line = Feature<LineString | MultiLineString, { id: string; length_km: number }>;
const featuresOf = <T>(text: string) => (JSON.parse(text) as { features: T[] }).features;
const committed = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('deriveRegionsRailways', () => {
	it('derives the committed regions, railways and docs byte for byte', SLOW, async () => {
		const { files, problems } = await deriveRegionsRailways(ROOT);
		expect(problems).toEqual([]);
		expect(Object.keys(files).sort()).toEqual([...OUTPUTS].sort());
		for (const path of OUTPUTS) expect(files[path], path).toBe(committed(path));
	});

	it(
		'moves a railway with its station: geometry and length follow stations.csv',
		SLOW,
		async () => {
			const dir = createFacts({
				file: 'stations.csv',
				from: 'hailar,Hailar,119.7,49.2,',
				to: 'hailar,Hailar,119.7,50.2,'
			});
			const { files, problems } = await deriveRegionsRailways(dir);
			expect(problems).toEqual([]);
			const before = featuresOf<Line>(committed('geodata/railways.geojson'));
			const after = featuresOf<Line>(files['geodata/railways.geojson']);
			const byId = new Map(before.map((f) => [f.properties.id, f]));
			const changed = after.filter(
				(f) => JSON.stringify(f) !== JSON.stringify(byId.get(f.properties.id))
			);
			// Every period of the CER main line, and the China Changchun Railway that includes it.
			expect(changed.map((f) => f.properties.id)).toEqual([
				'cer-main-line',
				'cer-main-line-1920',
				'cer-main-line-1924',
				'cer-main-line-1935',
				'cer-main-line-1952',
				'china-changchun-railway'
			]);
			for (const f of changed) {
				const old = byId.get(f.properties.id)!;
				expect(JSON.stringify(f.geometry)).toContain('[119.7,50.2]');
				expect(JSON.stringify(old.geometry)).toContain('[119.7,49.2]');
				// The card keeps the published length; only the drawn line (and the docs) change.
				expect(f.properties.length_km).toBe(old.properties.length_km);
				expect(length(f, { units: 'kilometers' })).toBeGreaterThan(
					length(old, { units: 'kilometers' })
				);
			}
			expect(files['geodata/regions.geojson']).toBe(committed('geodata/regions.geojson'));
			expect(files['docs/geodata-regions-railways.md']).toMatch(
				/\| `hailar` +\| Hailar +\| 119\.7 +\| 50\.2 +\|/
			);
		}
	);

	it('joins several Natural Earth countries when a recipe lists them', SLOW, async () => {
		const dir = createFacts({
			file: 'regions.yaml',
			from: "  geometry:\n    country: Mongolia\n    note: today's border, close to the MPR's\n",
			to: '  geometry:\n    countries: [Mongolia, China]\n'
		});
		const { files, problems } = await deriveRegionsRailways(dir);
		expect(problems).toEqual([]);
		const mpr = featuresOf<Feature<Polygon>>(files['geodata/regions.geojson']).find(
			(f) => f.properties?.id === 'mongolian-peoples-republic'
		)!;
		expect(booleanPointInPolygon([106.9, 47.9], mpr)).toBe(true); // Ulaanbaatar
		expect(booleanPointInPolygon([116.4, 39.9], mpr)).toBe(true); // Beijing
	});
});

describe('deriveRegionsRailways on a mistake', () => {
	it('names a station coordinate that is out of range, and nothing that uses it', async () => {
		const dir = createFacts({
			file: 'stations.csv',
			from: 'harbin,Harbin,126.65,45.75,',
			to: 'harbin,Harbin,1266.5,45.75,'
		});
		expect(await deriveRegionsRailways(dir)).toEqual({
			files: {},
			problems: ['facts/stations.csv › harbin (line 15): lon 1266.5 is not a longitude (−180…180)']
		});
	});

	it('names a coordinate that is not a number, with the likely slip', async () => {
		const dir = createFacts({
			file: 'stations.csv',
			from: 'harbin,Harbin,126.65,45.75,',
			to: 'harbin,Harbin,126.65,"45,75",'
		});
		expect((await deriveRegionsRailways(dir)).problems).toEqual([
			'facts/stations.csv › harbin (line 15): lat "45,75" is not a number in decimal degrees such as 126.65 (a decimal point, not a comma)'
		]);
	});

	it('names an unknown station in a route once, at the route', async () => {
		const dir = createFacts({
			file: 'railways.yaml',
			from: '    - hailar\n',
			to: '    - hailer\n'
		});
		expect((await deriveRegionsRailways(dir)).problems).toEqual([
			'facts/railways.yaml › routes.cer-main: [4] "hailer" is not a route or a station of stations.csv; did you mean "hailar"?'
		]);
	});

	it('names an unknown route in a railway period', async () => {
		const dir = createFacts({
			file: 'railways.yaml',
			from: '  - id: turksib\n',
			to: '  - id: turksib\n    branches: [[turksyb]]\n'
		});
		expect((await deriveRegionsRailways(dir)).problems).toEqual([
			'facts/railways.yaml › turksib: branches[0][0] "turksyb" is not a route or a station of stations.csv; did you mean "turksib"?'
		]);
	});

	it('names an unknown line in an outline once, not every region drawn from it', async () => {
		const dir = createFacts({
			file: 'outlines.yaml',
			from: '{ line: shanhaiguan }',
			to: '{ line: shanhaiguang }'
		});
		expect((await deriveRegionsRailways(dir)).problems).toEqual([
			'facts/outlines.yaml › manchuria: ring[6] line "shanhaiguang" is not a line of boundaries.geojson; did you mean "shanhaiguan"?'
		]);
	});

	it('names an unknown outline and an unknown citation key in a region', async () => {
		const dir = createFacts(
			{
				file: 'regions.yaml',
				from: '    outline: kwantung\n    note: drawn as the former',
				to: '    outline: kwantong\n    note: drawn as the former'
			},
			{
				file: 'regions.yaml',
				from: '      created 1907)\n    - natural-earth-50m\n',
				to: '      created 1907)\n    - natural-earth\n'
			}
		);
		expect((await deriveRegionsRailways(dir)).problems).toEqual([
			'facts/regions.yaml › manchuria: sources[2] "natural-earth" is not a key of citations.yaml; did you mean "natural-earth-50m"?',
			'facts/regions.yaml › port-arthur-naval-base: geometry.outline "kwantong" is not an outline of outlines.yaml; did you mean "kwantung"?'
		]);
	});

	it('reports a broken YAML file once, with what it skipped, not a cascade', async () => {
		const dir = createFacts({ file: 'outlines.yaml', from: '\nrehe:\n', to: '\nrehe: [\n' });
		const { files, problems } = await deriveRegionsRailways(dir);
		expect(files).toEqual({});
		expect(problems).toHaveLength(1);
		// Every region whose recipe names an outline depends on the broken file.
		const regions = readFileSync(join(dir, 'geodata/facts/regions.yaml'), 'utf8');
		const drawn = regions.split('\n- id:').filter((r) => /\n {4}(outline|minus):/.test(r)).length;
		expect(drawn).toBeGreaterThan(5);
		expect(problems[0]).toMatch(
			new RegExp(
				`^facts/outlines\\.yaml: not valid YAML at line \\d+, column \\d+: .+; skipped: ${drawn} regions drawn from outlines not checked or derived$`
			)
		);
	});

	it('reports a broken citations file once, with the number of keys left unchecked', async () => {
		const dir = createFacts({
			file: 'citations.yaml',
			from: '# regions and railways\n',
			to: '# regions and railways\n: : :\n'
		});
		const { problems } = await deriveRegionsRailways(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(
			/^facts\/citations\.yaml: not valid YAML.*: .+; skipped: \d+ citation keys of the region and railway files not checked$/
		);
	});
});
