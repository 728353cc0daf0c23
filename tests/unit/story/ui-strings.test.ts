import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadUiStrings, t } from '../../../src/lib/i18n/ui';

const ui = JSON.parse(readFileSync('src/content/ui.json', 'utf8')) as Record<
	string,
	Record<string, string>
>;

describe('interface strings by language', () => {
	it('answers in English until a language has loaded, then in that language', async () => {
		expect(t('ru', 'dismiss')).toBe(ui.en.dismiss);
		await loadUiStrings('ru');
		expect(t('ru', 'dismiss')).toBe(ui.ru.dismiss);
		expect(t('ru', 'dismiss')).not.toBe(ui.en.dismiss);
	});

	it('asking for a language starts its load', async () => {
		expect(t('zh', 'notices')).toBe(ui.en.notices);
		await loadUiStrings('zh'); // shares the load `t` started
		expect(t('zh', 'notices')).toBe(ui.zh.notices);
	});

	it('fills placeholders in every language', async () => {
		await loadUiStrings('zh');
		for (const lang of ['en', 'zh', 'ru'] as const)
			expect(t(lang, 'chapterOf', { n: 3, total: 19 })).toMatch(/3.*19/);
	});
});
