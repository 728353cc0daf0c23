/**
 * The site's absolute address for the prerendered pages and JSON, from the build's environment:
 * `SITE_URL=https://example.org/storymap npm run build`. Without it, the build still works and
 * writes paths instead, and says so once.
 */
import { ABSOLUTE_WITH_SITE_URL, siteUrlFrom } from '../share/meta';

let told = false;

/** The absolute site root without a trailing slash, or null (then the pages write paths). */
export function siteUrl(): string | null {
	const site = siteUrlFrom(process.env.SITE_URL);
	if (!site && !told) {
		told = true;
		console.warn(
			`SITE_URL is not set: left relative: ${ABSOLUTE_WITH_SITE_URL.join(', ')} (link previews need absolute ones: SITE_URL=https://… npm run build)`
		);
	}
	return site;
}
