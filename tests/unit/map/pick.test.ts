import { describe, expect, it } from 'vitest';
import { featureIdAt, PICKABLE_LAYERS, type PickMap } from '../../../src/lib/map/pick';
import { STORY_LAYERS } from '../../../src/lib/map/story-layers';

/** A map whose every query hits `hits` (layer id → feature id), with some layers hidden. */
function createPickMap(hits: [string, string][], hidden: string[] = []) {
	const queried: string[][] = [];
	const map = {
		queried,
		getLayer: (id: string) => (STORY_LAYERS.some((l) => l.spec.id === id) ? { id } : undefined),
		getLayoutProperty: (id: string) => (hidden.includes(id) ? 'none' : 'visible'),
		queryRenderedFeatures: (_box: unknown, options: { layers: string[] }) => {
			queried.push(options.layers);
			return hits
				.filter(([layer]) => options.layers.includes(layer))
				.map(([layer, id]) => ({ layer: { id: layer }, properties: { id } }));
		}
	};
	return map as unknown as PickMap & { queried: string[][] };
}

describe('featureIdAt', () => {
	it('asks only the pickable layers the descriptors name', () => {
		const map = createPickMap([]);
		expect(featureIdAt(map, [10, 10])).toBeNull();
		expect(map.queried[0]).toEqual([...PICKABLE_LAYERS]);
		expect(map.queried[0]).not.toContain('regions-label');
	});

	it('prefers a mark drawn over a shape: a clash over the region it lies in', () => {
		const map = createPickMap([
			['regions-fill', 'manchuria'],
			['clashes-point', 'zhenbao-island-1969-03-02']
		]);
		expect(featureIdAt(map, [10, 10])).toBe('zhenbao-island-1969-03-02');
	});

	it('ignores layers switched off with their group', () => {
		const map = createPickMap(
			[
				['regions-fill', 'manchuria'],
				['railways-line', 'cer-main-line']
			],
			['railways-line']
		);
		expect(featureIdAt(map, [10, 10])).toBe('manchuria');
	});
});
