/**
 * The build's first step: broken data and a broken chapter are refused together, each named by
 * file, feature or chapter and field, without a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

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
	return dir;
}

function run(dir: string): { code: number; out: string } {
	try {
		const out = execFileSync(
			'node',
			['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', dir],
			{
				encoding: 'utf8',
				stdio: 'pipe'
			}
		);
		return { code: 0, out };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { code: e.status, out: e.stdout + e.stderr };
	}
}

describe('scripts/validate.ts', () => {
	it('passes the real project', () => {
		const { code, out } = run(createProjectCopy());
		expect(code).toBe(0);
		expect(out).toMatch(/valid: \d+ features/);
	});

	it('reports a broken feature and a broken chapter at once, without a stack trace', () => {
		const dir = createProjectCopy();
		const clashes = join(dir, 'geodata/clashes.geojson');
		const data = JSON.parse(readFileSync(clashes, 'utf8'));
		data.features[0].properties.end_date = '1900';
		writeFileSync(clashes, JSON.stringify(data));
		const chapter = join(dir, 'src/content/chapters/04-railway-war-1929.json');
		const c = JSON.parse(readFileSync(chapter, 'utf8'));
		c.camera.center = [200, 46];
		writeFileSync(chapter, JSON.stringify(c));

		const { code, out } = run(dir);
		expect(code).toBe(1);
		expect(out).toMatch(
			new RegExp(`clashes\\.geojson › ${data.features[0].properties.id}: .*end_date`)
		);
		expect(out).toMatch(
			/04-railway-war-1929\.json › railway-war-1929 › camera\.center: longitude 200/
		);
		expect(out).not.toMatch(/^\s+at /m);
	});

	it('reports unparseable JSON by file name', () => {
		const dir = createProjectCopy();
		writeFileSync(join(dir, 'geodata/places.geojson'), '{ "type": "FeatureCollection", ');
		writeFileSync(join(dir, 'src/content/chapters/02-civil-war-and-mongolia.json'), '{ nope');
		const { code, out } = run(dir);
		expect(code).toBe(1);
		expect(out).toMatch(/places\.geojson/);
		expect(out).toMatch(/02-civil-war-and-mongolia\.json: not valid JSON/);
		expect(out).not.toMatch(/^\s+at /m);
	});

	it('refuses a translation that drops a paragraph or a citation, or is not JSON', () => {
		const dir = createProjectCopy();
		const ru = join(dir, 'src/content/chapters/i18n/ru/04-railway-war-1929.json');
		const chapter = JSON.parse(readFileSync(ru, 'utf8'));
		const cited = chapter.body.findIndex((p: string) => p.includes('[@'));
		chapter.body[cited] = chapter.body[cited].replace(/\s*\[@[^\]]+\]/g, '');
		writeFileSync(ru, JSON.stringify(chapter));
		const zh = join(dir, 'src/content/chapters/i18n/zh/13-korean-war.json');
		const korea = JSON.parse(readFileSync(zh, 'utf8'));
		korea.body.pop();
		writeFileSync(zh, JSON.stringify(korea));
		writeFileSync(join(dir, 'src/content/chapters/i18n/zh/01-prologue.json'), '{ "id": ');
		const { code, out } = run(dir);
		expect(code).toBe(1);
		expect(out).toContain(
			`i18n/ru/04-railway-war-1929.json › railway-war-1929 › body[${cited}]: cites []`
		);
		expect(out).toMatch(/i18n\/zh\/13-korean-war\.json › korean-war › body: has \d+ paragraphs/);
		expect(out).toMatch(/i18n\/zh\/01-prologue\.json: not valid JSON/);
		expect(out).not.toMatch(/^\s+at /m);
	});
});
