/**
 * Map-agnostic scroll observer: reports which step crosses a horizontal trigger line.
 * Used as a Svelte attachment on the list of steps; knows nothing about maps.
 */
export interface ScrollerOptions {
	/** CSS selector of the steps inside the observed element. */
	selector: string;
	/** Trigger line as a fraction of the viewport height (0 = top); may read reactive state. */
	line: () => number;
	onactive: (index: number) => void;
}

export function scroller(options: ScrollerOptions) {
	return (root: HTMLElement) => {
		// Read here, in the attachment itself, so Svelte re-runs the attachment when the line
		// moves (a layout breakpoint). Percent margins follow viewport resizes by themselves, so
		// nothing runs while a phone's address bar shows and hides during scrolling.
		const line = Math.min(0.95, Math.max(0.05, options.line()));
		const steps = Array.from(root.querySelectorAll<HTMLElement>(options.selector));
		// A 1%-high band at the trigger line: a step is active while it covers that band.
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					const index = steps.indexOf(entry.target as HTMLElement);
					if (index >= 0) options.onactive(index);
				}
			},
			{ rootMargin: `${-line * 100}% 0px ${-(100 - line * 100 - 1)}% 0px`, threshold: 0 }
		);
		for (const step of steps) observer.observe(step);
		return () => observer.disconnect();
	};
}
