/**
 * The legend, derived from the layer descriptors: for each visible group, the keys of the
 * colours it draws. Given the data and the date, a group keyed by power lists only the powers
 * whose features are on show, so the key stays as short as the map is simple.
 */
import type { StoryPayload } from '../geodata/payload';
import { LAYER_IDS, type Control, type LayerId } from '../geodata/types';
import type { LegendEntry, StoryLayer } from './layer-descriptor';
import { existsIn, statesOnShow } from './story-layers';

export interface LegendRow {
	entry: LegendEntry;
	/** The opacity the map draws it at when shown (a region's fill is faint). */
	opacity: number;
	/** The same power's key in a group keyed together with this one (its region beside its state). */
	with?: LegendRow;
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
	/** Groups keyed in this one's rows (the regions, beside the states of the same power). */
	joined?: LayerId[];
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
		// The states are shown as they stood at the end of the window, the rest for all of it.
		const shownAt = group === 'states' ? statesOnShow : existsIn;
		for (const { properties: p } of payload.layers[group].features) {
			if (shownAt(Number(p.t0), Number(p.t1), window))
				controls.add((p.control as Control | undefined) ?? null);
		}
		shown.set(group, controls);
	}
	return shown;
}

/**
 * How many features each group shows in the window [from, to), by the same tests as the map's
 * filters (`statesOnShow` for the states, `existsIn` for the rest): the timeline's layer counts.
 * @example countOnShow(payload, [1929, 1930]).get('railways') // 7
 */
export function countOnShow(
	payload: StoryPayload,
	window: readonly [number, number]
): ReadonlyMap<LayerId, number> {
	const counts = new Map<LayerId, number>();
	for (const group of LAYER_IDS) {
		const shownAt = group === 'states' ? statesOnShow : existsIn;
		let n = 0;
		for (const { properties: p } of payload.layers[group].features)
			if (shownAt(Number(p.t0), Number(p.t1), window)) n++;
		counts.set(group, n);
	}
	return counts;
}

/**
 * The legend for the visible groups that have something on show, in the order given. Without
 * `shown` (the data has not arrived, or failed) nothing coloured by power is on the map, so those
 * groups list no powers.
 */
export function legendGroups(
	layers: readonly StoryLayer[],
	visible: readonly LayerId[],
	shown?: OnShow
): LegendGroup[] {
	// A group with nothing on show at this date has nothing to key (the 1969 clashes in 1991).
	const onMap = visible.filter((group) => !shown || (shown.get(group)?.size ?? 0) > 0);
	const groups = onMap.map((group) => {
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
				.map((entry) => ({
					entry,
					opacity: Math.max(...Object.values(l.fade).filter((v) => typeof v === 'number'))
				}))
		);
		return { group, rows, byControl };
	});
	return joinRegionsToStates(groups);
}

/**
 * The states and the regions are keyed by the same powers; shown together, they share one block
 * with a row per power, the state's solid swatch and the region's dashed one side by side, so
 * the legend is no taller than it needs to be and leaves the map its room.
 */
function joinRegionsToStates(groups: LegendGroup[]): LegendGroup[] {
	const states = groups.find((g) => g.group === 'states');
	const regions = groups.find((g) => g.group === 'regions');
	if (!states || !regions || !states.byControl || !regions.byControl) return groups;
	const powers = [
		...new Set([...states.rows, ...regions.rows].map((r) => r.entry.control ?? null))
	];
	const order = (c: Control | null) => {
		const i = states.rows.concat(regions.rows).findIndex((r) => (r.entry.control ?? null) === c);
		return c === null ? Infinity : i;
	};
	const rowOf = (g: LegendGroup, c: Control | null) =>
		g.rows.find((r) => (r.entry.control ?? null) === c);
	const rows = powers
		.sort((a, b) => order(a) - order(b))
		.map((c) => {
			const state = rowOf(states, c);
			const region = rowOf(regions, c);
			return state ? { ...state, ...(region ? { with: region } : {}) } : region!;
		});
	return groups
		.filter((g) => g !== regions)
		.map((g) => (g === states ? { ...states, rows, joined: ['regions' as const] } : g));
}
