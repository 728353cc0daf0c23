/**
 * `npm run validate [project-dir]` (and the first step of `npm run build`): checks the facts in
 * `geodata/facts/` and that every file derived from them is fresh, then loads and checks every
 * geodata layer, chapter and translation through the one loader (`src/lib/server/load.ts`).
 * Prints every problem at once, one line each (`file › feature: message`), with no stack trace,
 * and exits 1. The prerendered /data/story.json route runs the same loader again, so nothing
 * invalid can reach a reader even if this step is skipped.
 */
import { deriveAll, staleFiles } from './derive/all';
import { formatLoadReport, loadStory } from '../src/lib/server/load';

/** Optional argument: the project folder to check (tests point it at a broken copy). */
const root = process.argv[2] ?? '.';
const [derived, story] = await Promise.all([deriveAll(root), loadStory(root)]);
const stale = derived.problems.length ? [] : await staleFiles(root, derived.files);

const lines = [
	...derived.problems,
	...stale.map(
		(path) => `${path}: stale — run \`npm run data\` to regenerate it from geodata/facts/`
	),
	...(story.problems.length ? [formatLoadReport(story)] : [])
];
if (lines.length) {
	console.error(`Invalid data or content — fix these and build again:\n${lines.join('\n')}`);
	process.exit(1);
}
console.log(
	`valid: ${story.features.size} features in geodata/ (fresh from geodata/facts/), ${story.chapters.length} chapters (with ${Object.keys(story.translations).join(' and ')} translations)`
);
