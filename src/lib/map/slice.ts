/**
 * The geometry of lines drawn in part (`drawing.ts` says which and how much): the first part of
 * each line along its length, with a front's head at its end and its name halfway along. Loaded
 * with the first line to draw, so turf is not in the first screen's JavaScript.
 */
import { along, bearing, length, lineSliceAlong, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import { inProgress, type LineInProgress } from './drawing';

/** The first `fraction` of each part of a line, along its length. */
function sliceParts(geometry: Geometry, fraction: number): Position[][] {
	const parts =
		geometry.type === 'LineString'
			? [geometry.coordinates]
			: geometry.type === 'MultiLineString'
				? geometry.coordinates
				: [];
	return parts
		.filter((part) => part.length > 1)
		.map((part) => {
			const line = lineString(part);
			return lineSliceAlong(line, 0, length(line) * fraction).geometry.coordinates;
		})
		.filter((part) => part.length > 1);
}

/** The part of a line drawn, and for a front its name halfway along and its head at the end. */
export function drawnParts({ feature, fraction }: LineInProgress): Feature[] {
	const p = feature.properties;
	const parts = sliceParts(feature.geometry, fraction);
	if (!parts.length) return [];
	const line: Feature = {
		type: 'Feature',
		geometry:
			parts.length === 1
				? { type: 'LineString', coordinates: parts[0] }
				: { type: 'MultiLineString', coordinates: parts },
		properties: p
	};
	if (p.kind !== 'movement') return [line];
	const last = parts[parts.length - 1] as LineString['coordinates'];
	const drawn = lineString(last);
	const [a, b] = [last[last.length - 2], last[last.length - 1]];
	return [
		line,
		{
			type: 'Feature',
			geometry: along(drawn, length(drawn) / 2).geometry,
			properties: { ...p, kind: 'movement-label' }
		},
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: b },
			properties: {
				id: p.id,
				kind: 'movement-head',
				control: p.control,
				t0: p.t0,
				t1: p.t1,
				bearing: Math.round(bearing(a, b) * 10) / 10
			}
		}
	];
}

/** Everything drawn in part at window end `to`: the ids hidden, and the drawing source's data. */
export function drawing(
	lines: readonly Feature<Geometry, Record<string, unknown>>[],
	to: number,
	transition: readonly [number, number] | null,
	areas: readonly Feature<Geometry, Record<string, unknown>>[] = []
): { ids: string[]; collection: FeatureCollection } {
	const found = inProgress(lines, to, transition, areas);
	return {
		ids: found.ids,
		collection: {
			type: 'FeatureCollection',
			features: [...found.lines.flatMap(drawnParts), ...found.areas]
		}
	};
}
