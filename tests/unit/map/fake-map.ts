/** A ten-line fake of the MapLibre methods the actions use; it records every call. */
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
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

/**
 * What a `text-field` expression writes for a feature with these properties, as MapLibre
 * evaluates it (through the style spec's own expression engine, not a copy of it).
 */
export function labelText(expression: unknown, properties: Record<string, unknown>): string {
	const parsed = createExpression(expression, {
		type: 'string',
		'property-type': 'data-driven'
	} as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const value = parsed.value.evaluate(
		{ zoom: 4 } as never,
		{
			type: 'Point',
			properties
		} as never
	);
	return String(value);
}
