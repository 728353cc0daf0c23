/** In-page probes of the live map (exposed by MapView as window.__storyMap). */
import type { Page } from 'playwright-core';
import type { LayerId } from '../../src/lib/geodata/types';
import { STORY_LAYERS } from '../../src/lib/map/story-layers';

/** The style layers of a group, as its descriptors say (never guessed from ids). */
export const layersOf = (group: LayerId): string[] =>
	STORY_LAYERS.filter((l) => l.group === group).map((l) => l.spec.id);

export interface MapSnapshot {
	center: [number, number];
	zoom: number;
	moving: boolean;
	state: Record<string, unknown>;
	/** Story layers switched on. */
	visible: string[];
}

export function snapshot(page: Page): Promise<MapSnapshot> {
	return page.evaluate(
		(storyIds) => {
			const map = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
			const c = map.getCenter();
			const visible = storyIds.filter(
				(id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') === 'visible'
			);
			return {
				center: [c.lng, c.lat] as [number, number],
				zoom: map.getZoom(),
				moving: map.isMoving(),
				state: map.getGlobalState(),
				visible
			};
		},
		STORY_LAYERS.map((l) => l.spec.id)
	);
}

/**
 * Draws the map's next frame into a 2D canvas and counts distinct colours: a blank or
 * failed WebGL canvas has one or two, a painted map has many.
 */
export function countCanvasColours(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const map = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
				const draw = () =>
					map.once('render', () => {
						const source = map.getCanvas();
						const copy = document.createElement('canvas');
						copy.width = source.width;
						copy.height = source.height;
						const ctx = copy.getContext('2d')!;
						ctx.drawImage(source, 0, 0);
						const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
						const colours = new Set<number>();
						for (let i = 0; i < data.length; i += 4 * 7)
							colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
						resolve(colours.size);
					});
				// Wait for the style and its sources, then read the next frame.
				if (map.loaded()) {
					draw();
					map.triggerRepaint();
				} else
					map.once('idle', () => {
						draw();
						map.triggerRepaint();
					});
			})
	);
}

/** Waits until the map's centre is within 0.05° of `center` (a chapter's camera has arrived). */
export function waitForCenter(page: Page, center: [number, number]): Promise<unknown> {
	return page.waitForFunction(([lng, lat]) => {
		const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
		const c = m.getCenter();
		return Math.abs(c.lng - lng) < 0.05 && Math.abs(c.lat - lat) < 0.05;
	}, center);
}

// The upload counters live apart, free of the map's style modules, so the benchmark (run by
// tsx, which cannot load the font files those import) can use them too.
export { countUploads, readUploads } from './upload-probe';
