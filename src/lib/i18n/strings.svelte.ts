/**
 * Interface strings in English, Chinese and Russian. The editable source is one file,
 * `src/content/ui.json`; the build serves each language as a module of its own
 * (`virtual:ui-strings/<lang>`, vite.config.ts), so English ships with the page and Chinese or
 * Russian arrive the first time a reader picks them, with that language's chapter texts.
 */
import en from 'virtual:ui-strings/en';
import type strings from '../../content/ui.json';
import type { Lang } from '../story/view';

export type UiKey = keyof (typeof strings)['en'];
type Table = Record<string, string>;

const loaders: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Table }>> = {
	zh: () => import('virtual:ui-strings/zh'),
	ru: () => import('virtual:ui-strings/ru')
};

/** The tables loaded so far; replaced whole when one arrives, so every `t` reading it re-runs. */
let tables = $state.raw<Partial<Record<Lang, Table>>>({ en });
// Bookkeeping of the loads under way, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const pending = new Map<Lang, Promise<void>>();

/**
 * Fetches `lang`'s strings once (later calls share the request); never rejects. Until they are
 * in, and if they fail, `t` answers in English.
 */
export function loadUiStrings(lang: Lang): Promise<void> {
	if (lang === 'en' || tables[lang]) return Promise.resolve();
	let load = pending.get(lang);
	if (!load) {
		load = loaders[lang]()
			.then((module) => {
				tables = { ...tables, [lang]: module.default };
			})
			.catch((error) => {
				console.error(error);
				pending.delete(lang); // the next call tries again
			});
		pending.set(lang, load);
	}
	return load;
}

/**
 * The string for `key` in `lang` (English while that language loads, or when a key is missing),
 * with `{name}` placeholders filled. Asking for a language not yet loaded starts its load; the
 * tables are reactive state, so a template that asked re-renders when they arrive.
 */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	const table = tables[lang];
	if (!table) void loadUiStrings(lang);
	const template = table?.[key] ?? en[key];
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
