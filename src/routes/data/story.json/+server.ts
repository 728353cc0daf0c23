/**
 * `/data/story.json`: all historical layers, validated and prerendered at build time by the
 * one loader, in its wire form (the states as a topology, see `$lib/geodata/wire.ts`), without
 * the card texts (`/data/cards.json`). Invalid geodata or content throws here, which fails
 * `npm run build` with every problem listed.
 */
import { json } from '@sveltejs/kit';
import { encodePayload, splitCards } from '$lib/geodata/payload';
import { formatLoadReport, loadStory } from '$lib/server/load';

export const prerender = true;

export async function GET() {
	const story = await loadStory('.');
	if (!story.payload) throw new Error(`Invalid geodata or content:\n${formatLoadReport(story)}`);
	return json(encodePayload(splitCards(story.payload).payload));
}
