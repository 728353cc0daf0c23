import { defineConfig } from 'vitest/config';

// Browser tests drive the system Chromium against the built site (npm test builds it first).
export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		testTimeout: 90_000,
		hookTimeout: 90_000,
		// Two cores: one Chromium at a time keeps software WebGL rendering honest.
		fileParallelism: false
	}
});
