import { describe, expect, it } from 'vitest';
import { validateTranslations } from '../../../src/lib/server/translations';
import { translated } from '../../../src/lib/story/translations';
import type { Chapter } from '../../../src/lib/story/types';

const chapter = (id: string, body: string[]): Chapter => ({
	id,
	title: `Title ${id}`,
	dates: '1929',
	date: '1929',
	camera: { center: [120, 45], zoom: 4 },
	layers: ['railways'],
	body
});
const english = [
	chapter('prologue', ['Two neighbours.[@a]', 'A border.']),
	chapter('railway-war-1929', ['A railway [@b] and a war.[@c]'])
];
const path = (lang: string, name: string) => `src/content/chapters/i18n/${lang}/${name}.json`;
const good = {
	[path('zh', '01-prologue')]: {
		id: 'prologue',
		title: '序幕',
		dates: '1917—1991',
		body: ['两个邻国。[@a]', '一条边界。']
	},
	[path('zh', '02-railway-war-1929')]: {
		id: 'railway-war-1929',
		title: '铁路之战',
		dates: '1929',
		body: ['一条铁路[@b]，一场战争。[@c]']
	}
};

describe('validateTranslations', () => {
	it('accepts a complete translation with the same paragraphs and citations', () => {
		const { texts, problems } = validateTranslations(good, english, 'zh');
		expect(problems).toEqual([]);
		expect(texts.map((t) => t.title)).toEqual(['序幕', '铁路之战']);
	});

	it('names every problem by file, chapter and field', () => {
		const broken = {
			[path('zh', '01-prologue')]: { ...good[path('zh', '01-prologue')], body: ['只有一段。[@a]'] },
			[path('zh', '02-railway-war-1929')]: {
				...good[path('zh', '02-railway-war-1929')],
				body: ['一条铁路，一场战争。[@c][@b]'],
				camera: {}
			},
			[path('zh', '03-atlantis')]: { id: 'atlantis', title: 'x', dates: 'x', body: [] },
			[path('zh', '09-prologue')]: 'not an object'
		};
		const lines = validateTranslations(broken, english, 'zh').problems.map(
			(p) => `${p.file} › ${p.chapter} › ${p.field}: ${p.message}`
		);
		expect(lines).toEqual([
			'i18n/zh/01-prologue.json › prologue › body: has 1 paragraphs; the English has 2',
			'i18n/zh/02-railway-war-1929.json › railway-war-1929 › camera: unknown field',
			'i18n/zh/02-railway-war-1929.json › railway-war-1929 › body[0]: cites [c, b] but the English paragraph cites [b, c]',
			'i18n/zh/03-atlantis.json › atlantis › id: no English chapter has this id',
			'i18n/zh/09-prologue.json › ? › (file): must be an object {id, title, dates, body}'
		]);
	});

	it('reports a chapter with no translation, and a file named unlike its English one', () => {
		const only = {
			[path('ru', '07-prologue')]: {
				id: 'prologue',
				title: 'Пролог',
				dates: '1917–1991',
				body: ['Два соседа.[@a]', 'Граница.']
			}
		};
		const lines = validateTranslations(only, english, 'ru').problems.map(
			(p) => `${p.file} › ${p.chapter} › ${p.field}: ${p.message}`
		);
		expect(lines).toEqual([
			'i18n/ru/07-prologue.json › prologue › (file): must be named 01-prologue.json, like the English file',
			'i18n/ru/02-railway-war-1929.json › railway-war-1929 › (file): missing: every chapter needs its translation'
		]);
	});
});

describe('translated', () => {
	it('puts the translated words over the English chapter, keeping its map fields', () => {
		const map = new Map([
			['prologue', { id: 'prologue', title: '序幕', dates: '1917—1991', body: ['两个邻国。'] }]
		]);
		const zh = translated(english[0], map);
		expect(zh).toMatchObject({
			id: 'prologue',
			title: '序幕',
			dates: '1917—1991',
			body: ['两个邻国。']
		});
		expect(zh.camera).toBe(english[0].camera);
		expect(translated(english[1], map)).toBe(english[1]);
		expect(translated(english[0], undefined)).toBe(english[0]);
	});
});
