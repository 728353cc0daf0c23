/** Types for the one function used from `topojson-server` (the package ships none). */
declare module 'topojson-server' {
	import type { GeoJsonObject } from 'geojson';
	import type { Topology } from 'topojson-specification';

	/**
	 * A topology of the named GeoJSON objects: every edge they share stored once as an arc;
	 * with `quantization`, coordinates are snapped to a grid of that many steps and
	 * delta-encoded.
	 */
	export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology;
}
