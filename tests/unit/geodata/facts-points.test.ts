/**
 * The point fact files (`geodata/facts/{places,events,clashes,movements}.yaml`) and what
 * `derivePoints` makes of them: the repository's facts derive to exactly the committed files, a
 * mistake in a copy is one problem naming its file and row, and an edit reaches the GeoJSON.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { derivePoints } from '../../../scripts/derive/points';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FACTS = 'geodata/facts';
const FACT_FILES = [
	'citations.yaml',
	'places.yaml',
	'events.yaml',
	'clashes.yaml',
	'movements.yaml'
];
const OUTPUTS = [
	'geodata/clashes.geojson',
	'geodata/events.geojson',
	'geodata/places.geojson',
	'geodata/movements.geojson',
	'docs/geodata-points.md'
];

/** Replace `from` by `to` in the row `row` of a fact file (the text from its `- id:` line). */
interface Edit {
	file: string;
	row: string;
	from: string;
	to: string;
}

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Applies one edit; fails the test unless `from` occurs exactly once in that row. */
function editRow(text: string, { file, row, from, to }: Edit): string {
	const start = text.indexOf(`- id: ${row}\n`);
	expect(start, `row ${row} in ${file}`).toBeGreaterThanOrEqual(0);
	const next = text.indexOf('\n- id: ', start + 1);
	const end = next === -1 ? text.length : next;
	const block = text.slice(start, end);
	expect(block.split(from).length - 1, `${JSON.stringify(from)} once in ${row}`).toBe(1);
	return text.slice(0, start) + block.replace(from, to) + text.slice(end);
}

/** A temp project root holding copies of the fact files, with the edits applied. */
function createFacts(...edits: Edit[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'facts-points-'));
	dirs.push(dir);
	cpSync(join(ROOT, FACTS), join(dir, FACTS), { recursive: true });
	for (const edit of edits) {
		const path = join(dir, FACTS, edit.file);
		writeFileSync(path, editRow(readFileSync(path, 'utf8'), edit));
	}
	return dir;
}

const committed = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the point facts of the repository', () => {
	it('derive without problems to exactly the committed files', { timeout: 30_000 }, async () => {
		const { files, problems } = await derivePoints(ROOT);
		expect(problems).toEqual([]);
		expect(Object.keys(files).sort()).toEqual([...OUTPUTS].sort());
		for (const path of OUTPUTS) expect(files[path], path).toBe(committed(path));
	});

	it('are all in geodata/facts', () => {
		for (const file of FACT_FILES)
			expect(committed(`${FACTS}/${file}`).length, file).toBeGreaterThan(0);
	});
});

describe('a mistake in a fact file', () => {
	const cases: [string, Edit, string][] = [
		[
			'a date that does not exist',
			{
				file: 'events.yaml',
				row: 'mpr-proclaimed-1924',
				from: "start: '1924-11-26'",
				to: "start: '1924-11-31'"
			},
			'facts/events.yaml › mpr-proclaimed-1924: start "1924-11-31" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD'
		],
		[
			'an end before the start',
			{
				file: 'clashes.yaml',
				row: 'zhenbao-island-1969-03-15',
				from: "end: '1969-03-17'",
				to: "end: '1969-03-01'"
			},
			'facts/clashes.yaml › zhenbao-island-1969-03-15: end 1969-03-01 is before start 1969-03-15'
		],
		[
			'an unknown place',
			{
				file: 'events.yaml',
				row: 'mpr-proclaimed-1924',
				from: 'place: ulaanbaatar',
				to: 'place: ulaanbatar'
			},
			'facts/events.yaml › mpr-proclaimed-1924: place "ulaanbatar" is not an id in places.yaml; did you mean "ulaanbaatar"?'
		],
		[
			'an unknown town on a movement path',
			{
				file: 'movements.yaml',
				row: 'pla-yangtze-crossing-1949',
				from: '- nanjing',
				to: '- nanking'
			},
			'facts/movements.yaml › pla-yangtze-crossing-1949: path[4] "nanking" is not an id in places.yaml; did you mean "nanjing"?'
		],
		[
			'an unknown citation key',
			{
				file: 'events.yaml',
				row: 'mpr-proclaimed-1924',
				from: '- story-article',
				to: '- story-artcle'
			},
			'facts/events.yaml › mpr-proclaimed-1924: sources[0] "story-artcle" is not a key of citations.yaml; did you mean "story-article"?'
		],
		[
			'a misspelt key',
			{ file: 'places.yaml', row: 'harbin', from: 'precision: exact', to: 'precison: exact' },
			'facts/places.yaml › harbin: unknown property "precison"; did you mean "precision"?'
		],
		[
			'a misspelt key of a path anchor',
			{
				file: 'movements.yaml',
				row: 'transbaikal-front-1945',
				from: 'at_source:',
				to: 'at_sorce:'
			},
			'facts/movements.yaml › transbaikal-front-1945: path[0] unknown property "at_sorce"; did you mean "at_source"?'
		],
		[
			'a misspelt position key of an event',
			{
				file: 'events.yaml',
				row: 'nixon-visit-1972',
				from: 'place: beijing',
				to: 'plase: beijing'
			},
			'facts/events.yaml › nixon-visit-1972: unknown property "plase"; did you mean "place"?'
		],
		[
			'a name missing in a language places need',
			{ file: 'places.yaml', row: 'harbin', from: ', zh: 哈尔滨', to: '' },
			'facts/places.yaml › harbin: name.zh is missing'
		],
		[
			'a row without an id, named by its number',
			{
				file: 'events.yaml',
				row: 'mpr-proclaimed-1924',
				from: '- id: mpr-proclaimed-1924',
				to: '- Id: mpr-proclaimed-1924'
			},
			'facts/events.yaml › #5: unknown property "Id"; did you mean "id"?'
		],
		[
			'names of their time that overlap',
			{
				file: 'places.yaml',
				row: 'almaty',
				from: "start: '1921-03-14'",
				to: "start: '1921-01'"
			},
			'facts/places.yaml › almaty: names[1].start 1921-01 overlaps the name before it (until 1921-03-13); names follow one another in date order'
		],
		[
			'a name of its time without a source',
			{
				file: 'places.yaml',
				row: 'urumqi',
				from: "      source: >-\n        Wikipedia (en), 'Ürümqi': formerly Dihua (Tihwa); the name Ürümqi restored on 1 February 1954\n",
				to: ''
			},
			'facts/places.yaml › urumqi: names[0].source is missing'
		],
		[
			'a name of its time before the place',
			{
				file: 'places.yaml',
				row: 'dandong',
				from: "end: '1965-01-19'",
				to: "start: '1900'\n      end: '1965-01-19'"
			},
			"facts/places.yaml › dandong: names[0].start 1900 is before the place's start 1917"
		]
	];

	it.each(cases)('is one problem naming file and row: %s', async (_what, edit, problem) => {
		const { files, problems } = await derivePoints(createFacts(edit));
		expect(problems).toEqual([problem]);
		expect(files, 'nothing is derived from facts with problems').toEqual({});
	});

	it('is reported together with every other, in file and row order', async () => {
		const { problems } = await derivePoints(
			createFacts(
				{
					file: 'movements.yaml',
					row: 'cpv-yalu-crossing-1950',
					from: '- dandong',
					to: '- andong'
				},
				{ file: 'events.yaml', row: 'stalin-death-1953', from: "'1953-03-05'", to: "'1953-02-30'" },
				{ file: 'places.yaml', row: 'chita', from: 'rank: 2', to: 'rank: 5' },
				{ file: 'events.yaml', row: 'canton-coup-1926', from: 'at_source:', to: 'at_sorce:' }
			)
		);
		expect(problems).toEqual([
			'facts/places.yaml › chita: rank 5 is not 1, 2 or 3',
			'facts/events.yaml › canton-coup-1926: unknown property "at_sorce"; did you mean "at_source"?',
			'facts/events.yaml › stalin-death-1953: start "1953-02-30" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD',
			'facts/movements.yaml › cpv-yalu-crossing-1950: path[0] "andong" is not an id in places.yaml; did you mean "dandong"?'
		]);
	});

	it('that breaks the YAML is one problem for the file', async () => {
		const dir = createFacts();
		writeFileSync(join(dir, FACTS, 'clashes.yaml'), '- id: x\n  name: [\n');
		const { problems } = await derivePoints(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^facts\/clashes\.yaml: not valid YAML/);
	});

	it('that loses the citations file is one problem, not one per key', async () => {
		const dir = createFacts();
		rmSync(join(dir, FACTS, 'citations.yaml'));
		expect((await derivePoints(dir)).problems).toEqual(['facts/citations.yaml: is missing']);
	});

	it('that repeats an id in another file is a problem', async () => {
		const { problems } = await derivePoints(
			createFacts({
				file: 'events.yaml',
				row: 'mao-death-1976',
				from: 'id: mao-death-1976',
				to: 'id: beijing'
			})
		);
		expect(problems).toEqual([
			'facts/events.yaml › beijing: id is used twice (also in places.yaml)'
		]);
	});
});

describe('an edit to a fact', () => {
	it('changes the derived layer and the docs table', { timeout: 30_000 }, async () => {
		const id = 'mpr-proclaimed-1924';
		const dir = createFacts({
			file: 'events.yaml',
			row: id,
			from: "start: '1924-11-26'",
			to: "start: '1924-11-25'"
		});
		const { files, problems } = await derivePoints(dir);
		expect(problems).toEqual([]);
		const events = JSON.parse(files['geodata/events.geojson']) as FeatureCollection;
		const feature = events.features.find((f) => f.properties?.id === id);
		expect(feature?.properties?.start_date).toBe('1924-11-25');
		expect(feature?.properties?.end_date, 'a one-off ends on its start date').toBe('1924-11-25');
		expect(files['geodata/events.geojson']).not.toBe(committed('geodata/events.geojson'));
		expect(files['docs/geodata-points.md']).toContain(`| ${id} `);
		expect(files['docs/geodata-points.md']).toMatch(new RegExp(`\\| ${id} +\\| 1924-11-25 `));
		expect(files['geodata/places.geojson']).toBe(committed('geodata/places.geojson'));
	});
});
