/**
 * Finds a Chromium for the browser tests, or installs Debian's when running as root.
 * Prints the path on stdout; explains what is missing and exits 1 when it cannot.
 * Order: $CHROMIUM_PATH, known system paths, then `apt-get install chromium`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
].filter(/** @returns {p is string} */ (p) => Boolean(p));

function found() {
	return CANDIDATES.find((p) => existsSync(p));
}

export function findChromium({ install = true } = {}) {
	const existing = found();
	if (existing) return existing;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (install && isRoot && hasApt) {
		console.error(
			'Chromium not found: installing Debian’s chromium with apt-get (non-interactive)…'
		);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		try {
			execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
			execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
				stdio: 'inherit',
				env
			});
		} catch {
			// fall through to the message below
		}
		const after = found();
		if (after) return after;
	}
	const why = !hasApt
		? 'apt-get is not available on this machine'
		: !isRoot
			? 'installing it needs root (run: sudo apt-get install -y chromium)'
			: 'apt-get could not install the "chromium" package';
	console.error(
		`\nThe browser tests need Chromium and none was found (${CANDIDATES.join(', ')}).\n` +
			`It could not be installed automatically: ${why}.\n` +
			`Install Chromium, or set CHROMIUM_PATH to a Chromium/Chrome binary, then run npm test again.\n`
	);
	return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = findChromium();
	if (!path) process.exit(1);
	console.log(path);
}
