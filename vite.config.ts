import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// MapLibre is one ~800 KB chunk by design; everything else stays small (see bench/).
		chunkSizeWarningLimit: 1200,
		rolldownOptions: {
			// Rolldown's plugin-timing report reads like a wall of warnings after every build; the time
			// is SvelteKit prerendering the pages, which is the build's job (measure with --cpu-prof).
			checks: { bundlerTimings: false },
			output: {
				// MapLibre in a chunk of its own, named for it: it caches apart from our code, and the
				// benchmark can count MapLibre's bytes and ours separately.
				codeSplitting: {
					groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
