import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { STORY_LAYERS, TIME_FILTER } from '../../../src/lib/map/story-layers';
import { WARM_OPACITY, WARM_PREFIX, warmCopy, warmUpPrograms } from '../../../src/lib/map/warm';

const layer = (id: string) => STORY_LAYERS.find((l) => l.spec.id === id)!;

/** A map that records layers and lets the test fire `idle`. */
function fakeMap() {
	const layers = new Map<string, LayerSpecification>();
	const idle: (() => void)[] = [];
	return {
		layers,
		fireIdle: () => idle.splice(0).forEach((fn) => fn()),
		addLayer: (spec: LayerSpecification) => void layers.set(spec.id, spec),
		removeLayer: (id: string) => void layers.delete(id),
		getLayer: (id: string) => layers.get(id),
		once: (event: string, fn: () => void) => {
			if (event === 'idle') idle.push(fn);
		}
	};
}

describe('warmCopy', () => {
	it('copies a layer with every feature of its kind at any date, barely visible', () => {
		const clashes = layer('clashes-point');
		const copy = warmCopy(clashes) as LayerSpecification & { filter?: unknown };
		expect(copy.id).toBe(`${WARM_PREFIX}clashes-point`);
		expect(JSON.stringify(copy.filter)).toContain('"clash"');
		expect(JSON.stringify(copy.filter)).not.toContain(JSON.stringify(TIME_FILTER));
		expect(copy.layout?.visibility).toBe('visible');
		const paint = copy.paint as Record<string, unknown>;
		expect(paint['circle-opacity']).toBe(WARM_OPACITY);
		expect(paint['circle-stroke-opacity']).toBe(WARM_OPACITY);
		// Everything else, data-driven parts included, is the original's: the same program.
		expect(paint['circle-radius']).toEqual(
			(clashes.spec.paint as Record<string, unknown>)['circle-radius']
		);
	});

	it('copies text labels only when their paint depends on the feature, on points, blocking nothing', () => {
		const kept = STORY_LAYERS.map((l) => warmCopy(l))
			.filter(Boolean)
			.map((c) => c!.id.slice(WARM_PREFIX.length));
		expect(kept).toContain('movements-head');
		expect(kept).toContain('clashes-halo');
		// Railway names take the line's colour (a program of their own); place names are plain ink.
		expect(kept).toContain('railways-label');
		expect(kept).not.toContain('places-label');
		const railways = warmCopy(layer('railways-label'), 'ru')!;
		expect(railways.layout).toMatchObject({
			'symbol-placement': 'point',
			'text-allow-overlap': true,
			'text-ignore-placement': true
		});
		expect((railways as { filter?: unknown }).filter).toEqual(['==', ['get', 'kind'], 'place']);
		// In the reader's language, like the layer it stands for.
		expect(JSON.stringify(railways.layout)).toContain('name:ru');
	});
});

describe('warmUpPrograms', () => {
	it('adds the copies, removes them after the next finished render, and touches nothing else', async () => {
		const map = fakeMap();
		map.layers.set('clashes-point', layer('clashes-point').spec);
		const done = warmUpPrograms(map as never, STORY_LAYERS);
		const added = [...map.layers.keys()].filter((id) => id.startsWith(WARM_PREFIX));
		expect(added.length).toBeGreaterThan(5);
		map.fireIdle();
		await done;
		expect([...map.layers.keys()]).toEqual(['clashes-point']);
	});
});
