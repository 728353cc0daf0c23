/**
 * The story's historical layers (the prerendered `/data/story.json`), loaded once by each page
 * and passed down: to the map, which draws them; to the legend, which keys what is on show; and
 * to the chapters' feature buttons and cards, which work without the map. Nothing below the page
 * fetches the data, and nothing hands it back up.
 */
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS, type StoryFeatureProperties } from '../geodata/types';
import { decodePayload, type WirePayload } from '../geodata/wire';

/** Where the data lives under the site root; the layout preloads this very URL. */
export const STORY_DATA_PATH = 'data/story.json';

export type StoryDataStatus = 'loading' | 'ready' | 'error';

/** The data as its readers see it: they can read it, not load or change it. */
export interface StoryDataView {
	readonly status: StoryDataStatus;
	/** The layers as the map takes them; null until loaded. */
	readonly payload: StoryPayload | null;
	/** Every feature's properties by id (empty until loaded), for cards and buttons. */
	readonly features: ReadonlyMap<string, StoryFeatureProperties>;
}

/** Every feature's properties by id. */
export function featuresById(payload: StoryPayload): ReadonlyMap<string, StoryFeatureProperties> {
	// Built once per payload and only read: a plain map, not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Map(
		LAYER_IDS.flatMap((id) =>
			payload.layers[id].features.map(
				(f) => [String(f.properties.id), f.properties as unknown as StoryFeatureProperties] as const
			)
		)
	);
}

export class StoryData implements StoryDataView {
	status = $state<StoryDataStatus>('loading');
	/** Set once, never changed in place: the map uploads it once. */
	payload = $state.raw<StoryPayload | null>(null);
	// A plain read-only map rebuilt only when the payload is replaced: no deep reactivity needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	features = $derived(this.payload ? featuresById(this.payload) : new Map());

	/**
	 * Fetches the data; never rejects. On failure the status says so (the map shows a notice).
	 * @param siteUrl absolute URL of the site root
	 * @example onMount(() => void data.load(new URL(`${base}/`, location.origin).href));
	 */
	async load(siteUrl: string, signal?: AbortSignal): Promise<void> {
		try {
			// The same request as the layout's preload (same URL, same CORS mode), so it is reused.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a request URL, not state
			const response = await fetch(new URL(STORY_DATA_PATH, siteUrl), { signal });
			if (!response.ok) throw new Error(`story data: HTTP ${response.status}`);
			this.payload = decodePayload((await response.json()) as WirePayload);
			this.status = 'ready';
		} catch (error) {
			if (signal?.aborted) return;
			console.error(error);
			this.status = 'error';
		}
	}
}
