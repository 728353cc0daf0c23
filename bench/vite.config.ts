import { defineConfig } from 'vite';

// Builds the bare MapLibre baseline page used by scripts/bench.ts.
export default defineConfig({
	root: new URL('./bare', import.meta.url).pathname,
	base: '/__bare/',
	logLevel: 'warn',
	build: { outDir: '../results/bare', emptyOutDir: true, chunkSizeWarningLimit: 1200 }
});
