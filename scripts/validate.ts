/**
 * `npm run validate [project-dir]` (and the first step of `npm run build`): checks every geodata file,
 * every chapter and every chapter translation, and prints all problems at once as `file › feature: message` lines — no stack
 * trace — then exits 1. The prerendered /data/story.json route runs the same checks again, so
 * nothing invalid can reach a reader even if this step is skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, readGeodataDir, validateGeodata } from '../src/lib/geodata/validate';
import { formatContentProblems, validateChapters } from '../src/lib/story/validate';
import { validateTranslations } from '../src/lib/story/translations';

/** Optional argument: the project folder to check (tests point it at a broken copy). */
const root = process.argv[2] ?? '.';
const CHAPTERS = join(root, 'src/content/chapters');
const lines: string[] = [];

const geodata = validateGeodata(await readGeodataDir(join(root, 'geodata')));
if (geodata.problems.length) lines.push(formatProblems(geodata.problems));

const files: Record<string, unknown> = {};
for (const name of readdirSync(CHAPTERS).filter((f) => f.endsWith('.json'))) {
	try {
		files[join(CHAPTERS, name)] = JSON.parse(readFileSync(join(CHAPTERS, name), 'utf8'));
	} catch (error) {
		lines.push(`${name}: not valid JSON (${(error as Error).message})`);
	}
}
let references: unknown = null;
try {
	references = JSON.parse(readFileSync(join(root, 'src/content/references.json'), 'utf8'));
} catch (error) {
	lines.push(`references.json: not valid JSON (${(error as Error).message})`);
}
const content = validateChapters(files, references, geodata.features);
if (content.problems.length) lines.push(formatContentProblems(content.problems));

for (const lang of ['zh', 'ru']) {
	const dir = join(CHAPTERS, 'i18n', lang);
	const texts: Record<string, unknown> = {};
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		try {
			texts[join(dir, name)] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
		} catch (error) {
			lines.push(`i18n/${lang}/${name}: not valid JSON (${(error as Error).message})`);
		}
	}
	const translation = validateTranslations(texts, content.chapters, lang);
	if (translation.problems.length) lines.push(formatContentProblems(translation.problems));
}

if (lines.length) {
	console.error(`Invalid data or content — fix these and build again:\n${lines.join('\n')}`);
	process.exit(1);
}
console.log(
	`valid: ${geodata.features.size} features in geodata/, ${content.chapters.length} chapters in ${CHAPTERS}/ (with zh and ru translations)`
);
