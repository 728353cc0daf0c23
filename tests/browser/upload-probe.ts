/** Counting data uploads (`setData`) on the live map (window.__storyMap): tests and benchmark. */
import type { Page } from 'playwright-core';

/** Counts data re-uploads (`setData` on any source) from now on, as `window.__uploads`. */
export function countUploads(page: Page): Promise<void> {
	return page.evaluate(() => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		const w = window as unknown as { __uploads: number };
		w.__uploads = 0;
		for (const id of Object.keys(m.getStyle().sources)) {
			const source = m.getSource(id) as unknown as { setData?: (...a: unknown[]) => unknown };
			if (!source?.setData) continue;
			const original = source.setData.bind(source);
			source.setData = (...a: unknown[]) => {
				w.__uploads++;
				return original(...a);
			};
		}
	});
}

/** The `setData` calls counted since `countUploads`. */
export function readUploads(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __uploads: number }).__uploads);
}
