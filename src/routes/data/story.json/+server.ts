/**
 * `/data/story.json`: all historical layers, validated and prerendered at build time by the
 * one loader, in its wire form (the states as a topology, see `$lib/geodata/wire.ts`), without
 * the card texts (`/data/cards.json`). Invalid geodata or content throws here, which fails
 * `npm run build` with every problem listed. Its bytes are those `/data/version.json` hashes
 * (`$lib/server/published.ts`).
 */
import { storyJsonText } from '$lib/server/published';

export const prerender = true;

export async function GET() {
	return new Response(await storyJsonText(), {
		headers: { 'content-type': 'application/json' }
	});
}
