/**
 * oEmbed answers, prerendered: `/oembed/<chapter>.json` for each chapter's page and
 * `/oembed/embed.json` for the embed view (which opens at the first chapter).
 */
import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { t } from '$lib/i18n/ui';
import { oembedFor } from '$lib/share/oembed';
import { siteUrl } from '$lib/server/site';
import { chapterIds, chapters } from '$lib/story/chapters';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The embed view's answer has this name; a chapter's has the chapter's id. */
const EMBED = 'embed';

export const entries: EntryGenerator = () => [...chapterIds, EMBED].map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const siteTitle = t('en', 'siteTitle');
	const chapter = params.name === EMBED ? chapters[0] : chapters.find((c) => c.id === params.name);
	if (!chapter) error(404, `There is no chapter ${params.name}`);
	const title =
		params.name === EMBED
			? `${siteTitle} — ${t('en', 'siteSubtitle')}`
			: `${chapter.title} — ${siteTitle}`;
	return json(oembedFor(chapter, siteUrl(), base, title, siteTitle));
};
