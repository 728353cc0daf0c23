/**
 * What the basemap build writes, without writing it: the land files (GSHHG land of the world;
 * the detail file also today's Natural Earth borders) and the water files (rivers, lakes, names),
 * each at the base and the detail level. Shared by build.ts and the freshness test. Needs GMT.
 *
 * Today's borders are only drawn when a view hides the states of its date, which no chapter
 * does: they travel in the detail file (17 KB gzip the first screen does not need), which the
 * map fetches at once when a link asks for a view without states.
 */
import type { FeatureCollection } from 'geojson';
import { DETAIL, FILES, NATURAL_EARTH, WORLD } from './config';
import { landFeature, readGshhg, traceRivers, waterFeatures } from './gshhg';
import { borderLines, feature, loadTopology, simplifiedTopology } from './natural-earth';
import { loadWaterFacts, WATER_FACTS } from './water-facts';
import { collection } from './write';

/** Today's borders reach as far as the land: the whole world (coarse outside the data extent). */
export const BORDER_EXTENT = WORLD;

export async function generateBasemap(
	paths = { facts: WATER_FACTS, naturalEarth: NATURAL_EARTH }
): Promise<Record<(typeof FILES)[keyof typeof FILES], FeatureCollection>> {
	const facts = await loadWaterFacts(paths.facts);
	const data = readGshhg();
	const named = traceRivers(data, facts);
	const topology = simplifiedTopology(loadTopology(paths.naturalEarth));
	const borders = feature(borderLines(topology, BORDER_EXTENT), { layer: 'border' });
	return {
		[FILES.land]: collection([landFeature(data, DETAIL.base)]),
		[FILES.water]: collection(waterFeatures(data, facts, named, DETAIL.base)),
		[FILES.landDetail]: collection([landFeature(data, DETAIL.detail), borders]),
		[FILES.waterDetail]: collection(waterFeatures(data, facts, named, DETAIL.detail))
	} as Record<(typeof FILES)[keyof typeof FILES], FeatureCollection>;
}
