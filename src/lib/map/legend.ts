/**
 * The legend, derived from the layer descriptors: for each visible group, the keys of the
 * colours it draws. Given the data and the date, a group keyed by power lists only the powers
 * whose features are on show, so the key stays as short as the map is simple.
 */
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS, type Control, type LayerId } from '../geodata/types';
import type { LegendEntry, StoryLayer } from './layer-descriptor';
import { existsIn } from './story-layers';

export interface LegendRow {
	entry: LegendEntry;
	/** The opacity the map draws it at when shown (a region's fill is faint). */
	opacity: number;
}

export interface LegendGroup {
	group: LayerId;
	/**
	 * What the group's colours mean: one row for a group drawn in one colour (always listed),
	 * or a row per power with features on show for a group coloured by power.
	 */
	rows: LegendRow[];
	/** Whether the group is coloured by power (its rows then sit under the group's name). */
	byControl: boolean;
}

/** Per group, the `control` of every feature on show (`null` for none named). */
export type OnShow = ReadonlyMap<LayerId, ReadonlySet<Control | null>>;

/**
 * What each group shows in the window [from, to).
 * @example onShow(payload, [1929, 1930]).get('railways') // Set { 'joint', 'japan', 'soviet' }
 */
export function onShow(payload: StoryPayload, window: readonly [number, number]): OnShow {
	const shown = new Map<LayerId, Set<Control | null>>();
	for (const group of LAYER_IDS) {
		const controls = new Set<Control | null>();
		for (const { properties: p } of payload.layers[group].features) {
			if (existsIn(Number(p.t0), Number(p.t1), window))
				controls.add((p.control as Control | undefined) ?? null);
		}
		shown.set(group, controls);
	}
	return shown;
}

/**
 * The legend for the visible groups, in the order given. Without `shown` (the data has not
 * arrived, or failed) nothing coloured by power is on the map, so those groups list no powers.
 */
export function legendGroups(
	layers: readonly StoryLayer[],
	visible: readonly LayerId[],
	shown?: OnShow
): LegendGroup[] {
	return visible.map((group) => {
		const keyed = layers.filter((l) => l.group === group && l.legend);
		const entries = keyed.flatMap((l) => l.legend ?? []);
		const byControl = entries.some((e) => e.control !== undefined);
		const controls = shown?.get(group);
		// A feature whose power has no key of its own is drawn in the `null` key's colour.
		const keyOf = (c: Control | null) => (entries.some((e) => e.control === c) ? c : null);
		const present = new Set([...(controls ?? [])].map(keyOf));
		const rows = keyed.flatMap((l) =>
			(l.legend ?? [])
				.filter((e) => e.control === undefined || present.has(e.control))
				.map((entry) => ({ entry, opacity: Math.max(...Object.values(l.fade)) }))
		);
		return { group, rows, byControl };
	});
}
