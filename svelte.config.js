import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every route is prerendered to static files: the product is files a CDN can serve.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// `npm run check` type-checks the data and build scripts too, not only the app.
		typescript: {
			config(tsconfig) {
				tsconfig.include.push('../scripts/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
