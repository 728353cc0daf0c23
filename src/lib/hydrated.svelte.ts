/**
 * Whether the page's script is running. False in the prerendered HTML, so a control that needs
 * JavaScript (the language menu, the timeline, the layer toggles) can be rendered disabled and
 * stay so for a reader without JavaScript, instead of looking usable and doing nothing.
 * @example const page = useHydrated(); <select disabled={!page.hydrated}>
 */
import { onMount } from 'svelte';

export function useHydrated(): { readonly hydrated: boolean } {
	let hydrated = $state(false);
	onMount(() => {
		hydrated = true;
	});
	return {
		get hydrated() {
			return hydrated;
		}
	};
}
