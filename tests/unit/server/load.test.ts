/**
 * The one loader (`src/lib/server/load.ts`) on the real project and on broken copies of it:
 * every problem is named by file, feature or chapter and field, and one mistake gives one
 * problem, not a cascade of follow-on errors. The CLI is run once end to end.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLoadReport, loadStory } from '../../../src/lib/server/load';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the real project data in a temp folder, for breaking on purpose. */
function createProjectCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'storymap-'));
	dirs.push(dir);
	cpSync('geodata', join(dir, 'geodata'), { recursive: true });
	cpSync('src/content', join(dir, 'src/content'), { recursive: true });
	cpSync('docs', join(dir, 'docs'), { recursive: true });
	return dir;
}

/** Edits one JSON file of a project copy in place. */
function editJson(dir: string, path: string, edit: (value: Record<string, unknown>) => void) {
	const file = join(dir, path);
	const value = JSON.parse(readFileSync(file, 'utf8'));
	edit(value);
	writeFileSync(file, JSON.stringify(value));
	return value;
}

/** The report as the CLI prints it, one line per problem. */
const report = async (dir: string) => formatLoadReport(await loadStory(dir)).split('\n');

describe('loadStory', () => {
	it('passes the real project and builds the payload', async () => {
		const story = await loadStory('.');
		expect(story.problems).toEqual([]);
		expect(story.payload?.layers.railways.features.length).toBeGreaterThan(10);
		expect(Object.keys(story.translations).sort()).toEqual(['ru', 'zh']);
	});

	it('reports a broken feature and a broken chapter at once', async () => {
		const dir = createProjectCopy();
		const data = editJson(dir, 'geodata/clashes.geojson', (d) => {
			(d.features as { properties: { end_date: string } }[])[0].properties.end_date = '1900';
		});
		editJson(dir, 'src/content/chapters/04-railway-war-1929.json', (c) => {
			(c.camera as { center: number[] }).center = [200, 46];
		});
		const lines = await report(dir);
		const id = (data.features as { properties: { id: string } }[])[0].properties.id;
		expect(lines.some((l) => new RegExp(`clashes\\.geojson › ${id}: .*end_date`).test(l))).toBe(
			true
		);
		expect(lines).toContain(
			'04-railway-war-1929.json › railway-war-1929 › camera.center: longitude 200 is not in −180…180'
		);
	});

	it('names one bad English chapter once, with no follow-on errors in its translations', async () => {
		const dir = createProjectCopy();
		editJson(dir, 'src/content/chapters/05-xinjiang-1934.json', (c) => {
			c.date = '1934-13';
		});
		const lines = await report(dir);
		expect(lines).toEqual([
			'05-xinjiang-1934.json › xinjiang-1934 › date: "1934-13" is not YYYY, YYYY-MM or YYYY-MM-DD',
			'(1 zh translation(s) not checked: their English chapter is invalid)',
			'(1 ru translation(s) not checked: their English chapter is invalid)'
		]);
	});

	it('reports a geodata file that does not parse once, and counts the checks it stopped', async () => {
		const dir = createProjectCopy();
		writeFileSync(join(dir, 'geodata/places.geojson'), '{ "type": "FeatureCollection", ');
		const lines = await report(dir);
		expect(lines[0]).toMatch(/^places\.geojson: not valid JSON/);
		expect(lines.join('\n')).not.toMatch(/no feature/);
		expect(lines.at(-1)).toMatch(
			/^\(\d+ chapter focus check\(s\) skipped: geodata\/places\.geojson did not load\)$/
		);
	});

	it('reports unparseable chapter and translation files by name', async () => {
		const dir = createProjectCopy();
		writeFileSync(join(dir, 'src/content/chapters/02-civil-war-and-mongolia.json'), '{ nope');
		writeFileSync(join(dir, 'src/content/chapters/i18n/zh/01-prologue.json'), '{ "id": ');
		const lines = await report(dir);
		expect(lines.some((l) => /^02-civil-war-and-mongolia\.json: not valid JSON/.test(l))).toBe(
			true
		);
		expect(lines.some((l) => /^i18n\/zh\/01-prologue\.json: not valid JSON/.test(l))).toBe(true);
	});

	it('refuses a translation that drops a paragraph or a citation', async () => {
		const dir = createProjectCopy();
		let cited = -1;
		editJson(dir, 'src/content/chapters/i18n/ru/04-railway-war-1929.json', (c) => {
			const body = c.body as string[];
			cited = body.findIndex((p) => p.includes('[@'));
			body[cited] = body[cited].replace(/\s*\[@[^\]]+\]/g, '');
		});
		editJson(dir, 'src/content/chapters/i18n/zh/13-korean-war.json', (c) => {
			(c.body as string[]).pop();
		});
		const lines = await report(dir);
		expect(lines).toContainEqual(
			expect.stringContaining(
				`i18n/ru/04-railway-war-1929.json › railway-war-1929 › body[${cited}]: cites []`
			)
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/i18n\/zh\/13-korean-war\.json › korean-war › body: has \d+ paragraphs/)
		);
	});

	it('says so, politely, when the project folder has no geodata', async () => {
		const dir = createProjectCopy();
		rmSync(join(dir, 'geodata'), { recursive: true });
		const story = await loadStory(dir);
		expect(story.problems[0]).toMatch(/^geodata\/: cannot read the folder/);
		expect(story.problems.join('\n')).not.toMatch(/no feature/);
	});
});

describe('npm run validate (scripts/validate.ts)', () => {
	const run = async (dir: string) => {
		try {
			const { stdout } = await promisify(execFile)(
				'node',
				['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', dir],
				{ encoding: 'utf8' }
			);
			return { code: 0, out: stdout };
		} catch (error) {
			const e = error as { code: number; stdout: string; stderr: string };
			return { code: e.code, out: e.stdout + e.stderr };
		}
	};

	// One end-to-end run each way; starting tsx takes seconds on a busy machine.
	it(
		'exits 0 on the real project and 1 with a readable report on a broken one',
		{ timeout: 120_000 },
		async () => {
			expect(await run('.')).toMatchObject({
				code: 0,
				out: expect.stringMatching(/^valid: \d+ features/)
			});
			const dir = createProjectCopy();
			editJson(dir, 'src/content/chapters/04-railway-war-1929.json', (c) => {
				c.date = 'soon';
			});
			const broken = await run(dir);
			expect(broken.code).toBe(1);
			expect(broken.out).toMatch(/04-railway-war-1929\.json › railway-war-1929 › date/);
			expect(broken.out).not.toMatch(/^\s+at /m);
		}
	);
});
