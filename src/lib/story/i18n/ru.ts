/** The ru chapter texts as one chunk (see load-translation.ts); checked by validateTranslations. */
import type { ChapterText } from '../translations';

export const texts: ChapterText[] = Object.values(
	import.meta.glob<ChapterText>('../../../content/chapters/i18n/ru/*.json', {
		eager: true,
		import: 'default'
	})
);
