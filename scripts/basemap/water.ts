/**
 * Builds the rivers, lakes and lake-label points from the sourced table in `water-sources.ts`:
 * anchors are joined by a smooth curve through them, border stretches are cut from the same
 * simplified Natural Earth topology the basemap borders come from, so a river that is a border
 * lies exactly on it.
 */
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { borderBetween, feature } from './natural-earth';
import { catmullRom, ellipse, lineNearest, sliceBetween } from './geometry';
import {
	LAKES,
	NATURAL_EARTH_BORDER,
	RIVERS,
	type Anchor,
	type LakeSpec,
	type RiverSpec,
	type Step
} from './water-sources';

/** Points inserted between two anchors by the spline (a few are enough at story zooms). */
const SPLINE_STEPS = 6;
const WATER_PRECISION = 3;

function isAnchor(step: Step): step is Anchor {
	return 'at' in step;
}

function round(p: Position): Position {
	const f = 10 ** WATER_PRECISION;
	return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

function dedupe(points: Position[]): Position[] {
	return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

/** A border stretch, oriented downstream; `toSea` runs on to the end of the line. */
function borderStretch(topology: Topology, step: Exclude<Step, Anchor>): Position[] {
	const line = lineNearest(
		borderBetween(topology, step.border.id, step.border.others),
		step.from.at
	);
	const part = sliceBetween(line, step.from.at, step.to.at);
	if (!step.toSea) return part;
	const forward = line.indexOf(part[0]) <= line.indexOf(part.at(-1)!);
	const rest = forward
		? line.slice(line.indexOf(part.at(-1)!))
		: line.slice(0, line.indexOf(part.at(-1)!) + 1).reverse();
	return [...part, ...rest.slice(1)];
}

/**
 * Walks the steps: runs of anchors become a spline that starts and ends on the neighbouring
 * border stretch, so the pieces join without a kink or a gap.
 */
export function riverLine(topology: Topology, river: RiverSpec): Position[] {
	const out: Position[] = [];
	let run: Position[] = [];
	const flush = (end?: Position) => {
		if (end) run.push(end);
		if (run.length >= 2) out.push(...catmullRom(run, SPLINE_STEPS));
		run = [];
	};
	for (const step of river.steps) {
		if (isAnchor(step)) {
			if (!run.length && out.length) run.push(out.at(-1)!);
			run.push(step.at);
			continue;
		}
		const stretch = borderStretch(topology, step);
		flush(run.length ? stretch[0] : undefined);
		out.push(...stretch);
	}
	flush();
	return dedupe(out.map(round));
}

function lakeRing(lake: LakeSpec): Position[] {
	const shape = lake.shape;
	const ring =
		'anchors' in shape
			? catmullRom(
					shape.anchors.map((a) => a.at),
					SPLINE_STEPS,
					true
				)
			: ellipse(
					shape.ellipse.center.at,
					shape.ellipse.lengthKm,
					shape.ellipse.widthKm,
					shape.ellipse.bearing
				);
	const rounded = dedupe(ring.map(round));
	rounded[rounded.length - 1] = rounded[0];
	return rounded;
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}

function riverSources(river: RiverSpec): string[] {
	return unique(
		river.steps.flatMap((s) =>
			isAnchor(s) ? [s.cite] : [NATURAL_EARTH_BORDER, s.from.cite, s.to.cite]
		)
	);
}

function lakeSources(lake: LakeSpec): string[] {
	const shape = lake.shape;
	if ('anchors' in shape) return unique(shape.anchors.map((a) => a.cite));
	return unique([shape.ellipse.center.cite, shape.ellipse.cite]);
}

function names(spec: RiverSpec | LakeSpec) {
	return { 'name:en': spec['name:en'], 'name:zh': spec['name:zh'], 'name:ru': spec['name:ru'] };
}

export function riverFeatures(topology: Topology): Feature<LineString>[] {
	return RIVERS.map((river) =>
		feature<LineString>(
			{ type: 'LineString', coordinates: riverLine(topology, river) },
			{
				id: river.id,
				kind: 'river',
				...names(river),
				precision: 'approximate',
				sources: riverSources(river)
			}
		)
	);
}

export function lakeFeatures(): Feature<Polygon | Point>[] {
	return LAKES.flatMap((lake) => [
		feature<Polygon>(
			{ type: 'Polygon', coordinates: [lakeRing(lake)] },
			{
				id: lake.id,
				kind: 'lake',
				...names(lake),
				precision: 'approximate',
				sources: lakeSources(lake)
			}
		),
		feature<Point>(
			{ type: 'Point', coordinates: round(lake.label) },
			{ id: `${lake.id}-label`, kind: 'lake-label', ...names(lake) }
		)
	]);
}
