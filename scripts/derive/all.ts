/**
 * Every derivation from `geodata/facts/`, in one call: the point layers, the regions and
 * railways, the states, and the schema files. Returns file texts by repo-relative path and writes nothing
 * (`scripts/data.ts` writes; the freshness test compares).
 */
import { derivePoints } from './points';
import { deriveRegionsRailways } from './regions-railways';
import { deriveSchemaFiles } from './schema-files';
import { deriveStates } from './states';

export interface Derived {
	files: Record<string, string>;
	problems: string[];
}

export async function deriveAll(root: string): Promise<Derived> {
	const parts = await Promise.all([
		derivePoints(root),
		deriveRegionsRailways(root),
		deriveStates(root),
		deriveSchemaFiles()
	]);
	return {
		files: Object.assign({}, ...parts.map((p) => p.files)),
		problems: parts.flatMap((p) => p.problems)
	};
}

/** The derived files whose committed bytes under `root` differ from `files` (or are missing). */
export async function staleFiles(root: string, files: Record<string, string>): Promise<string[]> {
	const { readFile } = await import('node:fs/promises');
	const { join } = await import('node:path');
	const stale: string[] = [];
	for (const [path, text] of Object.entries(files))
		if ((await readFile(join(root, path), 'utf8').catch(() => null)) !== text) stale.push(path);
	return stale;
}
