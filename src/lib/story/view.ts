/**
 * The view: everything a link, a host page or a reader can set. One shape for the URL codec,
 * the postMessage API and the story state, so the three never drift apart.
 */
import { LAYER_IDS, type LayerId } from '../geodata/types';

export const LANGS = ['en', 'zh', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** The story's time span; every date shown is clamped to it. */
export const MIN_YEAR = 1917;
export const MAX_YEAR = 1991;

export interface View {
	/** Chapter id. */
	chapter: string;
	/** The date shown: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; with `until`, the start of a range. */
	date: string;
	/** The end of a range (same formats): everything that existed at any time from `date` to it. */
	until?: string;
	layers: LayerId[];
	lang: Lang;
}

export function isLayerId(value: unknown): value is LayerId {
	return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Layer ids in the canonical order, without duplicates. */
export function normalizeLayers(layers: Iterable<LayerId>): LayerId[] {
	const set = new Set(layers);
	return LAYER_IDS.filter((id) => set.has(id));
}
