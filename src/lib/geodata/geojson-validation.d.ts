/**
 * Types for the parts of `geojson-validation` (no bundled types) that the validator uses.
 * With `trace = true` every check returns its list of problems, empty when the value is valid.
 */
declare module 'geojson-validation' {
	interface GeoJSONValidation {
		isFeature(value: unknown, trace: true): string[];
		isFeatureCollection(value: unknown, trace: true): string[];
		isGeometryObject(value: unknown, trace: true): string[];
	}
	const gjv: GeoJSONValidation;
	export = gjv;
}
