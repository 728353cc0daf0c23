import { describe, expect, it } from 'vitest';
import { StoryState } from '../../../src/lib/story/state.svelte';
import type { Chapter } from '../../../src/lib/story/types';

const chapter = (id: string, date: string, until?: string): Chapter => ({
	id,
	title: id,
	dates: date,
	date,
	...(until ? { until } : {}),
	camera: { center: [100, 46], zoom: 3 },
	layers: ['events'],
	body: []
});
const chapters = [chapter('a', '1929'), chapter('b', '1969', '1972-02')];

describe('StoryState: a reader’s range (until)', () => {
	it('shows a range from a link, and reports it in the view', () => {
		const s = new StoryState(chapters);
		s.apply({ date: '1937', until: '1945' });
		expect([s.date, s.until]).toEqual(['1937', '1945']);
		expect(s.view.until).toBe('1945');
	});

	it('keeps the chapter’s own period until the reader picks a date, without reporting it', () => {
		const s = new StoryState(chapters);
		s.goTo(1);
		expect(s.until).toBe('1972-02');
		expect(s.view.until).toBeUndefined();
		s.apply({ date: '1970' });
		expect(s.until).toBeUndefined();
	});

	it('ends the range on a date alone, on until: null, and on a new chapter', () => {
		const s = new StoryState(chapters);
		s.apply({ date: '1937', until: '1945' });
		s.apply({ date: '1950' });
		expect(s.until).toBeUndefined();
		s.apply({ until: '1955' });
		expect([s.date, s.until]).toEqual(['1950', '1955']);
		s.apply({ until: null });
		expect(s.until).toBeUndefined();
		s.apply({ until: '1960' });
		s.goTo(1);
		expect(s.until).toBe('1972-02');
	});

	it('extends the chapter’s date when only an end is given, and ignores an end before it', () => {
		const s = new StoryState(chapters);
		s.apply({ until: '1931' });
		expect([s.date, s.until]).toEqual(['1929', '1931']);
		s.apply({ until: '1920' });
		expect([s.date, s.until]).toEqual(['1929', undefined]);
	});
});
