/** The CLI end to end: its exit code and output are what CI and editors rely on. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the script with tsx, as `npm` scripts would. */
function run(...args: string[]) {
	const r = spawnSync('node_modules/.bin/tsx', ['scripts/validate-geodata.ts', ...args], {
		cwd: repo,
		encoding: 'utf8'
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/validate-geodata.ts', () => {
	it('says OK and exits 0 for valid data', () => {
		const r = run('tests/fixtures/geodata/valid');
		expect(r.stdout).toBe('tests/fixtures/geodata/valid: 9 features in 6 files, OK\n');
		expect(r.code).toBe(0);
	});

	it('prints each problem as file › feature: message and exits 1', () => {
		const r = run('tests/fixtures/geodata/invalid/end-before-start');
		expect(r.stderr).toContain(
			'regions.geojson › test-river-province: end_date 1931 is before start_date 1932'
		);
		expect(r.code).toBe(1);
	});

	it('prints problems as JSON with --json', () => {
		const r = run('--json', 'tests/fixtures/geodata/invalid/bad-id');
		expect(JSON.parse(r.stdout)).toEqual([
			expect.objectContaining({ file: 'places.geojson', feature: '#1' })
		]);
		expect(r.code).toBe(1);
	});

	it('fails politely on a directory that does not exist', () => {
		const r = run('tests/fixtures/geodata/no-such-dir');
		expect(r.stderr).toContain('cannot read directory');
		expect(r.code).toBe(1);
	});
});
