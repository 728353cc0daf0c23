/**
 * Every chapter's subjects in view: at desktop and phone sizes, each `focus` feature lies in the
 * part of the map that the chapter card, the legend, the header and the map's own controls leave
 * uncovered. A subject under the card is a subject the reader cannot see. And every point on show
 * is named, or stands where a named one does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startHarness, waitForMapIdle, type Harness } from './harness';
import { chapters } from './story-data';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	await h?.close();
});

const SIZES = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
};

/** Pixels a subject may reach under a cover (a label's edge, a line's last vertex). */
const SLACK = 6;
/** The layers that draw points on their own, and those that draw names (some with their dots). */
const POINT_LAYERS = ['places-point', 'events-point', 'clashes-point'];
const NAME_LAYERS = ['places-label', 'events-label', 'events-minor', 'clashes-label'];
/** A point whose neighbour within this many pixels is named shares that name's place. */
const NAMED_NEIGHBOUR = 14;

describe.each(Object.entries(SIZES))('chapter framing at %s size', (size, options) => {
	it(
		'shows every focus feature beside the card, legend and controls',
		{ timeout: 900_000 },
		async () => {
			const w = await openPage(h, { ...options, reducedMotion: 'reduce' });
			const misses: string[] = [];
			for (const chapter of chapters) {
				if (!chapter.focus?.length) continue;
				await w.page.goto(`${h.server.origin}/?chapter=${chapter.id}`);
				await waitForMapIdle(w.page);
				await w.page.waitForFunction(() => {
					const m = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
					return m.loaded() && !m.isMoving();
				});
				const found = await w.page.evaluate(
					async ({ id, focus, slack }) => {
						const map = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
						const frame = map.getContainer().getBoundingClientRect();
						const view = {
							left: Math.max(frame.left, 0),
							top: Math.max(frame.top, 0),
							right: Math.min(frame.right, innerWidth),
							bottom: Math.min(frame.bottom, innerHeight)
						};
						// What covers the map: the chapter's own card, the legend, the header, controls.
						const covers = [
							document.getElementById(id),
							...document.querySelectorAll(
								'.legend, header, .embed-share summary, .cite-share summary, .share summary, .credits, .map-overlays .year, .locator, .scale'
							)
						]
							.filter((el): el is Element => Boolean(el))
							.map((el) => el.getBoundingClientRect())
							.filter((r) => r.width > 0 && r.height > 0);
						const source = map.getSource('story') as import('maplibre-gl').GeoJSONSource;
						const data = (await source.getData()) as GeoJSON.FeatureCollection;
						const out: string[] = [];
						for (const fid of focus) {
							const feature = data.features.find(
								(f) => f.properties?.id === fid && !String(f.properties?.kind).includes('-')
							);
							if (!feature) {
								out.push(`${fid}: not in the data`);
								continue;
							}
							const positions: number[][] = [];
							const walk = (c: unknown): void => {
								if (Array.isArray(c) && typeof c[0] === 'number') positions.push(c as number[]);
								else if (Array.isArray(c)) c.forEach(walk);
							};
							walk((feature.geometry as GeoJSON.Point).coordinates);
							const px = positions.map((p) => map.project(p as [number, number]));
							const box = {
								left: frame.left + Math.min(...px.map((p) => p.x)),
								right: frame.left + Math.max(...px.map((p) => p.x)),
								top: frame.top + Math.min(...px.map((p) => p.y)),
								bottom: frame.top + Math.max(...px.map((p) => p.y))
							};
							const inView =
								box.left >= view.left - slack &&
								box.right <= view.right + slack &&
								box.top >= view.top - slack &&
								box.bottom <= view.bottom + slack;
							const under = covers.find(
								(r) =>
									box.left < r.right - slack &&
									box.right > r.left + slack &&
									box.top < r.bottom - slack &&
									box.bottom > r.top + slack
							);
							if (!inView) out.push(`${fid}: partly outside the map`);
							else if (under)
								out.push(
									`${fid}: under a cover at ${Math.round(under.left)},${Math.round(under.top)} ${Math.round(under.width)}×${Math.round(under.height)}`
								);
						}
						return out;
					},
					{ id: chapter.id, focus: chapter.focus, slack: SLACK }
				);
				misses.push(...found.map((m) => `${size} ${chapter.id} › ${m}`));
				// Every point on show has its name, or stands where a named point does (a town whose
				// event is labelled there): no anonymous dots.
				const anonymous = await w.page.evaluate(
					({ points, names, reach }) => {
						const map = (window as unknown as { __storyMap: import('maplibre-gl').Map }).__storyMap;
						const frame = map.getContainer().getBoundingClientRect();
						const at = (f: import('maplibre-gl').MapGeoJSONFeature) =>
							map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
						const named = map.queryRenderedFeatures(undefined, { layers: names }).map(at);
						const namedIds = new Set(
							map.queryRenderedFeatures(undefined, { layers: names }).map((f) => f.properties.id)
						);
						return map
							.queryRenderedFeatures(undefined, { layers: points })
							.filter((f) => !namedIds.has(f.properties.id))
							.filter((f) => {
								const p = at(f);
								// Points under the card or outside the frame are not on show.
								const top = document.elementFromPoint(frame.left + p.x, frame.top + p.y);
								if (!top?.closest('.map')) return false;
								return !named.some((q) => Math.hypot(q.x - p.x, q.y - p.y) <= reach);
							})
							.map((f) => String(f.properties.id));
					},
					{ points: POINT_LAYERS, names: NAME_LAYERS, reach: NAMED_NEIGHBOUR }
				);
				misses.push(
					...anonymous.map((id) => `${size} ${chapter.id} › ${id}: a dot without a name`)
				);
			}
			expect(misses).toEqual([]);
			expect(w.errors).toEqual([]);
			await w.close();
		}
	);
});
