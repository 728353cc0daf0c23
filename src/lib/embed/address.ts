/**
 * Keeps the address bar in step with the view: one `replaceState` per settled change (never a
 * history entry), coalesced so fast scrolling or timeline drags write once, and deferred so it
 * never runs while SvelteKit is still hydrating.
 */
import { replaceState } from '$app/navigation';

let pending: ReturnType<typeof setTimeout> | undefined;

export function writeAddress(search: string, delay = 150): void {
	clearTimeout(pending);
	pending = setTimeout(() => {
		const next = search ? `?${search.replace(/^\?/, '')}` : location.pathname;
		if (next === location.search || (!search && !location.search)) return;
		// A query-only URL on the current page: there is no route to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(next, {});
	}, delay);
}
