/**
 * Which feature's card is open, and how it was opened. A card opened from an "On the map"
 * button gives the focus back to that button when it closes, so keyboard readers keep their
 * place; a card opened by clicking the map does not move the focus. The features come from the
 * data the page loaded; the map reports only which id was clicked.
 */
import type { ShownFeatureProperties } from '../geodata/types';

export class FeatureSelection {
	#features: () => ReadonlyMap<string, ShownFeatureProperties>;
	#onopen: () => void;
	#id = $state<string | null>(null);
	#opener: HTMLElement | null = null;

	/**
	 * @param features every feature by id (the page's data), read as it changes, so an open card
	 *   gains its texts when they arrive
	 * @param onopen called whenever a card opens (the page fetches the card texts then)
	 */
	constructor(features: () => ReadonlyMap<string, ShownFeatureProperties>, onopen = () => {}) {
		this.#features = features;
		this.#onopen = onopen;
	}

	/** The feature whose card is open, or null. */
	get selected(): ShownFeatureProperties | null {
		return this.#id === null ? null : (this.#features().get(this.#id) ?? null);
	}

	/** A click on the map: the feature under the pointer, or null for empty map. */
	select(id: string | null): void {
		this.#opener = null;
		this.#id = id && this.#features().has(id) ? id : null;
		if (this.#id) this.#onopen();
	}

	/** A button naming the feature. */
	open(id: string, opener: HTMLElement): void {
		if (!this.#features().has(id)) return;
		this.#opener = opener;
		this.#id = id;
		this.#onopen();
	}

	close(): void {
		this.#id = null;
		this.#opener?.focus({ preventScroll: true });
		this.#opener = null;
	}
}
