/**
 * Turns validated geodata into what the browser loads: one FeatureCollection per layer group,
 * each feature stamped with `t0`/`t1` (decimal years) for the time filter, plus arrow-head
 * points for movements, one label point per region and per state, and the borders between the
 * states. Runs at build time only (prerendered `/data/story.json`, written by `encodePayload`).
 */
import {
	along,
	area,
	bbox,
	bboxClip,
	bboxPolygon,
	bearing,
	booleanPointInPolygon,
	centerOfMass,
	length,
	lineString,
	pointOnFeature
} from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	Polygon,
	Position
} from 'geojson';
import { mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { dateToDecimalYear } from './dates';
import { flatNames, type DatedName } from './names';
import {
	CARD_FIELDS,
	KIND_TO_LAYER,
	LAYER_IDS,
	type CardTexts,
	type LayerId,
	type StoryFeature
} from './types';
import type { WirePayload } from './wire';

export { OPEN_END } from './types';
import { OPEN_END } from './types';

export type PayloadFeature = Feature<Geometry, Record<string, unknown>>;
export interface StoryPayload {
	layers: Record<LayerId, FeatureCollection<Geometry, Record<string, unknown>>>;
	/** One point per movement, at its end, with the bearing of the last segment. */
	heads: FeatureCollection<Geometry, Record<string, unknown>>;
	/**
	 * One label point per region and per state, inside its largest part: MapLibre would
	 * otherwise label a polygon once per tile, repeating the name across a zoomed-in map.
	 * And one per movement, halfway along it, so a front is named however short it is drawn.
	 */
	labels: FeatureCollection<Geometry, Record<string, unknown>>;
	/**
	 * The land borders of the states: for each two states on the map at the same time, the
	 * edges they share (kind `state-border`, with the times both exist). Coasts, which no two
	 * states share, are left to the basemap.
	 */
	borders: FeatureCollection<Geometry, Record<string, unknown>>;
}

const round = (n: number) => Math.round(n * 10000) / 10000;
/**
 * A feature's `t0` rounds up and its `t1` down, so rounding never stretches a feature into a
 * window it is not in: a railway handed over at the end of 14 August 1945 is not shown on
 * 15 August. (It shortens a feature by under an hour at each end.)
 */
const roundStart = (n: number) => Math.ceil(n * 10000) / 10000;
const roundEnd = (n: number) => Math.floor(n * 10000) / 10000;

/** The point halfway along a line (the first part of a multi-line), rounded. */
function halfway(geometry: Geometry): Position | null {
	const line =
		geometry.type === 'LineString'
			? (geometry as LineString).coordinates
			: geometry.type === 'MultiLineString'
				? (geometry as MultiLineString).coordinates[0]
				: undefined;
	if (!line || line.length < 2) return null;
	const path = lineString(line);
	return along(path, length(path) / 2).geometry.coordinates.map(round);
}

function lastSegment(geometry: Geometry): [Position, Position] | null {
	const line: Position[] | undefined =
		geometry.type === 'LineString'
			? (geometry as LineString).coordinates
			: geometry.type === 'MultiLineString'
				? geometry.coordinates[geometry.coordinates.length - 1]
				: undefined;
	if (!line || line.length < 2) return null;
	return [line[line.length - 2], line[line.length - 1]];
}

/** A point well inside a region: its largest part's centre of mass, or a point on it. */
export function labelPoint(geometry: Geometry): Position | null {
	const parts: Polygon[] =
		geometry.type === 'Polygon'
			? [geometry]
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
				: [];
	if (!parts.length) return null;
	const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
	const centre = centerOfMass(largest);
	const inside = booleanPointInPolygon(centre, largest) ? centre : pointOnFeature(largest);
	return inside.geometry.coordinates.map(round);
}

/** A label point's properties: the feature's id, names, power and times. */
function labelProperties(p: Record<string, unknown>, kind: string): Record<string, unknown> {
	return {
		id: p.id,
		kind,
		control: p.control,
		...(p.rank !== undefined ? { rank: p.rank } : {}),
		t0: p.t0,
		t1: p.t1,
		'name:en': p['name:en'],
		'name:zh': p['name:zh'],
		'name:ru': p['name:ru']
	};
}

const WORLD = [-180, -90, 180, 90] as const;
/** Where the story spends its time (Manchuria, Mongolia, Xinjiang, Korea, China). */
const CORE = [60, 18, 145, 58] as const;

/**
 * Further names for the large states, so a close-up still names the states on screen: a name
 * in each cell of a grid where the state fills enough of it, away from its main name. The coarse grid
 * serves the middle zooms (`more: 1`, shown from zoom 4.2 to 5), the fine one, within the
 * story's core, the close-ups (`more: 2`, from zoom 5).
 */
const MORE_LABELS = [
	{ more: 1, cell: [24, 12], fill: 0.5, apart: 20, minKm2: 2e6, maxRank: 1, within: WORLD },
	{ more: 2, cell: [8, 4], fill: 0.35, apart: 5, minKm2: 4e5, maxRank: 2, within: CORE }
] as const;

/** The further name points of one grid (`MORE_LABELS`) for a state's shape. */
function moreLabelPoints(
	geometry: Geometry,
	main: Position,
	grid: (typeof MORE_LABELS)[number]
): Position[] {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
	const shape = { type: 'Feature' as const, properties: {}, geometry };
	if (area(shape) < grid.minKm2 * 1e6) return [];
	const [w, s, e, n] = bbox(shape);
	const [dx, dy] = grid.cell;
	const [x0, y0, x1, y1] = grid.within;
	const points: Position[] = [];
	for (let x = Math.floor(Math.max(w, x0) / dx) * dx; x < Math.min(e, x1); x += dx)
		for (let y = Math.floor(Math.max(s, y0) / dy) * dy; y < Math.min(n, y1); y += dy) {
			const cell: [number, number, number, number] = [x, y, x + dx, y + dy];
			const piece = bboxClip(shape, cell);
			if (area(piece) < grid.fill * area(bboxPolygon(cell))) continue;
			const at = labelPoint(piece.geometry);
			if (at && Math.hypot(at[0] - main[0], at[1] - main[1]) >= grid.apart) points.push(at);
		}
	return points;
}

/**
 * Label points of consecutive periods of one state that stand on the same spot under the same
 * name (the Soviet Union's Far East from 1922 to 1991) become one, spanning them all.
 */
function mergeLabels(labels: PayloadFeature[]): PayloadFeature[] {
	const keyOf = (f: PayloadFeature) =>
		JSON.stringify([
			(f.geometry as { coordinates: Position }).coordinates,
			f.properties['name:en'],
			f.properties.control,
			f.properties.rank,
			f.properties.more
		]);
	const merged = new Map<string, PayloadFeature[]>();
	for (const label of [...labels].sort(
		(a, b) => Number(a.properties.t0) - Number(b.properties.t0)
	)) {
		const runs = merged.get(keyOf(label)) ?? [];
		const last = runs[runs.length - 1];
		if (last && Number(last.properties.t1) >= Number(label.properties.t0))
			last.properties.t1 = Math.max(Number(last.properties.t1), Number(label.properties.t1));
		else runs.push({ ...label, properties: { ...label.properties } });
		merged.set(keyOf(label), runs);
	}
	return [...merged.values()].flat();
}

/**
 * One label per state (and a few more for the largest, `moreLabelPoints`). A state that a
 * region of the same name covers at the same time (Manchukuo, the Mongolian People's
 * Republic…) takes the region's label point, so the two names fall on one spot and the map
 * keeps one: the state's, drawn above.
 */
function stateLabels(states: PayloadFeature[], regionLabels: PayloadFeature[]): PayloadFeature[] {
	return states.flatMap((state): PayloadFeature[] => {
		const p = state.properties;
		const twin = regionLabels.find(
			(r) =>
				r.properties['name:en'] === p['name:en'] &&
				Number(r.properties.t0) < Number(p.t1) &&
				Number(r.properties.t1) > Number(p.t0) &&
				booleanPointInPolygon(
					r.geometry as Feature['geometry'] & { type: 'Point' },
					state as Feature<Polygon>
				)
		);
		const at = twin
			? (twin.geometry as { coordinates: Position }).coordinates
			: labelPoint(state.geometry);
		if (!at) return [];
		const label = (coordinates: Position, more: number): PayloadFeature => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates },
			properties: { ...labelProperties(p, 'state-label'), ...(more ? { more } : {}) }
		});
		const more = MORE_LABELS.filter((grid) => Number(p.rank ?? 2) <= grid.maxRank).flatMap((grid) =>
			moreLabelPoints(state.geometry, at, grid).map((m) => label(m, grid.more))
		);
		return [label(at, 0), ...more];
	});
}

/** Calls `visit` with the index of every arc a polygon or multipolygon object uses. */
function forEachArc(geometry: GeometryObject, visit: (arc: number) => void): void {
	const rings =
		geometry.type === 'Polygon'
			? geometry.arcs
			: geometry.type === 'MultiPolygon'
				? geometry.arcs.flat()
				: [];
	for (const ring of rings) for (const arc of ring) visit(arc < 0 ? ~arc : arc);
}

/**
 * The borders between states on the map at the same time: for each such pair that shares an
 * edge, the shared edges joined into lines, existing while both states do. Shared edges are
 * found exactly (the states are cut from the same Natural Earth arcs and hand-drawn lines).
 */
export function stateBorders(states: PayloadFeature[]): PayloadFeature[] {
	if (states.length < 2) return [];
	const topo = topology({ states: { type: 'FeatureCollection', features: states } } as never);
	const geometries = (topo.objects.states as GeometryCollection).geometries;
	const users = new Map<number, number[]>();
	geometries.forEach((g, i) =>
		forEachArc(g, (arc) => {
			const list = users.get(arc) ?? [];
			if (list[list.length - 1] !== i) list.push(i);
			users.set(arc, list);
		})
	);
	const t = (i: number) => [Number(states[i].properties.t0), Number(states[i].properties.t1)];
	const pairs = new Set<string>();
	for (const list of users.values())
		for (let a = 0; a < list.length; a++)
			for (let b = a + 1; b < list.length; b++) {
				const [i, j] = [Math.min(list[a], list[b]), Math.max(list[a], list[b])];
				if (Math.max(t(i)[0], t(j)[0]) < Math.min(t(i)[1], t(j)[1])) pairs.add(`${i} ${j}`);
			}
	return [...pairs]
		.map((key) => key.split(' ').map(Number))
		.sort((x, y) => x[0] - y[0] || x[1] - y[1])
		.map(([i, j]) => {
			const pair = { type: 'GeometryCollection', geometries: [geometries[i], geometries[j]] };
			const line = mesh(topo, pair as GeometryCollection, (a, b) => a !== b) as MultiLineString;
			return {
				type: 'Feature' as const,
				geometry: {
					type: 'MultiLineString' as const,
					coordinates: line.coordinates.map((l) => l.map((q) => q.map(round)))
				},
				properties: {
					kind: 'state-border',
					t0: Math.max(t(i)[0], t(j)[0]),
					t1: Math.min(t(i)[1], t(j)[1])
				}
			};
		})
		.filter((f) => f.geometry.coordinates.length > 0);
}

/**
 * Clashes at one spot under one name (Zhenbao, 2 March and 15–17 March 1969) are named once:
 * each later one carries the span of the first (`twin_t0`, `twin_t1`), and its name is drawn
 * only while that first one is not on the map (`TWIN_LABEL_FILTER`).
 */
function markTwins(points: PayloadFeature[]): void {
	const first = new Map<string, PayloadFeature>();
	const lead = (p: Record<string, unknown>) => String(p['name:en'] ?? '').split(': ')[0];
	for (const f of [...points].sort((a, b) => Number(a.properties.t0) - Number(b.properties.t0))) {
		if (f.geometry.type !== 'Point') continue;
		const key = `${f.geometry.coordinates.join()}|${lead(f.properties)}`;
		const twin = first.get(key);
		if (!twin) first.set(key, f);
		else Object.assign(f.properties, { twin_t0: twin.properties.t0, twin_t1: twin.properties.t1 });
	}
}

export function buildPayload(features: Iterable<StoryFeature>): StoryPayload {
	const layers = Object.fromEntries(
		LAYER_IDS.map((id) => [id, { type: 'FeatureCollection', features: [] as PayloadFeature[] }])
	) as StoryPayload['layers'];
	const heads: StoryPayload['heads'] = { type: 'FeatureCollection', features: [] };
	const labels: StoryPayload['labels'] = { type: 'FeatureCollection', features: [] };

	for (const feature of features) {
		const p = feature.properties;
		const t0 = roundStart(dateToDecimalYear(p.start_date, 'start'));
		const t1 = p.end_date ? roundEnd(dateToDecimalYear(p.end_date, 'end')) : OPEN_END;
		const { names, ...own } = p as typeof p & { names?: DatedName[] };
		// Dated names travel flat (`name1:en`, `name1_t0` …): the map's label expression reads them.
		const time = (date: string, edge: 'start' | 'end') =>
			edge === 'start'
				? roundStart(dateToDecimalYear(date, edge))
				: roundEnd(dateToDecimalYear(date, edge));
		const properties = { ...own, ...(names ? flatNames(names, time) : {}), t0, t1 };
		layers[KIND_TO_LAYER[p.kind]].features.push({
			type: 'Feature',
			geometry: feature.geometry,
			properties
		});
		const at = p.kind === 'region' ? labelPoint(feature.geometry) : null;
		if (at)
			labels.features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: at },
				properties: labelProperties(properties, 'region-label')
			});
		if (p.kind === 'movement') {
			const mid = halfway(feature.geometry);
			if (mid)
				labels.features.push({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: mid },
					properties: labelProperties(properties, 'movement-label')
				});
			const seg = lastSegment(feature.geometry);
			if (seg)
				heads.features.push({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: seg[1] },
					properties: {
						id: p.id,
						kind: 'movement-head',
						control: p.control,
						t0,
						t1,
						bearing: round(bearing(seg[0], seg[1]))
					}
				});
		}
	}
	markTwins(layers.clashes.features);
	const states = layers.states.features;
	labels.features.push(...mergeLabels(stateLabels(states, labels.features)));
	return {
		layers,
		heads,
		labels,
		borders: { type: 'FeatureCollection', features: stateBorders(states) }
	};
}

/**
 * The payload without the card texts, and the card texts by feature id: the map draws from the
 * first (`/data/story.json`), a card reads the second (`/data/cards.json`), fetched later.
 */
export function splitCards(payload: StoryPayload): { payload: StoryPayload; cards: CardTexts } {
	const cards: CardTexts = {};
	const strip = (collection: StoryPayload['layers'][LayerId]) => ({
		...collection,
		features: collection.features.map((f) => {
			const properties = { ...f.properties };
			const card: Record<string, unknown> = {};
			for (const field of CARD_FIELDS) {
				if (properties[field] === undefined) continue;
				card[field] = properties[field];
				delete properties[field];
			}
			if (Object.keys(card).length) cards[String(properties.id)] = card;
			return { ...f, properties };
		})
	});
	const layers = Object.fromEntries(
		LAYER_IDS.map((id) => [id, strip(payload.layers[id])])
	) as StoryPayload['layers'];
	return { payload: { ...payload, layers }, cards };
}

/**
 * The payload cut to what exists in a window of decimal years [from, to): what a view of that
 * window draws (a feature whose `t0`–`t1` overlaps it, the test `existsIn` makes on the map),
 * plus the features without dates (none today) and those listed in `also` (with their label
 * points and arrow heads). `/data/opening.json` is this slice for the story's opening chapter,
 * with every chapter's `focus` features in `also`: the chapters' "On the map" buttons are built
 * from them, so the page does not grow under the reader when the rest of the data arrives.
 * @example openingSlice(payload, [1917, 1918]).layers.events.features.length // 0
 */
export function openingSlice(
	payload: StoryPayload,
	[from, to]: readonly [number, number],
	also: ReadonlySet<string> = new Set()
): StoryPayload {
	const keep = ({ properties: p }: PayloadFeature) =>
		p.t0 === undefined || (Number(p.t0) < to && Number(p.t1) > from) || also.has(String(p.id));
	return mapCollections(payload, (features) => features.filter(keep));
}

/** `payload` with `change` applied to the features of each of its collections. */
function mapCollections(
	payload: StoryPayload,
	change: (features: PayloadFeature[]) => PayloadFeature[]
): StoryPayload {
	const each = (collection: StoryPayload['heads']) => ({
		...collection,
		features: change(collection.features)
	});
	const layers = Object.fromEntries(
		LAYER_IDS.map((id) => [id, each(payload.layers[id])])
	) as StoryPayload['layers'];
	return {
		layers,
		heads: each(payload.heads),
		labels: each(payload.labels),
		borders: each(payload.borders)
	};
}

/** A name in a language other than English: `name:zh`, `name1:ru`… */
const OTHER_LANGUAGE_NAME = /^name\d*:(?!en$)/;

/**
 * `payload` with English names only (every `name:<lang>` and `nameN:<lang>` of another language
 * dropped): what the opening's slice carries, since a reader who arrives at the opening in
 * English needs no other (5–6 KB gzip less before the first idle). The map and the buttons fall
 * back to English names for another language until the whole data arrives.
 */
export function englishNamesOnly(payload: StoryPayload): StoryPayload {
	return mapCollections(payload, (features) =>
		features.map((f) => ({
			...f,
			properties: Object.fromEntries(
				Object.entries(f.properties).filter(([key]) => !OTHER_LANGUAGE_NAME.test(key))
			) as typeof f.properties
		}))
	);
}

/**
 * Grid steps of the topology `/data/story.json` carries the states in: 50,000 steps across
 * the states' extent (about 170° by 75°) is a grid of about 350 by 170 m, finer than the
 * states' own simplification (2–8 km).
 */
export const WIRE_QUANTIZATION = 5e4;

/**
 * What `/data/story.json` holds: the payload with the states and their borders as one TopoJSON
 * topology, so that each edge — shared by the many periods of the Soviet Union and of China,
 * and by the borders drawn along it — is sent once, quantized and delta-encoded, instead of
 * once per feature. `decodePayload` (`wire.ts`) turns it back in the browser.
 */
export function encodePayload(payload: StoryPayload): WirePayload {
	const { states, ...rest } = payload.layers;
	const shapes = topology(
		{ states, borders: payload.borders } as never,
		WIRE_QUANTIZATION
	) as Topology;
	return { layers: rest, heads: payload.heads, labels: payload.labels, shapes };
}
