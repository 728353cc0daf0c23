import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `virtual:ui-strings/<lang>`: one language's table from src/content/ui.json, the file editors
 * keep all three languages in. English is imported by the page; Chinese and Russian are dynamic
 * imports, so their strings stay out of the first screen's JavaScript (src/lib/i18n/strings.svelte.ts).
 */
function uiStrings(): Plugin {
	const prefix = 'virtual:ui-strings/';
	const file = resolve('src/content/ui.json');
	return {
		name: 'ui-strings',
		resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith(`\0${prefix}`)) return;
			this.addWatchFile(file);
			const lang = id.slice(prefix.length + 1);
			const table = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)[lang];
			if (!table) this.error(`src/content/ui.json has no "${lang}" table`);
			return `export default ${JSON.stringify(table)};`;
		}
	};
}

export default defineConfig({
	plugins: [uiStrings(), sveltekit()],
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
					// Its stylesheet stays out: it is imported on its own, with the map (create.ts).
					groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/](?!.*\.css$)/ }]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
