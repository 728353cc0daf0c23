/**
 * A page per chapter, prerendered for each: its head says what the chapter is (title,
 * description, share card, oEmbed), with absolute addresses when the build has `SITE_URL`.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { t } from '$lib/i18n/ui';
import { chapterShare } from '$lib/share/meta';
import { siteUrl } from '$lib/server/site';
import { chapterIds, chapters } from '$lib/story/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterIds.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const chapter = chapters.find((c) => c.id === params.id);
	if (!chapter) error(404, `There is no chapter ${params.id}`);
	const siteTitle = t('en', 'siteTitle');
	const alt = t('en', 'mapLabel', { place: chapter.title, date: chapter.dates });
	return {
		id: chapter.id,
		siteTitle,
		share: chapterShare(chapter, siteUrl(), base, siteTitle, alt)
	};
};
