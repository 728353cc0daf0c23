/**
 * Map-agnostic scroll observer: reports where the reader is among the story's stops, from the
 * position of a horizontal trigger line. Used as a Svelte attachment on the list of chapters;
 * knows nothing about maps.
 *
 * A chapter is an element matching `selector`; its first stop starts at its top, and each
 * paragraph marked `data-stop` inside it starts another. Stops are numbered in reading order.
 * A stop is in view from the moment its start crosses the line. After a stop's content has
 * passed the line, the date runs on to the next stop's: across the gap between two chapters,
 * or, where there is no gap (paragraphs, a phone's close cards), across a band of `band` of
 * the viewport height (at most half the stop) into the next stop. The same scroll position
 * always reports the same.
 */
export interface ScrollPosition {
	/** The stop in view: the last whose start has crossed the line. */
	at: number;
	/** The stop the date runs from, towards the next one (`at` or the one before it). */
	from: number;
	/** How far the date has run from `from` to the next stop: 0 (at `from`) to 1 (excluded). */
	s: number;
}

export interface ScrollerOptions {
	/** CSS selector of the chapters inside the observed element. */
	selector: string;
	/** Trigger line as a fraction of the viewport height (0 = top); may read reactive state. */
	line: () => number;
	/** The band over which the date runs where stops follow without a gap (fraction of height). */
	band?: number;
	onposition: (position: ScrollPosition) => void;
}

/** One stop's extent on the page, in viewport pixels: where it starts and where its content ends. */
export interface StopExtent {
	top: number;
	end: number;
}

/**
 * The position of a trigger line among stops laid out top to bottom. Pure: the browser part
 * below measures the stops and calls this.
 */
export function positionAt(
	stops: readonly StopExtent[],
	line: number,
	band: number
): ScrollPosition {
	let at = 0;
	while (at + 1 < stops.length && stops[at + 1].top <= line) at++;
	// The transition into stop `k + 1` runs from the end of stop `k` to the later of the next
	// stop's start and `band` past that end.
	const runs = (k: number): number | null => {
		const next = stops[k + 1];
		if (!next) return null;
		const start = stops[k].end;
		// At most half of the next stop: the rest of it is the stop itself, however short.
		const stop = Math.max(next.top, start + Math.min(band, (next.end - next.top) / 2));
		if (line <= start || line >= stop) return null;
		return (line - start) / (stop - start);
	};
	const before = at > 0 ? runs(at - 1) : null;
	if (before !== null) return { at, from: at - 1, s: before };
	const after = runs(at);
	if (after !== null) return { at, from: at, s: after };
	return { at, from: at, s: 0 };
}

export function scroller(options: ScrollerOptions) {
	return (root: HTMLElement) => {
		// Read here, in the attachment itself, so Svelte re-runs the attachment when the line
		// moves (a layout breakpoint).
		const line = Math.min(0.95, Math.max(0.05, options.line()));
		const band = options.band ?? 0.25;
		// Found once: a chapter's paragraphs stay the same elements (a language changes their text).
		const chapters = Array.from(root.querySelectorAll<HTMLElement>(options.selector)).map(
			(element) => ({
				element,
				starts: Array.from(element.querySelectorAll<HTMLElement>('[data-stop]'))
			})
		);
		let frame = 0;
		let last = '';
		const measure = () => {
			frame = 0;
			const stops: StopExtent[] = [];
			for (const { element, starts } of chapters) {
				const box = element.getBoundingClientRect();
				let top = box.top;
				for (const start of starts) {
					const next = start.getBoundingClientRect().top;
					stops.push({ top, end: next });
					top = next;
				}
				stops.push({ top, end: box.bottom });
			}
			if (!stops.length) return;
			const height = window.innerHeight;
			const position = positionAt(stops, line * height, band * height);
			const key = `${position.at}/${position.from}/${position.s}`;
			if (key === last) return;
			last = key;
			options.onposition(position);
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(measure);
		};
		// The first measure waits for a frame too: run here, inside the attachment, the story state
		// it reads and writes would become the attachment's own dependencies, and a write that moves
		// the layout (a chapter becoming active) would re-run it in the same flush, over and over.
		schedule();
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		// Text that grows above the reader (translations, the "On the map" buttons) moves stops.
		const resized = new ResizeObserver(schedule);
		resized.observe(root);
		return () => {
			cancelAnimationFrame(frame);
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			resized.disconnect();
		};
	};
}
