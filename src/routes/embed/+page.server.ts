/** The embed view's oEmbed discovery link (absolute when the build has `SITE_URL`). */
import { base } from '$app/paths';
import { t } from '$lib/i18n/ui';
import { oembedPath, siteHref } from '$lib/share/meta';
import { siteUrl } from '$lib/server/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	oembed: {
		href: siteHref(siteUrl(), base, oembedPath('embed')),
		title: `${t('en', 'siteTitle')} — ${t('en', 'siteSubtitle')}`
	}
});
