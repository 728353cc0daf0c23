/**
 * The real story content: every chapter file validates against the real references and the
 * real geodata, and the story covers what the brief asks for.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/lib/server/load';
import { chapters } from '../../../src/lib/story/chapters';

describe('story content', async () => {
	const result = await loadStory('.');

	it('validates against references and geodata', () => {
		expect(result.problems).toEqual([]);
	});

	it('is what the browser imports, in the same order', () => {
		expect(chapters.map((c) => c.id)).toEqual(result.chapters.map((c) => c.id));
	});

	it('has an opening, a closing and at least 15 chapters', () => {
		const ids = result.chapters.map((c) => c.id);
		expect(ids.length).toBeGreaterThanOrEqual(15);
		expect(ids[0]).toBe('prologue');
		expect(ids.at(-1)).toBe('epilogue');
	});

	it('moves forward in time', () => {
		const years = result.chapters.map((c) => Number(c.date.slice(0, 4)));
		for (let i = 1; i < years.length; i++)
			expect(years[i]).toBeGreaterThanOrEqual(years[i - 1] - 10);
	});

	it('cites the source article somewhere in every chapter', () => {
		for (const c of result.chapters) expect(c.body.join(' '), c.id).toMatch(/\[@[^\]]+\]/);
	});

	it('shows something on the map in every chapter', () => {
		for (const c of result.chapters) expect(c.layers.length, c.id).toBeGreaterThan(0);
	});
});
