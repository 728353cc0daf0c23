/**
 * The single story state. Every input (scroll, chapter buttons, timeline, URL, host messages)
 * writes here; every output (map, URL, UI, host messages) reads from here.
 */
import type { LayerId } from '../geodata/types';
import { translated, type Translation } from './translations';
import { between, chapterStops, type DateSpan, type Stop } from './stops';
import type { Chapter } from './types';
import { dateWindow } from '../map/time';
import { endsBefore } from '../map/timeline';
import { normalizeLayers, type Lang, type View } from './view';

export class StoryState {
	readonly chapters: readonly Chapter[];
	/** Index of the active chapter. */
	index = $state(0);
	/** A date chosen by the reader (URL, timeline, host) that overrides the chapter's date. */
	dateOverride = $state<string | null>(null);
	/** The end of a range chosen with that date (URL `until`, host); ignored if before it. */
	untilOverride = $state<string | null>(null);
	/** Layers chosen by the reader that override the chapter's layers. */
	layersOverride = $state<LayerId[] | null>(null);
	lang = $state<Lang>('en');
	/** Polite notices (ignored URL values, refused messages), newest last. */
	notices = $state<string[]>([]);
	/** Chapter words in `lang` once loaded (see `followLanguage`); empty for English. */
	// Replaced whole, never changed in place: raw state over a plain read-only map is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	translation = $state.raw<Translation>(new Map());

	/** Every chapter's stops (its own view, then its steps), in reading order. */
	readonly stops: readonly (Stop & { chapter: number })[];
	/**
	 * Where the reader is among the stops: `at` is the stop in view (its camera and focus are
	 * shown), and the date is `s` of the way from stop `from` to the next (0: at `from`).
	 */
	position = $state({ at: 0, from: 0, s: 0 });

	constructor(chapters: readonly Chapter[]) {
		this.chapters = chapters;
		this.stops = chapters.flatMap((c, i) =>
			chapterStops(c).map((stop) => ({ ...stop, chapter: i }))
		);
	}

	chapter = $derived.by(() => this.chapters[this.index]);
	/** The stop in view: the scroll's, or the chapter's first when something else chose the chapter. */
	stop = $derived.by(() => {
		const at = this.stops[this.position.at];
		return at?.chapter === this.index ? at : this.stops.find((s) => s.chapter === this.index)!;
	});
	/** The stops' window where the reader is: between two stops while scrolling from one to the next. */
	private span = $derived.by<DateSpan>(() => {
		const { at, from, s } = this.position;
		const a = this.stops[from];
		const b = this.stops[from + 1];
		if (this.stops[at] !== this.stop || !a || !b || s <= 0) return this.stop;
		return between(a, b, s);
	});
	date = $derived.by(() => this.dateOverride ?? this.span.date);
	/**
	 * The end of the period shown: the stop's (or the moving window's), unless the reader chose a
	 * date (then the end they chose, if it is not before it).
	 */
	until = $derived.by(() =>
		this.dateOverride
			? this.untilOverride && !endsBefore(this.dateOverride, this.untilOverride)
				? this.untilOverride
				: undefined
			: this.span.until
	);
	/**
	 * While the date runs from one stop to the next: the ends of the two stops' windows, so the
	 * map can draw what begins between them in proportion (null at a stop).
	 */
	transition = $derived.by<[number, number] | null>(() => {
		const { at, from, s } = this.position;
		const a = this.stops[from];
		const b = this.stops[from + 1];
		if (this.dateOverride || this.stops[at] !== this.stop || !a || !b || s <= 0 || s >= 1)
			return null;
		return [dateWindow(a.date, a.until)[1], dateWindow(b.date, b.until)[1]];
	});
	camera = $derived.by(() => this.stop.camera);
	layers = $derived.by(() => this.layersOverride ?? normalizeLayers(this.chapter.layers));
	focus = $derived.by(() => this.stop.focus);
	view = $derived.by<View>(() => ({
		chapter: this.chapter.id,
		date: this.date,
		...(this.dateOverride && this.until ? { until: this.until } : {}),
		layers: this.layers,
		lang: this.lang
	}));

	/** Moves to a chapter; the reader's overrides end when the chapter changes. */
	goTo(index: number): void {
		const next = Math.max(0, Math.min(this.chapters.length - 1, index));
		if (next === this.index) return;
		this.index = next;
		this.dateOverride = null;
		this.untilOverride = null;
		this.layersOverride = null;
	}

	/**
	 * Follows the scroll: the stop in view (`at`, a flat index into `stops`) and the date `s` of
	 * the way from stop `from` to the next. A new chapter ends the reader's overrides.
	 */
	scrollTo(at: number, from: number, s: number): void {
		const stop = this.stops[at];
		if (!stop) return;
		this.goTo(stop.chapter);
		const p = this.position;
		if (p.at !== at || p.from !== from || p.s !== s) this.position = { at, from, s };
	}

	goToId(id: string): boolean {
		const i = this.chapters.findIndex((c) => c.id === id);
		if (i < 0) return false;
		this.goTo(i);
		return true;
	}

	/**
	 * Applies a (partial) view from a link or a host page. A date alone shows that date (ending
	 * any range); `until` alone extends the date on show to it; `until: null` ends the range.
	 */
	apply(view: Partial<Omit<View, 'until'>> & { until?: string | null }): void {
		if (view.chapter !== undefined) this.goToId(view.chapter);
		if (view.date !== undefined) [this.dateOverride, this.untilOverride] = [view.date, null];
		if (view.until) this.dateOverride ??= this.date;
		if (view.until !== undefined) this.untilOverride = view.until;
		if (view.layers !== undefined) this.layersOverride = normalizeLayers(view.layers);
		if (view.lang !== undefined) this.lang = view.lang;
	}

	/** A chapter's words as the reader sees them: translated once the language has loaded. */
	text(chapter: Chapter): Chapter {
		return this.lang === 'en' ? chapter : translated(chapter, this.translation);
	}

	/** The language a chapter's words are shown in (English until its translation arrives). */
	textLang(chapter: Chapter): Lang {
		return this.lang !== 'en' && this.translation.has(chapter.id) ? this.lang : 'en';
	}

	/**
	 * Call once while a component initialises: loads the chapter texts whenever the language
	 * changes, and keeps the page's `lang` attribute in step for screen readers.
	 */
	followLanguage(load: (lang: Lang) => Promise<Translation>): void {
		$effect(() => {
			const lang = this.lang;
			document.documentElement.lang = lang;
			void load(lang).then((translation) => {
				if (this.lang === lang) this.translation = translation;
			});
		});
	}

	notify(message: string): void {
		this.notices = [...this.notices.slice(-4), message];
	}

	dismiss(index: number): void {
		this.notices = this.notices.filter((_, i) => i !== index);
	}
}
