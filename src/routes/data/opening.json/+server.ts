/**
 * `/data/opening.json`: `/data/story.json` cut to what the story's opening chapter draws (the
 * features that exist in its date window) and what the chapters' "On the map" buttons list (every
 * chapter's focus), in the same wire form, with English names only. The story page fetches it
 * when a reader arrives at the opening in English (no chapter, year or language in the link), so the first map waits on
 * about half the bytes; the whole file follows after the map's first idle.
 */
import { json } from '@sveltejs/kit';
import { encodePayload, englishNamesOnly, openingSlice, splitCards } from '$lib/geodata/payload';
import { dateWindow } from '$lib/map/time';
import { formatLoadReport, loadStory } from '$lib/server/load';
import { chapters } from '$lib/story/chapters';

export const prerender = true;

export async function GET() {
	const story = await loadStory('.');
	if (!story.payload) throw new Error(`Invalid geodata or content:\n${formatLoadReport(story)}`);
	const [opening] = chapters;
	const focus = new Set(chapters.flatMap((c) => c.focus ?? []));
	const slice = openingSlice(
		splitCards(story.payload).payload,
		dateWindow(opening.date, opening.until),
		focus
	);
	return json(encodePayload(englishNamesOnly(slice)));
}
