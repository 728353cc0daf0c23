/**
 * Turns validated geodata into what the browser loads: one FeatureCollection per layer group,
 * each feature stamped with `t0`/`t1` (decimal years) for the time filter, plus arrow-head
 * points for movements. Runs at build time only (prerendered `/data/story.json`).
 */
import { area, bearing, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';
import { dateToDecimalYear } from './dates';
import { KIND_TO_LAYER, LAYER_IDS, type LayerId, type StoryFeature } from './types';

/** Features with no end date last past the story's end; 9999 keeps them in every window. */
export const OPEN_END = 9999;

export type PayloadFeature = Feature<Geometry, Record<string, unknown>>;
export interface StoryPayload {
	layers: Record<LayerId, FeatureCollection<Geometry, Record<string, unknown>>>;
	/** One point per movement, at its end, with the bearing of the last segment. */
	heads: FeatureCollection<Geometry, Record<string, unknown>>;
	/**
	 * One label point per region, inside its largest part: MapLibre would otherwise label a
	 * polygon once per tile, repeating the name across a zoomed-in map.
	 */
	labels: FeatureCollection<Geometry, Record<string, unknown>>;
}

const round = (n: number) => Math.round(n * 10000) / 10000;

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

export function buildPayload(features: Iterable<StoryFeature>): StoryPayload {
	const layers = Object.fromEntries(
		LAYER_IDS.map((id) => [id, { type: 'FeatureCollection', features: [] as PayloadFeature[] }])
	) as StoryPayload['layers'];
	const heads: StoryPayload['heads'] = { type: 'FeatureCollection', features: [] };
	const labels: StoryPayload['labels'] = { type: 'FeatureCollection', features: [] };

	for (const feature of features) {
		const p = feature.properties;
		const t0 = round(dateToDecimalYear(p.start_date, 'start'));
		const t1 = p.end_date ? round(dateToDecimalYear(p.end_date, 'end')) : OPEN_END;
		const properties = { ...p, t0, t1 };
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
				properties: {
					id: p.id,
					kind: 'region-label',
					control: p.control,
					t0,
					t1,
					'name:en': p['name:en'],
					'name:zh': p['name:zh'],
					'name:ru': p['name:ru']
				}
			});
		if (p.kind === 'movement') {
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
	return { layers, heads, labels };
}
