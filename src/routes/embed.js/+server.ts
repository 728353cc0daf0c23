/**
 * `/embed.js`, the scrolly embed script (see `src/lib/embed/scrolly.js` and the README,
 * "Embedding"), served as written and prerendered to a static file.
 */
import script from '$lib/embed/scrolly.js?raw';

export const prerender = true;

export function GET(): Response {
	return new Response(script, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}
