/**
 * The Chinese and Russian story names things as the map does, in the terms of docs/glossary.md.
 *
 * 1. Every feature a chapter shows (its focus and its steps' focus, and every feature of a layer
 *    it turns on that exists between its first and last date, which the map runs through as the
 *    reader scrolls its steps) has a Chinese and a Russian name, so no English label, card
 *    title or "On the map" button appears in a translated story.
 * 2. Every row of the glossary that lists map features: each of those features' `name:zh` and
 *    `name:ru` uses a form of the row's term.
 * 3. In every chapter where the English text uses a row's English term (for rows with map
 *    features: chapters that focus on one of them, in their own view or a step), the Chinese and Russian texts use a form of
 *    the row's term too, so the chapter and the map call the thing by the same name.
 *
 * Reads the files as committed (geodata/*.geojson, src/content/chapters/, docs/glossary.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateWindow } from '../../../src/lib/map/time';
import { dateToDecimalYear } from '../../../src/lib/geodata/dates';
import { KIND_TO_LAYER, type Kind } from '../../../src/lib/geodata/types';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type Props = Record<string, unknown> & { id: string; kind: Kind; start_date: string };
const features = new Map<string, Props>();
for (const file of readdirSync(join(root, 'geodata')).filter((f) => f.endsWith('.geojson')))
	for (const f of JSON.parse(read(`geodata/${file}`)).features as { properties: Props }[])
		features.set(f.properties.id, f.properties);

interface Chapter {
	id: string;
	title: string;
	date: string;
	until?: string;
	layers: string[];
	focus: string[];
	body: string[];
	steps?: { date: string; until?: string; focus?: string[] }[];
}
/** Everything a chapter focuses on, in its own view or in one of its steps. */
const focusOf = (c: Chapter) => [...new Set([c, ...(c.steps ?? [])].flatMap((v) => v.focus ?? []))];
const chapterFiles = readdirSync(join(root, 'src/content/chapters')).filter((f) =>
	f.endsWith('.json')
);
const chapters = chapterFiles.map((file) => ({
	file,
	en: JSON.parse(read(`src/content/chapters/${file}`)) as Chapter,
	zh: JSON.parse(read(`src/content/chapters/i18n/zh/${file}`)) as Chapter,
	ru: JSON.parse(read(`src/content/chapters/i18n/ru/${file}`)) as Chapter
}));

/**
 * The features a chapter shows: its focus and what its layers hold in its window, or, with steps,
 * anywhere from its earliest to its latest view (the map's date moves through them all).
 */
function shownBy(chapter: Chapter): Props[] {
	const windows = [chapter, ...(chapter.steps ?? [])].map((v) => dateWindow(v.date, v.until));
	const from = Math.min(...windows.map(([start]) => start));
	const to = Math.max(...windows.map(([, end]) => end));
	const live = (p: Props) =>
		dateToDecimalYear(p.start_date, 'start') < to &&
		(p.end_date ? dateToDecimalYear(p.end_date as string, 'end') : Infinity) > from;
	const shown = [...features.values()].filter(
		(p) => chapter.layers.includes(KIND_TO_LAYER[p.kind]) && live(p)
	);
	const focus = focusOf(chapter).map((id) => features.get(id) ?? ({ id } as Props));
	return [...new Map([...focus, ...shown].map((p) => [p.id, p])).values()];
}

// ---- the glossary ----------------------------------------------------------------------

interface Term {
	en: string[];
	zh: string[];
	ru: string[];
	ids: string[];
	line: number;
}

/** The rows of the table under "## Terms" in docs/glossary.md. */
function glossary(): Term[] {
	const lines = read('docs/glossary.md').split('\n');
	const start = lines.findIndex((l) => l.trim() === '## Terms');
	const terms: Term[] = [];
	for (let i = start + 1; i < lines.length && !lines[i].startsWith('## '); i++) {
		const cells = lines[i].split('|').map((c) => c.trim());
		if (cells.length < 6 || /^-+$/.test(cells[1]) || cells[1] === 'English') continue;
		const forms = (cell: string) => cell.split(' / ').filter(Boolean);
		terms.push({
			en: forms(cells[1]),
			zh: forms(cells[2]),
			ru: forms(cells[3]),
			ids: [...cells[4].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
			line: i + 1
		});
	}
	return terms;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const straight = (s: string) => s.replace(/[’‘]/g, "'");

/** An English form, as a whole word or phrase, any case. */
const enPattern = (form: string) =>
	new RegExp(`(?<![\\p{L}])${escape(straight(form))}(?![\\p{L}])`, 'iu');

/**
 * A Russian form matching its inflected forms: each word of four letters or more loses up to two
 * final vowels (or й, ь) and takes up to four letters in their place, so Даманский matches
 * Даманском and Урга Ургу. The first letter's case is free (a name may open a sentence); every
 * other capital must be as written (Республика, not республика).
 */
function ruPattern(form: string): RegExp {
	const words = form.split(/\s+/).map((token) => {
		const [, word, tail] = token.match(/^(.*?)([^\p{L}]*)$/u)!;
		let stem = word;
		for (let k = 0; k < 2 && stem.length > 3 && /[аеёиоуыэюяйь]$/.test(stem); k++)
			stem = stem.slice(0, -1);
		const ending = stem.length < word.length || stem.length >= 4 ? '[а-яё]{0,4}' : '';
		return escape(stem) + ending + escape(tail);
	});
	const first = form[0];
	const pattern = words.join('\\s+').slice(escape(first).length);
	return new RegExp(`[${first.toLowerCase()}${first.toUpperCase()}]${pattern}`, 'u');
}

const uses = (lang: 'zh' | 'ru', text: string, forms: string[]) =>
	forms.some((f) => (lang === 'zh' ? text.includes(f) : ruPattern(f).test(text)));

const textOf = (c: Chapter) => straight([c.title, ...c.body].join('\n'));

// ---- the checks --------------------------------------------------------------------------

describe('what a chapter shows has Chinese and Russian names', () => {
	it.each(chapters.map((c) => [c.file, c] as const))('%s', (_, { en }) => {
		const missing = shownBy(en).flatMap((p) =>
			(['name:zh', 'name:ru'] as const)
				.filter((key) => typeof p[key] !== 'string' || (p[key] as string).trim() === '')
				.map((key) => `${p.id}: ${key} is missing`)
		);
		expect(missing).toEqual([]);
	});
});

describe('docs/glossary.md', () => {
	const terms = glossary();

	it('holds the terms table', () => {
		expect(terms.length).toBeGreaterThan(40);
		for (const t of terms) expect([t.en, t.zh, t.ru].every((f) => f.length > 0)).toBe(true);
	});

	it('matches Russian forms as documented', () => {
		expect(ruPattern('Даманский').test('на острове Даманском')).toBe(true);
		expect(ruPattern('Урга').test('взяла Ургу')).toBe(true);
		expect(
			ruPattern('Восточно-Туркестанская Республика').test('Восточно-Туркестанской Республики')
		).toBe(true);
		expect(
			ruPattern('Восточно-Туркестанская Республика').test('Восточно-Туркестанская республика')
		).toBe(false);
		expect(ruPattern('Маньчжоули').test('станция Маньчжурия')).toBe(false);
	});

	it('names the map features it lists with its terms', () => {
		const problems = terms.flatMap((t) =>
			t.ids.flatMap((id) => {
				const p = features.get(id);
				if (!p) return [`glossary line ${t.line}: no feature "${id}" in geodata/`];
				// A place's names of their time count too (Порт-Артур until 1955, then Люйшунь).
				const names = (lang: 'zh' | 'ru') => [
					String(p[`name:${lang}`] ?? ''),
					...((p.names ?? []) as Record<string, string>[]).map((n) => n[`name:${lang}`])
				];
				return (['zh', 'ru'] as const)
					.filter((lang) => !names(lang).some((name) => uses(lang, name, t[lang])))
					.map(
						(lang) =>
							`${id}: name:${lang} "${p[`name:${lang}`] ?? ''}" does not use "${t[lang].join('" or "')}" (glossary line ${t.line})`
					);
			})
		);
		expect(problems).toEqual([]);
	});

	it.each(chapters.map((c) => [c.file, c] as const))(
		'%s: the translations use the terms the English does',
		(_, { en, zh, ru }) => {
			const problems = terms
				.filter((t) => t.ids.length === 0 || t.ids.some((id) => focusOf(en).includes(id)))
				.filter((t) => t.en.some((form) => enPattern(form).test(textOf(en))))
				.flatMap((t) =>
					(['zh', 'ru'] as const)
						.filter((lang) => !uses(lang, textOf(lang === 'zh' ? zh : ru), t[lang]))
						.map(
							(lang) =>
								`${lang}: "${t.en[0]}" is not written "${t[lang].join('" or "')}" (glossary line ${t.line})`
						)
				);
			expect(problems).toEqual([]);
		}
	);
});
