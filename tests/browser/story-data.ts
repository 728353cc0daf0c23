/** The real chapters, read the way the build reads them, for browser assertions. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Chapter } from '../../src/lib/story/types';

const dir = join(process.cwd(), 'src/content/chapters');
export const chapters: Chapter[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

/** A paragraph as plain text, the way it reads on the page (citation marks become numbers). */
export const plain = (paragraph: string) => paragraph.replace(/\s*\[@[^\]]+\]/g, '');
