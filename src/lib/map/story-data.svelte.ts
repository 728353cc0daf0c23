/**
 * The story's historical layers (the prerendered `/data/story.json`), loaded once by each page
 * and passed down: to the map, which draws them; to the legend, which keys what is on show; and
 * to the chapters' feature buttons and cards, which work without the map. Nothing below the page
 * fetches the data, and nothing hands it back up.
 */
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS, type CardTexts, type ShownFeatureProperties } from '../geodata/types';
import { decodePayload } from '../geodata/wire';

/** Where the data lives under the site root; the layout preloads this very URL. */
export const STORY_DATA_PATH = 'data/story.json';
/** Where the card texts live: fetched after the map's first idle, or when a card opens. */
export const CARD_TEXTS_PATH = 'data/cards.json';

export type StoryDataStatus = 'loading' | 'ready' | 'error';

/** The data as its readers see it: they can read it, not load or change it. */
export interface StoryDataView {
	readonly status: StoryDataStatus;
	/** The layers as the map takes them; null until loaded. */
	readonly payload: StoryPayload | null;
	/**
	 * Every feature's properties by id (empty until loaded), for cards and buttons; with the card
	 * texts (sources, descriptions) once `loadCards` has brought them.
	 */
	readonly features: ReadonlyMap<string, ShownFeatureProperties>;
	/** Whether the card texts are in, still to come, or failed to load. */
	readonly cards: 'waiting' | 'loading' | 'ready' | 'error';
	/** Fetches the card texts once (later calls return the same promise); never rejects. */
	loadCards(): Promise<void>;
	/** After a failure, fetches the data again (the map's Retry); does nothing otherwise. */
	retry(): void;
}

/** Every feature's properties by id, with its card texts when they are in. */
export function featuresById(
	payload: StoryPayload,
	cards: CardTexts = {}
): ReadonlyMap<string, ShownFeatureProperties> {
	// Built once per payload and only read: a plain map, not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Map(
		LAYER_IDS.flatMap((id) =>
			payload.layers[id].features.map((f) => {
				const id = String(f.properties.id);
				const properties = { ...f.properties, ...cards[id] };
				return [id, properties as unknown as ShownFeatureProperties] as const;
			})
		)
	);
}

export class StoryData implements StoryDataView {
	status = $state<StoryDataStatus>('loading');
	/** Set once, never changed in place: the map uploads it once. */
	payload = $state.raw<StoryPayload | null>(null);
	#texts = $state.raw<CardTexts | null>(null);
	// A plain read-only map rebuilt only when the payload or the card texts are replaced: no deep
	// reactivity needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	features = $derived(this.payload ? featuresById(this.payload, this.#texts ?? {}) : new Map());
	cards = $state<'waiting' | 'loading' | 'ready' | 'error'>('waiting');
	#siteUrl: string | null = null;
	#cardsLoad: Promise<void> | null = null;

	/**
	 * Fetches the data; never rejects. On failure the status says so (the map shows a notice).
	 * @param siteUrl absolute URL of the site root
	 * @example onMount(() => void data.load(new URL(`${base}/`, location.origin).href));
	 */
	async load(siteUrl: string, signal?: AbortSignal): Promise<void> {
		this.#siteUrl = siteUrl;
		try {
			// The same request as the layout's preload (same URL, same CORS mode), so it is reused.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a request URL, not state
			const response = await fetch(new URL(STORY_DATA_PATH, siteUrl), { signal });
			if (!response.ok) throw new Error(`story data: HTTP ${response.status}`);
			this.payload = decodePayload(await response.json());
			this.status = 'ready';
		} catch (error) {
			if (signal?.aborted) return;
			console.error(error);
			this.status = 'error';
		}
	}

	/** After a failure, fetches the data again, without reloading the page. */
	retry(): void {
		if (this.status !== 'error' || !this.#siteUrl) return;
		this.status = 'loading';
		void this.load(this.#siteUrl);
	}

	/**
	 * Fetches the card texts (once: later calls share the first request). Called after the
	 * map's first idle, so the first chapter never waits on them, and whenever a card opens.
	 * On failure the cards show what `/data/story.json` has (names, dates) and say so.
	 */
	loadCards(): Promise<void> {
		if (this.#cardsLoad) return this.#cardsLoad;
		const siteUrl = this.#siteUrl;
		if (!siteUrl) return Promise.resolve();
		this.cards = 'loading';
		this.#cardsLoad = (async () => {
			try {
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a request URL, not state
				const response = await fetch(new URL(CARD_TEXTS_PATH, siteUrl));
				if (!response.ok) throw new Error(`card texts: HTTP ${response.status}`);
				const texts: unknown = await response.json();
				if (!texts || typeof texts !== 'object' || Array.isArray(texts))
					throw new Error('card texts: not an object of features');
				this.#texts = texts as CardTexts;
				this.cards = 'ready';
			} catch (error) {
				console.error(error);
				this.cards = 'error';
				this.#cardsLoad = null;
			}
		})();
		return this.#cardsLoad;
	}
}
