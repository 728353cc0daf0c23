import { describe, expect, it } from 'vitest';
import {
	formatViewParams,
	parseLayersParam,
	parseThemeParam,
	parseViewParams
} from '../../../src/lib/embed/url';

const ids = ['prologue', 'railway-war-1929', 'border-conflict-1969'];
const parse = (q: string) => parseViewParams(new URLSearchParams(q), ids);

describe('parseViewParams', () => {
	it('reads a well-formed link without notices', () => {
		const { view, notices } = parse(
			'chapter=railway-war-1929&year=1929&layers=railways,events&lang=ru'
		);
		expect(view).toEqual({
			chapter: 'railway-war-1929',
			date: '1929',
			layers: ['railways', 'events'],
			lang: 'ru'
		});
		expect(notices).toEqual([]);
	});

	it('accepts a full date', () => {
		expect(parse('year=1969-03-02').view.date).toBe('1969-03-02');
	});

	it('ignores an unknown chapter politely', () => {
		const { view, notices } = parse('chapter=atlantis');
		expect(view.chapter).toBeUndefined();
		expect(notices[0]).toMatch(/no chapter “atlantis”/);
	});

	it.each(['abc', '19', '1969-02-30', '1969-13', '', '1e3'])('rejects the year %j', (year) => {
		const { view, notices } = parse(`year=${encodeURIComponent(year)}`);
		expect(view.date).toBeUndefined();
		expect(notices).toHaveLength(1);
	});

	it('clamps years outside 1917–1991 and says so', () => {
		expect(parse('year=1900').view.date).toBe('1917');
		expect(parse('year=2024').view.date).toBe('1991');
		expect(parse('year=2024').notices[0]).toMatch(/ends in 1991/);
	});

	it('keeps known layers, drops unknown ones with a notice, and orders them', () => {
		const { view, notices } = parse('layers=events,tanks,regions,regions');
		expect(view.layers).toEqual(['regions', 'events']);
		expect(notices[0]).toMatch(/tanks/);
	});

	it('keeps the default layers when no layer in the link is known, and says so', () => {
		const { view, notices } = parse('layers=foo,bar');
		expect(view.layers).toBeUndefined();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/foo.*bar.*usual layers/);
		expect(parseLayersParam('foo,bar')).toEqual({ layers: undefined, notice: notices[0] });
	});

	it('keeps the known layers of a link that also names unknown ones', () => {
		const { layers, notice } = parseLayersParam('foo,railways');
		expect(layers).toEqual(['railways']);
		expect(notice).toMatch(/foo/);
		expect(notice).not.toMatch(/usual/);
	});

	it('reads "layers=" (and only commas) as no layers, with no notice', () => {
		expect(parseLayersParam('')).toEqual({ layers: [], notice: undefined });
		expect(parseLayersParam(' , ')).toEqual({ layers: [], notice: undefined });
	});

	it('treats an empty layers value as "no layers"', () => {
		expect(parse('layers=').view.layers).toEqual([]);
	});

	it('rejects an unknown language', () => {
		const { view, notices } = parse('lang=fr');
		expect(view.lang).toBeUndefined();
		expect(notices[0]).toMatch(/fr/);
	});

	it('never echoes hostile values at length', () => {
		const { notices } = parse(`chapter=${'<script>'.repeat(20)}`);
		expect(notices[0].length).toBeLessThan(120);
	});

	it('ignores parameters it does not own', () => {
		expect(parse('utm_source=news&childId=map1')).toEqual({ view: {}, notices: [] });
	});
});

describe('parseViewParams: until (a range)', () => {
	it('reads a range in every date format', () => {
		expect(parse('year=1937&until=1945')).toEqual({
			view: { date: '1937', until: '1945' },
			notices: []
		});
		expect(parse('year=1969-03&until=1969-05-02').view).toEqual({
			date: '1969-03',
			until: '1969-05-02'
		});
		expect(parse('year=1937&until=1937').view.until).toBe('1937');
		expect(parse('year=1937-05&until=1937').view.until).toBe('1937');
	});

	it('keeps an end without a year for the page to check against its date', () => {
		expect(parse('until=1945')).toEqual({ view: { until: '1945' }, notices: [] });
	});

	it('ignores an end before the start politely', () => {
		const { view, notices } = parse('year=1945&until=1937');
		expect(view).toEqual({ date: '1945' });
		expect(notices).toEqual([expect.stringMatching(/end date “1937” is before the year “1945”/)]);
		expect(parse('year=1937-05-02&until=1937-05-01').view.until).toBeUndefined();
	});

	it('clamps an end outside the story and says so', () => {
		const { view, notices } = parse('year=1980&until=2024');
		expect(view.until).toBe('1991');
		expect(notices[0]).toMatch(/ending at 1991 instead of 2024/);
		// Clamped to 1917, the end then falls before the start: ignored, with both reasons.
		const early = parse('year=1937&until=1900');
		expect(early.view.until).toBeUndefined();
		expect(early.notices).toHaveLength(2);
	});

	it.each([
		'abc',
		'',
		'19',
		'1969-13',
		'1969-02-30',
		'1e3',
		'+1945',
		'1945-1-1',
		'1945-01-01T00:00',
		'<script>alert(1)</script>',
		'1945\u0000',
		'１９４５',
		'%00',
		'x'.repeat(250)
	])('ignores the end %j with one polite notice, never a crash', (until) => {
		const { view, notices } = parse(`year=1937&until=${encodeURIComponent(until)}`);
		expect(view).toEqual({ date: '1937' });
		expect(notices).toHaveLength(1);
		expect(notices[0].length).toBeLessThan(200);
		// Control characters in a link never reach the reader's notice.
		// eslint-disable-next-line no-control-regex
		expect(notices[0]).not.toMatch(/[\u0000-\u001f]/);
	});

	it('says a too long end is too long', () => {
		expect(parse(`year=1937&until=${'9'.repeat(201)}`).notices).toEqual([
			'The until parameter is too long and was ignored.'
		]);
	});

	it('reads only the first of repeated ends', () => {
		expect(parse('year=1937&until=1940&until=1930').view.until).toBe('1940');
	});
});

describe('formatViewParams', () => {
	const view = {
		chapter: 'border-conflict-1969',
		date: '1969',
		layers: ['clashes' as const],
		lang: 'en' as const
	};

	it('writes chapter and year, and leaves out defaults', () => {
		const out = formatViewParams(view, { layers: ['clashes'], lang: 'en' });
		expect(out.toString()).toBe('chapter=border-conflict-1969&year=1969');
	});

	it('writes layers and language when they differ from the defaults', () => {
		const out = formatViewParams({ ...view, lang: 'zh' }, { layers: ['regions'], lang: 'en' });
		expect(out.get('layers')).toBe('clashes');
		expect(out.get('lang')).toBe('zh');
	});

	it('keeps foreign parameters (e.g. a newsroom’s tracking tags)', () => {
		const out = formatViewParams(view, {}, new URLSearchParams('utm_source=x&chapter=old'));
		expect(out.get('utm_source')).toBe('x');
		expect(out.getAll('chapter')).toEqual(['border-conflict-1969']);
	});

	it('writes a range’s end after the year, and drops a stale one from the base', () => {
		const out = formatViewParams(
			{ ...view, date: '1937', until: '1945' },
			{},
			new URLSearchParams('until=1900')
		);
		expect(out.toString()).toBe('chapter=border-conflict-1969&year=1937&until=1945&layers=clashes');
		expect(formatViewParams(view, {}, new URLSearchParams('until=1900')).has('until')).toBe(false);
	});

	it('round-trips a range through parseViewParams', () => {
		const out = formatViewParams({ ...view, date: '1969-03', until: '1972-02', lang: 'ru' });
		expect(parseViewParams(out, ids).view).toEqual({
			...view,
			date: '1969-03',
			until: '1972-02',
			lang: 'ru'
		});
	});

	it('round-trips through parseViewParams', () => {
		const out = formatViewParams({ ...view, lang: 'ru' });
		expect(parseViewParams(out, ids).view).toEqual({ ...view, lang: 'ru' });
	});
});

describe('parseThemeParam', () => {
	const parse = (query: string) => parseThemeParam(new URLSearchParams(query));
	it('reads light and dark, and nothing when absent', () => {
		expect(parse('theme=dark')).toEqual({ theme: 'dark' });
		expect(parse('theme=Light')).toEqual({ theme: 'light' });
		expect(parse('chapter=prologue')).toEqual({});
	});
	it('ignores anything else with a polite notice', () => {
		const { theme, notice } = parse('theme=purple');
		expect(theme).toBeUndefined();
		expect(notice).toMatch(/no theme “purple”.*light or dark/);
		expect(parse(`theme=${'x'.repeat(300)}`).notice).toMatch(/too long/);
	});
});
