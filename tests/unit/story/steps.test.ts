/**
 * Steps in the real chapters, as a reader would notice them: the 1969 chapter walks from the
 * Ussuri in March to the Amur in July and Xinjiang in August, and the 1945 chapter follows the
 * fronts through August to the surrender of 2 September.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/lib/server/load';
import { dateToDecimalYear } from '../../../src/lib/geodata/dates';
import type { Chapter } from '../../../src/lib/story/types';

describe('chapter steps', async () => {
	const { chapters, problems } = await loadStory('.');
	const chapter = (id: string): Chapter => {
		const c = chapters.find((c) => c.id === id);
		if (!c) throw new Error(`no chapter ${id}`);
		return c;
	};
	/** The views a reader scrolls through: the chapter's own, then each step's. */
	const views = (c: Chapter) => [
		{ paragraph: 0, date: c.date, until: c.until, focus: c.focus ?? [] },
		...(c.steps ?? []).map((s) => ({ ...s, focus: s.focus ?? [] }))
	];

	it('validates (steps included)', () => {
		expect(problems).toEqual([]);
	});

	it('walks the 1969 clashes: Zhenbao in March, the Amur in July, Xinjiang in August', () => {
		const walk = views(chapter('border-conflict-1969'));
		const at = (id: string) => walk.findIndex((v) => v.focus.includes(id));
		const zhenbao = at('zhenbao-island-1969-03-02');
		const goldinsky = at('goldinsky-island-1969-07-08');
		const zhalanashkol = at('zhalanashkol-1969-08-13');
		expect([zhenbao, goldinsky, zhalanashkol].every((i) => i >= 0)).toBe(true);
		expect(zhenbao).toBeLessThan(goldinsky);
		expect(goldinsky).toBeLessThan(zhalanashkol);
		expect(walk[zhenbao].date.slice(0, 7)).toBe('1969-03');
		expect(walk[goldinsky].date.slice(0, 7)).toBe('1969-07');
		expect(walk[zhalanashkol].date.slice(0, 7)).toBe('1969-08');
	});

	it('follows the 1945 fronts through August to the surrender of 2 September', () => {
		const walk = views(chapter('victory-over-japan-1945'));
		expect(walk.length).toBeGreaterThanOrEqual(3);
		const starts = walk.map((v) => dateToDecimalYear(v.date, 'start'));
		for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
		for (const v of walk.slice(0, -1)) expect(v.date.slice(0, 7)).toBe('1945-08');
		const last = walk.at(-1)!;
		expect(dateToDecimalYear(last.until ?? last.date, 'end')).toBeGreaterThanOrEqual(
			dateToDecimalYear('1945-09-02', 'end')
		);
	});
});
