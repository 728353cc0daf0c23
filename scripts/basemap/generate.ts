/**
 * What the basemap build writes, without writing it: the land files (GSHHG land of the world +
 * today's Natural Earth borders) and the water files (rivers, lakes, names), each at the base and
 * the detail level. Shared by build.ts and the freshness test. Needs GMT.
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
		[FILES.land]: collection([landFeature(data, DETAIL.base), borders]),
		[FILES.water]: collection(waterFeatures(data, facts, named, DETAIL.base)),
		[FILES.landDetail]: collection([landFeature(data, DETAIL.detail), borders]),
		[FILES.waterDetail]: collection(waterFeatures(data, facts, named, DETAIL.detail))
	} as Record<(typeof FILES)[keyof typeof FILES], FeatureCollection>;
}
