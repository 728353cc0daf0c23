/**
 * The derived states layer (geodata/states.geojson) against history and against itself: named
 * towns lie in the state that held them at a date, and the states on show at any date tile the
 * map — no two overlap by more than a sliver, and the story's core (Manchuria, Mongolia,
 * Xinjiang, Central Asia, China, Korea, Japan…) has no hole. "On show at a date" is the map's
 * own rule (`statesOnShow`): the states as they stood at the end of the date or period.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { area, bbox, booleanPointInPolygon, intersect, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadCountries } from '../../../scripts/derive/natural-earth';
import { dateToDecimalYear } from '../../../src/lib/geodata/dates';
import type { StoryFeatureProperties } from '../../../src/lib/geodata/types';
import { statesOnShow } from '../../../src/lib/map/story-layers';
import { dateWindow } from '../../../src/lib/map/time';

type State = Feature<Polygon | MultiPolygon, StoryFeatureProperties> & {
	t0: number;
	t1: number;
	box: number[];
};

const states: State[] = (
	JSON.parse(readFileSync('geodata/states.geojson', 'utf8')).features as Feature<
		Polygon | MultiPolygon,
		StoryFeatureProperties
	>[]
).map((f) => ({
	...f,
	t0: dateToDecimalYear(f.properties.start_date, 'start'),
	t1: f.properties.end_date ? dateToDecimalYear(f.properties.end_date, 'end') : 9999,
	box: bbox(f)
}));

/** The states the map shows for a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a period. */
const onShow = (date: string, until?: string) =>
	states.filter((s) => statesOnShow(s.t0, s.t1, dateWindow(date, until)));

/** The states on show at `date` that contain the point, by English name. */
function holders(lngLat: [number, number], date: string): State[] {
	return onShow(date).filter((s) => booleanPointInPolygon(lngLat, s));
}

const HARBIN: [number, number] = [126.65, 45.75];
const KYZYL: [number, number] = [94.45, 51.72];
const TAIPEI: [number, number] = [121.56, 25.04];
const MOSCOW: [number, number] = [37.62, 55.75];
const VLADIVOSTOK: [number, number] = [131.89, 43.12];
const URGA: [number, number] = [106.92, 47.92];

describe('states.geojson: who held the towns', () => {
	it.each([
		['Harbin', HARBIN, '1940', 'Manchukuo'],
		['Harbin', HARBIN, '1969', "People's Republic of China"],
		['Kyzyl', KYZYL, '1930', "Tuvan People's Republic"],
		['Kyzyl', KYZYL, '1950', 'Soviet Union'],
		['Taipei', TAIPEI, '1955', 'Republic of China (Taiwan)'],
		['Taipei', TAIPEI, '1940', 'Taiwan (Formosa), under Japan'],
		['Moscow', MOSCOW, '1930', 'Soviet Union'],
		['Moscow', MOSCOW, '1920', 'Soviet Russia (RSFSR)'],
		['Vladivostok', VLADIVOSTOK, '1921', 'Far Eastern Republic'],
		['Urga (Ulaanbaatar)', URGA, '1925', "Mongolian People's Republic"]
	] as const)('%s in %s is in %s', (_, lngLat, date, name) => {
		expect(holders([...lngLat], date).map((s) => s.properties['name:en'])).toEqual([name]);
	});

	it("puts Taipei in Japan's empire in 1940 and Kyzyl in the Tuva colour in 1930", () => {
		expect(holders([...TAIPEI], '1940')[0].properties.control).toBe('japan');
		expect(holders([...KYZYL], '1930')[0].properties.control).toBe('tuva');
	});

	it('names every state in English, Chinese and Russian', () => {
		for (const s of states)
			for (const key of ['name:en', 'name:zh', 'name:ru'] as const)
				expect(s.properties[key], `${s.properties.id} ${key}`).toBeTruthy();
	});
});

/** Every date a reader can pick on the timeline's scale (each year), plus the chapters' dates. */
const CHAPTERS = readdirSync('src/content/chapters')
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(`src/content/chapters/${f}`, 'utf8')) as ChapterDates);
interface ChapterDates {
	date: string;
	until?: string;
}
const DATES: ChapterDates[] = [
	...Array.from({ length: 1991 - 1917 + 1 }, (_, i) => ({ date: String(1917 + i) })),
	...CHAPTERS.map(({ date, until }) => ({ date, until }))
];

/** The distinct sets of states on show over all those dates, each once. */
const SETS = [
	...new Map(
		DATES.map(({ date, until }) => {
			const set = onShow(date, until);
			return [set.map((s) => s.properties.id).join(' '), { date, until, set }] as const;
		})
	).values()
];

const boxesMeet = (a: number[], b: number[]) =>
	a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Area shared by two states, as a share of the smaller one; each pair is measured once. */
const shared = new Map<string, number>();
function overlapShare(a: State, b: State): number {
	const key = [a.properties.id, b.properties.id].sort().join(' ');
	let share = shared.get(key);
	if (share === undefined) {
		const both = boxesMeet(a.box, b.box) ? intersect(featureCollection([a, b])) : null;
		share = both ? area(both) / Math.min(area(a), area(b)) : 0;
		shared.set(key, share);
	}
	return share;
}

describe('states.geojson: the states of a date tile the map', () => {
	it(
		'never overlap by more than a sliver (under 1 % of the smaller state), at any date',
		{ timeout: 300_000 },
		() => {
			const overlaps: string[] = [];
			for (const { date, until, set } of SETS)
				for (let i = 0; i < set.length; i++)
					for (let j = i + 1; j < set.length; j++) {
						const share = overlapShare(set[i], set[j]);
						if (share >= 0.01)
							overlaps.push(
								`${date}${until ? `–${until}` : ''}: ${set[i].properties.id} and ${set[j].properties.id} share ${(share * 100).toFixed(1)} %`
							);
					}
			expect(overlaps).toEqual([]);
		}
	);

	it('leave no hole in the story’s core (land every 2° from 60°E to 145°E, 18°N to 56°N)', () => {
		const countries = [...loadCountries(0.01).values()];
		const land: [number, number][] = [];
		for (let lng = 60; lng <= 145; lng += 2)
			for (let lat = 18; lat <= 56; lat += 2)
				if (countries.some((c) => booleanPointInPolygon([lng, lat], c))) land.push([lng, lat]);
		// Which states hold each point, worked out once per state.
		const inside = new Map(
			states.map((s) => [
				s,
				new Set(
					land
						.filter(([x, y]) => x >= s.box[0] && x <= s.box[2] && y >= s.box[1] && y <= s.box[3])
						.filter((p) => booleanPointInPolygon(p, s))
						.map((p) => p.join(','))
				)
			])
		);
		const holes: string[] = [];
		for (const { date, until, set } of SETS)
			for (const p of land) {
				const key = p.join(',');
				const count = set.filter((s) => inside.get(s)!.has(key)).length;
				if (count === 0) holes.push(`${date}${until ? `–${until}` : ''}: no state at [${key}]`);
			}
		expect(holes.slice(0, 20)).toEqual([]);
	});
});
