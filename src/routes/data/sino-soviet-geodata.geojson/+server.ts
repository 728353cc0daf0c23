/**
 * `/data/sino-soviet-geodata.geojson`: the whole data set (every feature of `geodata/`, with its
 * sources and texts), one GeoJSON FeatureCollection carrying our licence (CC BY-SA 4.0) and
 * attribution as top-level members, and the data version.
 */
import { wholeDataSet } from '$lib/server/published';

export const prerender = true;

export async function GET() {
	return new Response(JSON.stringify(await wholeDataSet()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
