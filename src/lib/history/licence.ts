/**
 * Our licences and the credit every exported file carries. Sources are named in words; no
 * third-party address is written in the code (the /credits page names each one).
 */

/** Who the work is by: the team, not invented people. */
export const AUTHOR = 'Neighbours and Rivals team';
/** The holder named in LICENSE (the code, MIT). */
export const CODE_HOLDER = 'The Neighbours and Rivals contributors';
export const CODE_LICENCE = 'MIT';
/** Our own geodata and text: the licence of the Wikipedia article the facts were checked against. */
export const DATA_LICENCE = 'CC BY-SA 4.0';
/** The work's title, as a citation gives it. */
export const WORK_TITLE = 'Neighbours and Rivals: Sino-Soviet Relations, 1917–1991';
/** The prerendered file of the whole data set, under the site root. */
export const WHOLE_DATA_PATH = 'data/sino-soviet-geodata.geojson';
/** The data version (a hash of `/data/story.json`), under the site root. */
export const DATA_VERSION_PATH = 'data/version.json';

/**
 * The attribution an exported file carries: us, the sources our data leans on under their own
 * terms, and where the full credits are.
 * @example attribution('https://example.org/') // 'Neighbours and Rivals contributors (https://example.org/) … https://example.org/credits'
 */
export function attribution(siteUrl: string): string {
	return (
		`${CODE_HOLDER.replace(/^The /, '')} (${siteUrl}), ${DATA_LICENCE}. ` +
		'Facts checked against the English Wikipedia article “Sino-Soviet relations” (CC BY-SA 4.0); ' +
		'some town and station coordinates from GeoNames (CC BY 4.0); ' +
		'modern borders from Natural Earth (public domain). ' +
		`Full credits: ${new URL('credits', siteUrl).href}`
	);
}
