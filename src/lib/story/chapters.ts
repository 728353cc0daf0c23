/**
 * The chapters and references from `src/content/`, in story order (by the `NN-` file prefix).
 * They are validated on the server, not here: the build runs the loader (`$lib/server/load.ts`)
 * before bundling and again in the prerendered `/data/story.json` route, so an invalid chapter
 * fails the build and the validator never ships to browsers.
 */
import references from '../../content/references.json';
import type { Chapter, Reference } from './types';

const files = import.meta.glob<Chapter>('../../content/chapters/*.json', {
	eager: true,
	import: 'default'
});

export const chapters: readonly Chapter[] = Object.keys(files)
	.sort()
	.map((path) => files[path]);
export const referencesById: ReadonlyMap<string, Reference> = new Map(
	(references as Reference[]).map((r) => [r.id, r])
);
export const chapterIds: readonly string[] = chapters.map((c) => c.id);
