/**
 * Follows the views a reader settles on (a chapter, a step, a date on the timeline) and keeps
 * what changed from the one before: for the sentence that says it, and for the halo round what
 * appeared. Views passed through while the date runs are not settled on, and not compared.
 */
import type { LayerId } from '../geodata/types';
import { changesBetween, describeChanges, type Changes } from './changes';
import type { Lang } from './view';

type Window = readonly [number, number];
type Features = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

export class ChangeTracker {
	/** The last change, and the two windows it lies between; null before a second view. */
	last = $state.raw<{ changes: Changes; before: Window; after: Window } | null>(null);
	/** What has just appeared (the halo's features). */
	fresh = $derived(this.last?.changes.appeared ?? []);
	#settled: { window: Window; layers: string } | null = null;

	/**
	 * A view the reader has settled on. The first only sets the starting point; a view like the
	 * last (the same window and groups) changes nothing.
	 */
	settle(
		window: Window,
		layers: readonly LayerId[],
		features: Features,
		focus: readonly string[] = []
	): void {
		const before = this.#settled;
		const key = layers.join();
		if (
			before &&
			before.window[0] === window[0] &&
			before.window[1] === window[1] &&
			before.layers === key
		)
			return;
		this.#settled = { window, layers: key };
		if (!before || !features.size) return;
		this.last = {
			changes: changesBetween(features, before.window, window, layers, focus),
			before: before.window,
			after: window
		};
	}

	/** The sentence for the last change in `lang`, or '' before there is one. */
	sentence(features: Features, lang: Lang): string {
		const last = this.last;
		return last ? describeChanges(last.changes, features, last.before, last.after, lang) : '';
	}
}
