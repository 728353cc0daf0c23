/**
 * What the site publishes from the validated data, computed once per build: the bytes of
 * `/data/story.json`, the data version derived from them, and the whole data set as one GeoJSON
 * file with its licence (`/data/sino-soviet-geodata.geojson`).
 */
import { createHash } from 'node:crypto';
import { encodePayload, splitCards } from '../geodata/payload';
import { LAYER_IDS, KIND_TO_LAYER } from '../geodata/types';
import { DATA_LICENCE } from '../history/licence';
import { formatLoadReport, loadStory, type LoadedStory } from './load';

let loaded: Promise<LoadedStory> | null = null;

/** The validated story, loaded once for all the data routes of a build; throws when invalid. */
async function story(): Promise<LoadedStory & { payload: NonNullable<LoadedStory['payload']> }> {
	loaded ??= loadStory('.');
	const s = await loaded;
	if (!s.payload) throw new Error(`Invalid geodata or content:\n${formatLoadReport(s)}`);
	return s as LoadedStory & { payload: NonNullable<LoadedStory['payload']> };
}

/** The exact text `/data/story.json` serves. */
export async function storyJsonText(): Promise<string> {
	const { payload } = await story();
	return JSON.stringify(encodePayload(splitCards(payload).payload));
}

/**
 * The data version: the first 8 hex digits of the SHA-256 of a published text (the served bytes
 * of `/data/story.json`, so any change to what the map draws changes it).
 * @example dataVersion('{}') // '44136fa3'
 */
export function dataVersion(text: string): { version: string; sha256: string } {
	const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
	return { version: sha256.slice(0, 8), sha256 };
}

/**
 * Every feature of `geodata/`, as validated (full geometry, all properties, sources and texts),
 * with its layer group, in one FeatureCollection that carries our licence and the data version.
 * `attribution` names what the data leans on; the site's address is not known at build time, so
 * the file points to the credits page by its path.
 */
export async function wholeDataSet(): Promise<Record<string, unknown>> {
	const s = await story();
	const { version, sha256 } = dataVersion(await storyJsonText());
	const order = (layer: string) => LAYER_IDS.indexOf(layer as (typeof LAYER_IDS)[number]);
	const features = [...s.features.values()]
		.map((f) => ({
			type: 'Feature' as const,
			geometry: f.geometry,
			properties: { ...f.properties, layer: KIND_TO_LAYER[f.properties.kind] }
		}))
		.sort(
			(a, b) =>
				order(a.properties.layer) - order(b.properties.layer) ||
				a.properties.id.localeCompare(b.properties.id)
		);
	return {
		type: 'FeatureCollection',
		name: 'Neighbours and Rivals: Sino-Soviet relations, 1917–1991 — all historical layers',
		license: DATA_LICENCE,
		attribution:
			`Neighbours and Rivals contributors, ${DATA_LICENCE}. ` +
			'Facts checked against the English Wikipedia article “Sino-Soviet relations” (CC BY-SA 4.0); ' +
			'some town and station coordinates from GeoNames (CC BY 4.0); ' +
			'modern borders from Natural Earth (public domain). Full credits: /credits on the site.',
		data_version: version,
		data_version_sha256: sha256,
		features
	};
}
