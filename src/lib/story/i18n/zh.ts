/** The zh chapter texts as one chunk (see load-translation.ts); checked by validateTranslations. */
import type { ChapterText } from '../translations';

export const texts: ChapterText[] = Object.values(
	import.meta.glob<ChapterText>('../../../content/chapters/i18n/zh/*.json', {
		eager: true,
		import: 'default'
	})
);
