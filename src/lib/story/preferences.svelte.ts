/**
 * Reader preferences that come from the device: reduced motion and a wide layout.
 * Reactive to changes (a reader can flip reduced motion while reading).
 */
import { onMount } from 'svelte';

export function usePreferences() {
	const prefs = $state({ reducedMotion: false, wide: true });
	onMount(() => {
		const motion = matchMedia('(prefers-reduced-motion: reduce)');
		const wide = matchMedia('(min-width: 900px)');
		const update = () => {
			prefs.reducedMotion = motion.matches;
			prefs.wide = wide.matches;
		};
		update();
		motion.addEventListener('change', update);
		wide.addEventListener('change', update);
		return () => {
			motion.removeEventListener('change', update);
			wide.removeEventListener('change', update);
		};
	});
	return prefs;
}
