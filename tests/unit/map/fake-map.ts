/** A ten-line fake of the MapLibre methods the actions use; it records every call. */
import type { MapLike } from '../../../src/lib/map/actions';

export interface FakeMap extends MapLike {
	calls: [string, ...unknown[]][];
	state: Record<string, unknown>;
	paint: Record<string, unknown>;
	layout: Record<string, unknown>;
}

export function createFakeMap(layerIds: string[] = []): FakeMap {
	const calls: FakeMap['calls'] = [];
	const state: Record<string, unknown> = {};
	const paint: Record<string, unknown> = {};
	const layout: Record<string, unknown> = {};
	const record =
		(name: string) =>
		(...args: unknown[]) => {
			calls.push([name, ...args]);
			return fake;
		};
	const fake = {
		calls,
		state,
		paint,
		layout,
		setGlobalStateProperty: (k: string, v: unknown) => (
			(state[k] = v),
			record('setGlobalStateProperty')(k, v)
		),
		setPaintProperty: (l: string, p: string, v: unknown) => (
			(paint[`${l}.${p}`] = v),
			record('setPaintProperty')(l, p, v)
		),
		setLayoutProperty: (l: string, p: string, v: unknown) => (
			(layout[`${l}.${p}`] = v),
			record('setLayoutProperty')(l, p, v)
		),
		getLayer: (id: string) => (layerIds.includes(id) ? { id } : undefined),
		flyTo: record('flyTo'),
		jumpTo: record('jumpTo'),
		stop: record('stop')
	};
	return fake as unknown as FakeMap;
}
