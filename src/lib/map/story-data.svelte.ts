/**
 * The story's historical layers (the prerendered `/data/story.json`), loaded once by each page
 * and passed down: to the map, which draws them; to the legend, which keys what is on show; and
 * to the chapters' feature buttons and cards, which work without the map. Nothing below the page
 * fetches the data, and nothing hands it back up.
 */
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS, type CardTexts, type ShownFeatureProperties } from '../geodata/types';
import { decodePayload } from '../geodata/wire';

/** Where the data lives under the site root; /explore and /embed preload this very URL. */
export const STORY_DATA_PATH = 'data/story.json';
/**
 * Where the opening chapter's slice of the data lives: the story page starts with it when the
 * reader arrives at the opening, and fetches the whole of `STORY_DATA_PATH` after the first idle.
 */
export const OPENING_DATA_PATH = 'data/opening.json';
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
	/**
	 * Whether `payload` holds every feature, or only the opening chapter's (until `loadRest`).
	 */
	readonly complete: boolean;
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

/** Requests started before the page hydrated (`prefetchStoryData`), by URL, until taken. */
// Bookkeeping, not state: nothing renders from it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const prefetched = new Map<string, Promise<StoryPayload>>();

/**
 * Starts fetching and decoding a data file as soon as the page's JavaScript runs, before
 * hydration; the first `load` of the same file takes the result over (and its failure, which
 * `load` reports as usual). Never rejects by itself.
 */
export function prefetchStoryData(siteUrl: string, path: string): void {
	// A throwaway to resolve the address, not state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const url = new URL(path, siteUrl).href;
	if (prefetched.has(url)) return;
	const early = requestPayload(url);
	early.catch(() => {}); // reported by the `load` that takes it over
	prefetched.set(url, early);
}

async function requestPayload(url: string, signal?: AbortSignal): Promise<StoryPayload> {
	const response = await fetch(url, { signal });
	if (!response.ok) throw new Error(`story data (${url}): HTTP ${response.status}`);
	return decodePayload(await response.json());
}

function fetchPayload(siteUrl: string, path: string, signal?: AbortSignal): Promise<StoryPayload> {
	const url = new URL(path, siteUrl).href;
	const early = prefetched.get(url);
	prefetched.delete(url);
	return early ?? requestPayload(url, signal);
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
	complete = $state(false);
	cards = $state<'waiting' | 'loading' | 'ready' | 'error'>('waiting');
	#siteUrl: string | null = null;
	#cardsLoad: Promise<void> | null = null;
	#loaded: Promise<void> = Promise.resolve();
	#restLoad: Promise<void> | null = null;

	/**
	 * Fetches the data; never rejects. On failure the status says so (the map shows a notice).
	 * @param siteUrl absolute URL of the site root
	 * @param options.opening fetch only the opening chapter's slice (`OPENING_DATA_PATH`); the
	 *   rest comes with `loadRest`, after the map's first idle
	 * @example onMount(() => void data.load(new URL(`${base}/`, location.origin).href));
	 */
	load(
		siteUrl: string,
		signal?: AbortSignal,
		{ opening = false }: { opening?: boolean } = {}
	): Promise<void> {
		this.#siteUrl = siteUrl;
		this.#loaded = (async () => {
			try {
				// The same request as the page's preload (same URL, same CORS mode), so it is reused.
				const path = opening ? OPENING_DATA_PATH : STORY_DATA_PATH;
				this.payload = await fetchPayload(siteUrl, path, signal);
				performance.mark('story-data');
				this.complete = !opening;
				this.status = 'ready';
			} catch (error) {
				if (signal?.aborted) return;
				console.error(error);
				this.status = 'error';
			}
		})();
		return this.#loaded;
	}

	/**
	 * After the opening slice (once it is in), fetches every feature — once: later calls share
	 * the request — and replaces the payload, which the map then uploads once. Called at the
	 * map's first idle, or at once when there is no map. On failure the reader keeps the
	 * opening and the status says the data failed.
	 */
	loadRest(): Promise<void> {
		this.#restLoad ??= (async () => {
			await this.#loaded;
			const siteUrl = this.#siteUrl;
			if (this.complete || !siteUrl || this.status !== 'ready') return;
			try {
				this.payload = await fetchPayload(siteUrl, STORY_DATA_PATH);
				this.complete = true;
			} catch (error) {
				console.error(error);
				this.status = 'error';
			}
		})().finally(() => (this.#restLoad = null));
		return this.#restLoad;
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
