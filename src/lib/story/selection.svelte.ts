/**
 * Which feature's card is open, and how it was opened. A card opened from an "On the map"
 * button gives the focus back to that button when it closes, so keyboard readers keep their
 * place; a card opened by clicking the map does not move the focus. The features come from the
 * data the page loaded; the map reports only which id was clicked.
 */
import type { StoryFeatureProperties } from '../geodata/types';

export class FeatureSelection {
	#features: () => ReadonlyMap<string, StoryFeatureProperties>;
	selected = $state<StoryFeatureProperties | null>(null);
	#opener: HTMLElement | null = null;

	/** @param features every feature by id, read when a card opens (the page's data) */
	constructor(features: () => ReadonlyMap<string, StoryFeatureProperties>) {
		this.#features = features;
	}

	/** A click on the map: the feature under the pointer, or null for empty map. */
	select(id: string | null): void {
		this.#opener = null;
		this.selected = id ? (this.#features().get(id) ?? null) : null;
	}

	/** A button naming the feature. */
	open(id: string, opener: HTMLElement): void {
		const feature = this.#features().get(id);
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
