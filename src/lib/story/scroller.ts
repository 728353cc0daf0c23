/**
 * Map-agnostic scroll observer: reports which step crosses a horizontal trigger line.
 * Used as a Svelte attachment on the list of steps; knows nothing about maps.
 */
export interface ScrollerOptions {
	/** CSS selector of the steps inside the observed element. */
	selector: string;
	/** Trigger line as a fraction of the viewport height (0 = top). */
	line: () => number;
	onactive: (index: number) => void;
}

export function scroller(options: ScrollerOptions) {
	return (root: HTMLElement) => {
		let observer: IntersectionObserver | undefined;
		const steps = () => Array.from(root.querySelectorAll<HTMLElement>(options.selector));

		const connect = () => {
			observer?.disconnect();
			const line = Math.min(0.95, Math.max(0.05, options.line()));
			// A 1%-high band at the trigger line: a step is active while it covers that band.
			const top = -line * 100;
			const bottom = -(100 - line * 100 - 1);
			observer = new IntersectionObserver(
				(entries) => {
					for (const entry of entries) {
						if (!entry.isIntersecting) continue;
						const index = steps().indexOf(entry.target as HTMLElement);
						if (index >= 0) options.onactive(index);
					}
				},
				{ rootMargin: `${top}% 0px ${bottom}% 0px`, threshold: 0 }
			);
			for (const step of steps()) observer.observe(step);
		};

		connect();
		window.addEventListener('resize', connect);
		return () => {
			window.removeEventListener('resize', connect);
			observer?.disconnect();
		};
	};
}
