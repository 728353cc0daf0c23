/**
 * The shipped railways against their facts (geodata/facts/stations.csv and railways.yaml): every
 * vertex is a sourced station, the stored length is what turf measures, and the drawn line is never longer than the published route
 * (a chord longer than the track means a wrong station coordinate) nor far shorter (a station
 * list cut short). How short each line runs, and why, is in docs/geodata-regions-railways.md.
 */
import { length } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readRegionsRailwaysFacts } from '../../../scripts/derive/regions-railways';
import { readCollection, repoPath } from '../basemap/files';

/**
 * How far below its published length a station-to-station line may run. Chords cut the corners
 * of winding track: up to 28 % in the mountain sections (Naushki–Ulaanbaatar), where no closer
 * stations could be sourced (see the docs); 30 % short means stations are missing from the list.
 */
const MAX_SHORTFALL = 0.3;
/** Chords can never be longer than the track; a little slack for town-centre coordinates. */
const MAX_EXCESS = 0.02;

const { facts, problems } = await readRegionsRailwaysFacts(repoPath(''));
if (!facts) throw new Error(`the region and railway facts have problems:\n${problems.join('\n')}`);
const { railways: RAILWAYS, stations: STATIONS } = facts;

const railways = readCollection('geodata/railways.geojson').features as Feature<
	LineString | MultiLineString
>[];
const byId = new Map(railways.map((f) => [String(f.properties?.id), f]));
const stationAt = new Set(STATIONS.map((s) => `${s.lon},${s.lat}`));

const vertices = (f: Feature<LineString | MultiLineString>) =>
	f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();

describe('railways.geojson', () => {
	it('has one feature per railway definition, none missing or extra', () => {
		expect([...byId.keys()].sort()).toEqual(RAILWAYS.map((r) => r.id).sort());
	});

	it.each(railways.map((f) => [f.properties?.id, f] as const))(
		'%s passes only through stations from the sourced table',
		(_id, feature) => {
			const strays = vertices(feature).filter(([lon, lat]) => !stationAt.has(`${lon},${lat}`));
			expect(strays).toEqual([]);
		}
	);

	it.each(railways.map((f) => [f.properties?.id, f] as const))(
		'%s shows its published length (none where none is published), never the drawn one',
		(id, feature) => {
			const def = RAILWAYS.find((r) => r.id === id)!;
			expect(feature.properties?.length_km).toBe(def.published?.km);
			if (def.published)
				expect(
					feature.properties?.sources.some((s: string) =>
						s.startsWith(`Length ${def.published!.km.toLocaleString('en')} km: `)
					)
				).toBe(true);
		}
	);

	const published = RAILWAYS.filter((r) => r.published);
	it.each(published.map((r) => [r.id, r] as const))(
		'%s is no longer than its published length and not far shorter',
		(id, def) => {
			const drawn = length(byId.get(id)!, { units: 'kilometers' });
			const km = def.published!.km;
			expect(drawn, `${Math.round(drawn)} km drawn vs ${km} km published`).toBeGreaterThanOrEqual(
				km * (1 - MAX_SHORTFALL)
			);
			expect(drawn, `${Math.round(drawn)} km drawn vs ${km} km published`).toBeLessThanOrEqual(
				km * (1 + MAX_EXCESS)
			);
		}
	);
});
