/**
 * `npm test`: every test, in the order that fails fastest.
 * 1. unit tests (vitest); 2. find or install Chromium; 3. build the static site (which itself
 * validates geodata and chapters); 4. browser tests in real Chromium against the built site.
 * Ends with one summary line: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

function run(label, cmd, args, env = {}) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function count(file) {
	try {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		totals.passed += report.numPassedTests ?? 0;
		totals.failed += report.numFailedTests ?? 0;
	} catch {
		// no report: the runner failed before writing one; its exit status says so
	}
}

function finish(ok) {
	console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
	process.exit(ok && totals.failed === 0 ? 0 : 1);
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];
const unitOk = run('unit tests', 'node', [...vitest, '--outputFile.json=test-results/unit.json']);
count('test-results/unit.json');

const chromium = findChromium();
if (!chromium) finish(false);

const buildOk =
	run('validate geodata and chapters', 'node', [
		'node_modules/tsx/dist/cli.mjs',
		'scripts/validate.ts'
	]) && run('build', 'node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
if (!buildOk) {
	console.error('\nThe build failed, so the browser tests cannot run (see the problems above).');
	totals.failed += 1;
	finish(false);
}

const browserOk = run(
	'browser tests (Chromium)',
	'node',
	[
		...vitest,
		'--config',
		'tests/browser/vitest.config.ts',
		'--outputFile.json=test-results/browser.json'
	],
	{ CHROMIUM_PATH: chromium }
);
count('test-results/browser.json');
finish(unitOk && browserOk);
