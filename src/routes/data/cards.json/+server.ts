/**
 * `/data/cards.json`: every feature's card texts (sources, descriptions, casualty notes, in
 * each language written), by feature id; prerendered by the same loader as `/data/story.json`,
 * which leaves them out. Pages fetch it after the map's first idle, or when a card opens.
 */
import { json } from '@sveltejs/kit';
import { splitCards } from '$lib/geodata/payload';
import { formatLoadReport, loadStory } from '$lib/server/load';

export const prerender = true;

export async function GET() {
	const story = await loadStory('.');
	if (!story.payload) throw new Error(`Invalid geodata or content:\n${formatLoadReport(story)}`);
	return json(splitCards(story.payload).cards);
}
