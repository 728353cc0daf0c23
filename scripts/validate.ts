/**
 * `npm run validate [project-dir]` (and a step of `npm run build`): loads and checks every
 * geodata layer, chapter and translation through the one loader (`src/lib/server/load.ts`) and
 * prints every problem at once, one line each (`file › feature: message`), with no stack trace,
 * then exits 1. The prerendered /data/story.json route runs the same loader again, so nothing
 * invalid can reach a reader even if this step is skipped.
 */
import { formatLoadReport, loadStory } from '../src/lib/server/load';

/** Optional argument: the project folder to check (tests point it at a broken copy). */
const root = process.argv[2] ?? '.';
const story = await loadStory(root);

if (story.problems.length) {
	console.error(`Invalid data or content — fix these and build again:\n${formatLoadReport(story)}`);
	process.exit(1);
}
console.log(
	`valid: ${story.features.size} features in geodata/, ${story.chapters.length} chapters (with ${Object.keys(story.translations).join(' and ')} translations)`
);
