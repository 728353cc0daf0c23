/**
 * Which feature's card is open, and how it was opened. A card opened from an "On the map"
 * button gives the focus back to that button when it closes, so keyboard readers keep their
 * place; a card opened by clicking the map does not move the focus.
 */
import type { StoryFeatureProperties } from '../geodata/types';

export class FeatureSelection {
	/**
	 * Every feature by id, once the map data has loaded (see MapView's `onfeatures`). Replaced
	 * whole, never changed in place, so a plain read-only map in raw state is enough.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	features = $state.raw<ReadonlyMap<string, StoryFeatureProperties>>(new Map());
	selected = $state<StoryFeatureProperties | null>(null);
	#opener: HTMLElement | null = null;

	/** A click on the map: the feature under the pointer, or null for empty map. */
	select(feature: StoryFeatureProperties | null): void {
		this.#opener = null;
		this.selected = feature;
	}

	/** A button naming the feature. */
	open(id: string, opener: HTMLElement): void {
		const feature = this.features.get(id);
		if (!feature) return;
		this.#opener = opener;
		this.selected = feature;
	}

	close(): void {
		this.selected = null;
		this.#opener?.focus({ preventScroll: true });
		this.#opener = null;
	}
}
