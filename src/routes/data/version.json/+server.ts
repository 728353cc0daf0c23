/**
 * `/data/version.json`: the data version a citation names, `{version, sha256}`: the SHA-256 of
 * the bytes `/data/story.json` serves (its first 8 hex digits as `version`), computed at build
 * time, so it changes whenever the published data does.
 */
import { json } from '@sveltejs/kit';
import { dataVersion, storyJsonText } from '$lib/server/published';

export const prerender = true;

export async function GET() {
	return json(dataVersion(await storyJsonText()));
}
