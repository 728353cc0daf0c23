/**
 * Loads the chapters and references from `src/content/` at build time and validates them.
 * A bad chapter throws here, which fails the prerender — so it never reaches a reader.
 */
import references from '../../content/references.json';
import type { Chapter, Reference } from './types';
import { formatContentProblems, validateChapters } from './validate';

const files = import.meta.glob('../../content/chapters/*.json', { eager: true, import: 'default' });

function load(): { chapters: Chapter[]; references: Reference[] } {
	const { chapters, problems } = validateChapters(files, references);
	if (problems.length) {
		throw new Error(`Invalid story content:\n${formatContentProblems(problems)}`);
	}
	return { chapters, references: references as Reference[] };
}

const content = load();
export const chapters: readonly Chapter[] = content.chapters;
export const referencesById: ReadonlyMap<string, Reference> = new Map(
	content.references.map((r) => [r.id, r])
);
export const chapterIds: readonly string[] = chapters.map((c) => c.id);
