/** Interface strings in English, Chinese and Russian (src/content/ui.json). */
import strings from '../../content/ui.json';
import type { Lang } from '../story/view';

export type UiKey = keyof (typeof strings)['en'];

/** The string for `key` in `lang` (English when missing), with `{name}` placeholders filled. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	const table = strings[lang] as Record<string, string>;
	const template = table[key] ?? strings.en[key];
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The map's three status messages (loading, no WebGL, data failed) in `lang`. */
export function mapStrings(lang: Lang): {
	loading: string;
	noWebgl: string;
	dataError: string;
	credits: string;
} {
	return {
		loading: t(lang, 'mapLoading'),
		noWebgl: t(lang, 'mapNoWebgl'),
		dataError: t(lang, 'mapDataError'),
		credits: t(lang, 'sources')
	};
}
