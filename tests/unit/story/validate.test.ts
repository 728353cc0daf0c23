import { describe, expect, it } from 'vitest';
import { formatContentProblems, validateChapters } from '../../../src/lib/server/content';

const refs = [{ id: 'zhao-2022-p25', text: 'Zhao 2022, p. 25.' }];
function createChapter(overrides: Record<string, unknown> = {}) {
	return {
		id: 'railway-war-1929',
		title: 'The railway war',
		dates: '1929',
		date: '1929-07',
		camera: { center: [122, 47], zoom: 4.5 },
		layers: ['railways', 'events'],
		focus: ['cer-main-line'],
		body: ['A paragraph [@zhao-2022-p25].'],
		...overrides
	};
}
const features = new Map([
	['cer-main-line', { properties: { start_date: '1903', end_date: '1935-03' } }],
	['manchukuo', { properties: { start_date: '1932-03-01', end_date: '1945-08' } }]
]);
const file = (c: Record<string, unknown>, name = `04-${c.id}.json`) => ({
	[`/src/content/chapters/${name}`]: c
});

describe('validateChapters', () => {
	it('accepts a well-formed chapter', () => {
		const { chapters, problems } = validateChapters(file(createChapter()), refs, features);
		expect(problems).toEqual([]);
		expect(chapters.map((c) => c.id)).toEqual(['railway-war-1929']);
	});

	it.each([
		['camera.center', { camera: { center: [200, 47], zoom: 4 } }, /longitude 200/],
		['camera.center', { camera: { center: [120, -91], zoom: 4 } }, /latitude -91/],
		['camera.zoom', { camera: { center: [120, 40], zoom: 30 } }, /zoom/],
		['camera.pitch', { camera: { center: [120, 40], zoom: 4, pitch: 80 } }, /pitch|0…60/],
		['date', { date: '1929-02-30' }, /not YYYY/],
		['date', { date: '1850' }, /outside 1917–1991/],
		['layers', { layers: ['railways', 'tanks'] }, /unknown layer "tanks"/],
		['body', { body: [] }, /non-empty/],
		['body', { body: ['Cites [@nowhere].'] }, /\[@nowhere\]/],
		['title', { title: '' }, /required/],
		['colour', { colour: 'red' }, /unknown field/],
		['focus', { focus: ['atlantis'] }, /no feature "atlantis"/]
	])('reports a bad %s', (field, override, message) => {
		const { problems } = validateChapters(file(createChapter(override)), refs, features);
		const hit = problems.find((p) => p.field === field);
		expect(hit, JSON.stringify(problems)).toBeDefined();
		expect(hit?.message).toMatch(message);
		expect(hit?.file).toBe('04-railway-war-1929.json');
		expect(hit?.chapter).toBe('railway-war-1929');
	});

	it('reports a focus feature that is not on the map at the chapter’s date', () => {
		const { problems } = validateChapters(
			file(createChapter({ date: '1931', focus: ['manchukuo'] })),
			refs,
			features
		);
		expect(problems.map((p) => p.message)).toEqual([
			'manchukuo (1932-03-01–1945-08) is not on the map at 1931'
		]);
	});

	it('accepts steps that move the view through the chapter’s paragraphs', () => {
		const body = ['One [@zhao-2022-p25].', 'Two.', 'Three.'];
		const steps = [
			{ paragraph: 1, date: '1932-03', focus: ['manchukuo'] },
			{ paragraph: 2, date: '1933', until: '1934', camera: { center: [125, 44], zoom: 5 } }
		];
		const { problems, chapters } = validateChapters(
			file(createChapter({ body, steps })),
			refs,
			features
		);
		expect(problems).toEqual([]);
		expect(chapters[0].steps).toHaveLength(2);
	});

	it.each([
		['steps', { steps: 'later' }, /list of steps/],
		['steps[0].paragraph', { steps: [{ paragraph: 0, date: '1929' }] }, /after 0 and before 3/],
		['steps[0].paragraph', { steps: [{ paragraph: 3, date: '1929' }] }, /before 3/],
		[
			'steps[1].paragraph',
			{
				steps: [
					{ paragraph: 2, date: '1929' },
					{ paragraph: 1, date: '1930' }
				]
			},
			/after 2/
		],
		['steps[0].date', { steps: [{ paragraph: 1, date: '1929-13' }] }, /not YYYY/],
		['steps[0].until', { steps: [{ paragraph: 1, date: '1930', until: '1929' }] }, /before date/],
		[
			'steps[0].camera.zoom',
			{ steps: [{ paragraph: 1, date: '1930', camera: { center: [1, 1], zoom: 99 } }] },
			/zoom/
		],
		[
			'steps[0].focus',
			{ steps: [{ paragraph: 1, date: '1929', focus: ['manchukuo'] }] },
			/not on the map at 1929/
		],
		['steps[0].mood', { steps: [{ paragraph: 1, date: '1929', mood: 'grim' }] }, /unknown field/]
	])('reports a bad %s', (field, override, message) => {
		const body = ['One [@zhao-2022-p25].', 'Two.', 'Three.'];
		const { problems } = validateChapters(
			file(createChapter({ body, ...override })),
			refs,
			features
		);
		const hit = problems.find((p) => p.field === field);
		expect(hit, JSON.stringify(problems)).toBeDefined();
		expect(hit?.message).toMatch(message);
	});

	it('accepts a focus feature that exists for part of the chapter’s year', () => {
		const chapter = createChapter({ date: '1945', focus: ['manchukuo', 'cer-main-line'] });
		const { problems } = validateChapters(file(chapter), refs, features);
		expect(problems.map((p) => p.message)).toEqual([
			'cer-main-line (1903–1935-03) is not on the map at 1945'
		]);
	});

	it('reports duplicate ids and ids that do not match the file name', () => {
		const files = {
			...file(createChapter(), '01-railway-war-1929.json'),
			...file(createChapter(), '02-railway-war-1929.json'),
			...file(createChapter({ id: 'other' }), '03-something.json')
		};
		const messages = validateChapters(files, refs).problems.map((p) => p.message);
		expect(messages.some((m) => /duplicate/.test(m))).toBe(true);
		expect(messages.some((m) => /does not match the file name/.test(m))).toBe(true);
	});

	it('reports every problem at once, formatted as file › chapter › field', () => {
		const { problems } = validateChapters(
			file(createChapter({ date: 'soon', layers: 'all' })),
			refs
		);
		expect(problems.length).toBeGreaterThanOrEqual(2);
		expect(formatContentProblems(problems)).toMatch(
			/^04-railway-war-1929\.json › railway-war-1929 › date: /m
		);
	});

	it('fails when there are no chapters at all', () => {
		expect(validateChapters({}, refs).problems[0].message).toMatch(/no chapters/);
	});
});
