/**
 * Draws geodata/regions.geojson and geodata/railways.geojson over the Natural Earth outlines as
 * an SVG, for a quick look at derived regions and railways (convert with headless Chromium).
 * Not part of the derivation.
 *
 *   npx tsx scripts/derive/preview.ts /tmp/preview.svg [west,south,east,north]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { loadCountries } from './natural-earth';

const [out = '/tmp/geodata-preview.svg', boxArg = '70,34,137,56'] = process.argv.slice(2);
const [W, S, E, N] = boxArg.split(',').map(Number);
const WIDTH = 1600;
const kx = Math.cos((((S + N) / 2) * Math.PI) / 180);
const scale = WIDTH / ((E - W) * kx);
const HEIGHT = Math.round((N - S) * scale);

const COLORS: Record<string, string> = {
	china: '#d94841',
	soviet: '#7b3294',
	russia: '#2b83ba',
	japan: '#1a9641',
	joint: '#fdae61',
	mongolia: '#3288bd',
	tuva: '#66c2a5',
	'east-turkestan': '#5e4fa2'
};

const xy = (p: Position) =>
	`${((p[0] - W) * kx * scale).toFixed(1)},${((N - p[1]) * scale).toFixed(1)}`;
const ringPath = (ring: Position[]) => `M${ring.map(xy).join('L')}Z`;
const linePath = (line: Position[]) => `M${line.map(xy).join('L')}`;

/** SVG path data for any polygonal or linear geometry. */
function pathData(g: Geometry): string {
	switch (g.type) {
		case 'Polygon':
			return g.coordinates.map(ringPath).join('');
		case 'MultiPolygon':
			return g.coordinates.flat().map(ringPath).join('');
		case 'LineString':
			return linePath(g.coordinates);
		case 'MultiLineString':
			return g.coordinates.map(linePath).join('');
		default:
			return '';
	}
}

const read = (name: string) =>
	JSON.parse(
		readFileSync(fileURLToPath(new URL(`../../geodata/${name}`, import.meta.url)), 'utf8')
	) as FeatureCollection<Geometry, Record<string, string>>;

const countries = [...loadCountries(0.02).values()]
	.map((c) => `<path d="${pathData(c.geometry)}" fill="#f4f1ea" stroke="#999" stroke-width="0.6"/>`)
	.join('\n');
const regionSvg = (f: Feature<Geometry, Record<string, string>>) =>
	`<path d="${pathData(f.geometry)}" fill="${COLORS[f.properties.control] ?? '#888'}" fill-opacity="0.18" stroke="${COLORS[f.properties.control] ?? '#888'}" stroke-width="1"><title>${f.properties.id}</title></path>`;
const railSvg = (f: Feature<Geometry, Record<string, string>>) =>
	`<path d="${pathData(f.geometry)}" fill="none" stroke="${COLORS[f.properties.control] ?? '#333'}" stroke-width="2"/>`;
const dots = (f: Feature<Geometry, Record<string, string>>) =>
	(f.geometry.type === 'LineString'
		? [f.geometry.coordinates]
		: f.geometry.type === 'MultiLineString'
			? f.geometry.coordinates
			: []
	)
		.flat()
		.map(
			(p) => `<circle cx="${xy(p).split(',')[0]}" cy="${xy(p).split(',')[1]}" r="2" fill="#000"/>`
		)
		.join('');

const regions = read('regions.geojson').features;
const railways = read('railways.geojson').features;
// Latest period of each line only, so overlapping periods do not hide each other.
const current = railways.filter((f) => !f.properties.end_date);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="100%" height="100%" fill="#cfe3f2"/>
${countries}
${regions.map(regionSvg).join('\n')}
${[...railways.filter((f) => f.properties.end_date), ...current].map(railSvg).join('\n')}
${railways.map(dots).join('\n')}
</svg>`;
writeFileSync(out, svg);
console.log(`${out}: ${WIDTH}×${HEIGHT}`);
