/**
 * The content security policy as an HTTP header, for a host that serves `build/` and wants to
 * send it (README, "Content security policy"). SvelteKit writes the policy into each prerendered
 * page as a `<meta>`; the pages differ only in the hash of their inline bootstrap script, so one
 * header for the whole site is the same policy with every page's hashes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The policy of each built page, by path under `dir`. */
export function pagePolicies(dir = 'build'): Map<string, string> {
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.html')
	);
	return new Map(
		pages.map((page) => {
			const html = readFileSync(join(dir, page), 'utf8');
			const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
			if (!meta) throw new Error(`${page} has no content security policy <meta>`);
			return [page, meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"')];
		})
	);
}

/** One policy for every page under `dir`: each directive with the sources of all pages. */
export function headerPolicy(dir = 'build'): string {
	const merged = new Map<string, string[]>();
	for (const policy of pagePolicies(dir).values()) {
		for (const directive of policy.split(';')) {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name) continue;
			const all = merged.get(name) ?? [];
			for (const source of sources) if (!all.includes(source)) all.push(source);
			merged.set(name, all);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
