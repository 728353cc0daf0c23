import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The one inline style attribute the pages need, and it is SvelteKit's, not ours: the route
 * announcer (`#svelte-announcer`, written by SvelteKit's generated root component) is
 * visually hidden with a `style="…"` attribute (sveltejs/kit#11993). CSP hashes cover an
 * attribute only with 'unsafe-hashes', so style-src-attr allows exactly this string and no
 * other (not 'unsafe-inline'). tests/browser/csp.test.ts checks the built app still carries it.
 */
export const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
/** @type {`sha256-${string}`} */
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every route is prerendered to static files: the product is files a CDN can serve.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The content security policy (README, "Content security policy"): our own origin only.
		// Prerendered pages carry it as a <meta>, with a hash of SvelteKit's inline bootstrap
		// script added to script-src. A meta cannot set frame-ancestors: that is left open on
		// purpose, so any article can frame /embed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// MapLibre's worker is our own file (src/lib/map/create.ts, setWorkerUrl): no blob:.
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self'],
				'font-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerHash],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// `npm run check` type-checks the data and build scripts too, not only the app.
		typescript: {
			config(tsconfig) {
				tsconfig.include.push('../scripts/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
