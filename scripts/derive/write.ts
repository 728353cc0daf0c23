/**
 * Deterministic GeoJSON text: properties pretty-printed (one per line, so a changed date or
 * source is a one-line diff), each geometry compact on one line (coordinates are the bulk of
 * the bytes). Same input, same bytes: the CI can rebuild and compare.
 */
import type { Feature, Geometry } from 'geojson';

/** One feature as indented text, tabs like the rest of the repo. */
function featureText(f: Feature<Geometry, object>): string {
	const props = JSON.stringify(f.properties, null, '\t').replace(/\n/g, '\n\t\t');
	return [
		'\t\t{',
		'\t\t\t"type": "Feature",',
		`\t\t\t"properties": ${props.replace(/\n/g, '\n\t')},`,
		`\t\t\t"geometry": ${JSON.stringify(f.geometry)}`,
		'\t\t}'
	].join('\n');
}

/** The whole FeatureCollection, newline-terminated. */
export function collectionText(features: Feature<Geometry, object>[]): string {
	return [
		'{',
		'\t"type": "FeatureCollection",',
		'\t"features": [',
		features.map(featureText).join(',\n'),
		'\t]',
		'}',
		''
	].join('\n');
}
