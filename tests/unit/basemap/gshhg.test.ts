/**
 * The GSHHG regeneration: reading `gmt coast` dumps (scripts/basemap/gmt.ts), finding a named
 * river in the unnamed WDBII network (river-network.ts), the named-water fact file and its schema,
 * and — where GMT is installed — that the committed files are exactly what the script writes.
 * CI has no GMT: the freshness tests are skipped there, the tests of the committed files
 * (static-files.test.ts) run everywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Position } from 'geojson';
import {
	closeOverPole,
	hasGmt,
	isClosed,
	joinPieces,
	parseDump,
	unwrap
} from '../../../scripts/basemap/gmt';
import { RiverNetwork } from '../../../scripts/basemap/river-network';
import { loadWaterFacts } from '../../../scripts/basemap/water-facts';
import { generateBasemap } from '../../../scripts/basemap/generate';
import { serialize } from '../../../scripts/basemap/write';
import { parseWaterFacts } from '../../../src/lib/geodata/schema/water';
import { readYaml } from '../../../scripts/derive/read';
import { BASEMAP_FILES, readText, repoPath } from './files';

describe('parseDump', () => {
	it('reads pieces with their GSHHG level', () => {
		const text = '> Shore Bin # 3, Level 1\n1\t2\n3\t4\n> River Bin # 9, Level 2\n5 6\n7 8\n';
		expect(parseDump(text)).toEqual([
			{
				level: 1,
				points: [
					[1, 2],
					[3, 4]
				]
			},
			{
				level: 2,
				points: [
					[5, 6],
					[7, 8]
				]
			}
		]);
	});

	it('drops pieces of fewer than two points', () => {
		expect(parseDump('> Shore Bin # 1, Level 1\n1\t2\n')).toEqual([]);
	});
});

describe('joinPieces', () => {
	/** A square ring cut into three pieces at "bin edges", given out of order. */
	function createCutRing() {
		return [
			{
				level: 1,
				points: [
					[2, 0],
					[2, 2],
					[0, 2]
				]
			},
			{
				level: 1,
				points: [
					[0, 2],
					[0, 0]
				]
			},
			{
				level: 1,
				points: [
					[0, 0],
					[2, 0]
				]
			}
		];
	}

	it('stitches pieces that share end points into one closed ring', () => {
		const joined = joinPieces(createCutRing());
		expect(joined).toHaveLength(1);
		expect(isClosed(joined[0].points)).toBe(true);
		expect(joined[0].points).toHaveLength(5);
	});

	it('joins backwards too, whichever piece comes first', () => {
		const joined = joinPieces([...createCutRing()].reverse());
		expect(joined).toHaveLength(1);
		expect(isClosed(joined[0].points)).toBe(true);
	});

	it('never joins pieces of different levels (a lake shore touching the coast)', () => {
		const [a, b, c] = createCutRing();
		expect(joinPieces([a, { ...b, level: 2 }, c])).toHaveLength(2);
	});

	it('joins across the antimeridian (GMT prints both 180 and −180)', () => {
		const joined = joinPieces([
			{
				level: 1,
				points: [
					[150, 60],
					[160, 60],
					[170, 60],
					[180, 61]
				]
			},
			{
				level: 1,
				points: [
					[-180, 61],
					[-170, 62]
				]
			}
		]);
		expect(joined).toHaveLength(1);
		expect(unwrap(joined[0].points).map((p) => p[0])).toEqual([150, 160, 170, 180, 190]);
	});
});

describe('closeOverPole', () => {
	it('closes a ring that goes once round the globe over the nearer pole', () => {
		const ring: Position[] = [
			[180, -70],
			[0, -72],
			[-180, -70]
		];
		const closed = closeOverPole(ring);
		expect(closed.slice(-3)).toEqual([
			[-180, -90],
			[180, -90],
			[180, -70]
		]);
	});

	it('leaves an ordinary ring alone', () => {
		const ring: Position[] = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 0]
		];
		expect(closeOverPole(ring)).toBe(ring);
	});
});

describe('RiverNetwork', () => {
	/**
	 * A main river along 45°N (level 1) from 100°E to 101°E, a minor shortcut (level 4) that
	 * leaves and rejoins it, and a second river beyond a lake at 101.1–101.2°E.
	 */
	function createNetwork() {
		const main = { level: 1, points: [0, 0.2, 0.4, 0.6, 0.8, 1].map((x) => [100 + x, 45]) };
		const shortcut = {
			level: 4,
			points: [
				[100.2, 45],
				[100.5, 45.001],
				[100.8, 45]
			]
		};
		const beyond = {
			level: 1,
			points: [
				[101.2, 45],
				[101.5, 45]
			]
		};
		const lake = [
			[101.0, 45],
			[101.1, 44.95],
			[101.2, 45],
			[101.1, 45.05],
			[101.0, 45]
		];
		return new RiverNetwork([main, shortcut, beyond], [lake]);
	}

	it('finds the river nearest to an anchor a little off the bank', () => {
		const net = createNetwork();
		const n = net.anchorNode([100.41, 45.02])!;
		expect(net.points[n]).toEqual([100.4, 45]);
	});

	it('keeps to the major river rather than a minor one of about the same length', () => {
		const net = createNetwork();
		const path = net.path(net.anchorNode([100, 45])!, net.anchorNode([101, 45])!)!;
		expect(path.map((n) => net.points[n])).toContainEqual([100.6, 45]);
		expect(path.map((n) => net.points[n])).not.toContainEqual([100.5, 45.001]);
	});

	it('goes round a lake unseen: the path continues beyond it, the shore is not drawn', () => {
		const net = createNetwork();
		const path = net.path(net.anchorNode([100, 45])!, net.anchorNode([101.5, 45])!);
		expect(path).toBeDefined();
		const lines = net.lines(path!);
		expect(lines).toHaveLength(2);
		expect(lines[0].at(-1)).toEqual([101, 45]);
		expect(lines[1][0]).toEqual([101.2, 45]);
	});

	it('finds no river for an anchor far from every river', () => {
		expect(createNetwork().anchorNode([110, 30])).toBeUndefined();
	});
});

describe('geodata/facts/water.yaml', () => {
	it('is valid, with every river and lake the story names', async () => {
		const facts = await loadWaterFacts(repoPath('geodata/facts/water.yaml'));
		const ids = [...facts.rivers, ...facts.lakes].map((r) => r.id);
		for (const id of [
			'river-amur',
			'river-ussuri',
			'river-argun',
			'river-songhua',
			'river-ili',
			'river-irtysh',
			'river-yalu',
			'river-yangtze',
			'river-yellow',
			'river-selenga',
			'lake-baikal',
			'lake-khanka',
			'lake-balkhash',
			'lake-hulun',
			'lake-zaysan'
		])
			expect(ids).toContain(id);
	});

	it('explains its format in a comment at the top', () => {
		const text = readText('geodata/facts/water.yaml');
		expect(text.startsWith('#')).toBe(true);
		expect(text).toMatch(/anchors:/);
		expect(text).toMatch(/at_source/);
	});

	it('is the only place that holds the coordinates of named water (no .ts keeps them)', () => {
		const code = [
			'scripts/basemap/gshhg.ts',
			'scripts/basemap/generate.ts',
			'src/lib/map/basemap.ts'
		]
			.map(readText)
			.join('\n');
		expect(code).not.toMatch(/135\.09|132\.41|108\.19|133\.8/);
	});
});

describe('the water schema', () => {
	async function createFacts(): Promise<Record<string, unknown>> {
		const read = await readYaml(repoPath('geodata/facts/water.yaml'));
		if (!read.ok) throw new Error(read.error);
		return structuredClone(read.value) as Record<string, unknown>;
	}

	it('names a misspelt key and suggests the right one', async () => {
		const facts = await createFacts();
		const river = (facts.rivers as Record<string, unknown>[])[0];
		river.anchor = river.anchors;
		delete river.anchors;
		const parsed = parseWaterFacts(facts);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.errors.join('\n')).toMatch(/rivers\[0\]\.anchors is missing/);
		expect(!parsed.ok && parsed.errors.join('\n')).toMatch(/did you mean "anchors"/);
	});

	it('refuses a river of one anchor, a coordinate out of range, a missing source', async () => {
		const facts = await createFacts();
		const rivers = facts.rivers as { anchors: Record<string, unknown>[] }[];
		rivers[0].anchors = rivers[0].anchors.slice(0, 1);
		rivers[1].anchors[0].at = [200, 45];
		delete rivers[2].anchors[0].at_source;
		const parsed = parseWaterFacts(facts);
		const errors = parsed.ok ? '' : parsed.errors.join('\n');
		expect(errors).toMatch(/rivers\[0\]\.anchors needs at least two anchors/);
		expect(errors).toMatch(/rivers\[1\]\.anchors\[0\]\.at\[0\] 200 is not a longitude/);
		expect(errors).toMatch(/rivers\[2\]\.anchors\[0\]\.at_source is missing/);
	});

	it('refuses a gap after the last anchor, and a duplicate id', async () => {
		const facts = await createFacts();
		const rivers = facts.rivers as { id: string; anchors: Record<string, unknown>[] }[];
		rivers[0].anchors.at(-1)!.gap_after = 'into the sea';
		rivers[1].id = rivers[2].id;
		const parsed = parseWaterFacts(facts);
		const errors = parsed.ok ? '' : parsed.errors.join('\n');
		expect(errors).toMatch(/gap_after is on the last anchor/);
		expect(errors).toMatch(/is used twice/);
	});
});

const GMT = hasGmt();

describe.skipIf(!GMT)(
	'regeneration from GSHHG (needs gmt; skipped where GMT is absent, as in CI)',
	() => {
		let first: Record<string, FeatureCollection>;

		beforeAll(async () => {
			process.chdir(repoPath(''));
			first = (await generateBasemap()) as Record<string, FeatureCollection>;
		}, 180_000);

		it.each(BASEMAP_FILES)(
			'%s is byte-for-byte what the build writes (if not: npx tsx scripts/basemap/build.ts)',
			(path) => {
				const name = path.split('/').at(-1)!;
				expect(serialize(first[name]) === readText(path), `${path} is stale`).toBe(true);
			}
		);

		it('writes the same bytes when run again (deterministic)', async () => {
			const second = (await generateBasemap()) as Record<string, FeatureCollection>;
			for (const name of Object.keys(first))
				expect(serialize(second[name]) === serialize(first[name]), name).toBe(true);
		}, 180_000);
	}
);

if (!GMT)
	console.info(
		'gshhg.test.ts: gmt not installed, so the freshness of static/basemap/*.geojson is not ' +
			'checked here (apt-get install gmt gmt-gshhg-high gmt-gshhg-full to check it)'
	);
