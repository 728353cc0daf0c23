/**
 * The downloads' pure parts: the features a window and layers select (by the map's own tests,
 * checked against countOnShow), CSV escaping (commas, quotes, line breaks, CJK, formulas), the
 * GeoJSON's licence members, and the file names.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { StoryPayload } from '../../../src/lib/geodata/payload';
import { LAYER_IDS, type LayerId } from '../../../src/lib/geodata/types';
import {
	csvCell,
	CSV_COLUMNS,
	datePrecision,
	exportFilename,
	featuresShown,
	toCsv,
	toGeoJson
} from '../../../src/lib/history/export';
import { countOnShow } from '../../../src/lib/map/legend';
import { dateWindow } from '../../../src/lib/map/time';

type Props = Record<string, unknown> & { t0: number; t1: number };
function createPayload(features: Partial<Record<LayerId, Props[]>>): StoryPayload {
	const empty = { type: 'FeatureCollection' as const, features: [] };
	const layers = Object.fromEntries(
		LAYER_IDS.map((group) => [
			group,
			{
				type: 'FeatureCollection',
				features: (features[group] ?? []).map((properties, i) => ({
					type: 'Feature',
					geometry: { type: 'Point', coordinates: [0, 0] },
					properties: {
						id: `${group}-${i}`,
						kind: group,
						'name:en': `${group} ${i}`,
						start_date: '1969',
						precision: 'exact',
						...properties
					}
				}))
			}
		])
	) as unknown as StoryPayload['layers'];
	return { layers, heads: empty, labels: empty, borders: empty };
}

const payload = createPayload({
	clashes: [
		{ t0: 1969.166, t1: 1969.169, start_date: '1969-03-02', end_date: '1969-03-02' },
		{ t0: 1969.2, t1: 1969.21, start_date: '1969-03-15' }
	],
	// A state that ends mid-window is not drawn: the states show the end of the window.
	states: [
		{ t0: 1949, t1: 1969.5, id: 'old' },
		{ t0: 1969.5, t1: 9999, id: 'new', precision: 'approximate' }
	],
	events: [{ t0: 1970, t1: 1970.1 }]
});
const sources = (id: string) => (id === 'clashes-0' ? ['A, "quoted" source', '第二'] : undefined);

describe('featuresShown', () => {
	it('selects what the map draws for the window and layers, with sources', () => {
		const window = dateWindow('1969');
		const shown = featuresShown(payload, window, ['states', 'clashes', 'events'], sources);
		expect(shown.map((f) => f.properties.id)).toEqual(['new', 'clashes-0', 'clashes-1']);
		// The same count as the legend's and the timeline's (the map's own filters).
		const counts = countOnShow(payload, window);
		expect(shown.length).toBe(
			(['states', 'clashes', 'events'] as const).reduce((n, g) => n + (counts.get(g) ?? 0), 0)
		);
		const clash = shown[1].properties;
		expect(clash).toMatchObject({
			layer: 'clashes',
			start_date: '1969-03-02',
			start_date_precision: 'day',
			end_date_precision: 'day',
			approximate: false,
			sources: ['A, "quoted" source', '第二']
		});
		expect(shown[0].properties.approximate).toBe(true);
		expect(shown[2].properties.end_date).toBeNull();
	});

	it('leaves out hidden layers and other dates', () => {
		expect(featuresShown(payload, dateWindow('1969-03-02'), ['clashes'], sources)).toHaveLength(1);
		expect(featuresShown(payload, dateWindow('1969'), ['events'], sources)).toHaveLength(0);
		expect(featuresShown(payload, dateWindow('1969'), [], sources)).toHaveLength(0);
	});
});

describe('datePrecision', () => {
	it('reads the precision from the form of the date', () => {
		expect(datePrecision('1969')).toBe('year');
		expect(datePrecision('1969-03')).toBe('month');
		expect(datePrecision('1969-03-02')).toBe('day');
		expect(datePrecision(undefined)).toBeUndefined();
	});
});

describe('CSV', () => {
	it('quotes commas, quotes and line breaks, and keeps CJK and Cyrillic as they are', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('Harbin, Heilongjiang')).toBe('"Harbin, Heilongjiang"');
		expect(csvCell('say "no"')).toBe('"say ""no"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
		expect(csvCell('珍宝岛：1969年3月2日的冲突')).toBe('珍宝岛：1969年3月2日的冲突');
		expect(csvCell('Остров Даманский')).toBe('Остров Даманский');
		expect(csvCell(null)).toBe('');
		expect(csvCell(false)).toBe('false');
	});

	it('keeps a spreadsheet from running a cell as a formula', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('@sum')).toBe("'@sum");
	});

	it('is a table a CSV reader reads back: a BOM, a header, one row per feature, the licence on each', () => {
		const shown = featuresShown(payload, dateWindow('1969'), ['clashes'], sources);
		shown[0].properties['name:zh'] = '珍宝岛，"冲突"\n第二行';
		const csv = toCsv(shown, 'Us, CC BY-SA 4.0');
		expect(csv.startsWith('\ufeffid,layer,kind,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
		expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
		expect(rows.map((r) => r.id)).toEqual(['clashes-0', 'clashes-1']);
		expect(rows[0].name_zh).toBe('珍宝岛，"冲突"\n第二行');
		expect(rows[0].sources).toBe('A, "quoted" source | 第二');
		expect(rows.every((r) => r.license === 'CC BY-SA 4.0')).toBe(true);
		expect(rows[0].attribution).toBe('Us, CC BY-SA 4.0');
	});
});

describe('GeoJSON', () => {
	it('carries the licence, the attribution and the view as top-level members', () => {
		const shown = featuresShown(payload, dateWindow('1969'), ['clashes'], sources);
		const file = toGeoJson(
			shown,
			{ date: '1969', layers: ['clashes'], permalink: 'https://x/?year=1969', version: 'abcd1234' },
			'Us'
		);
		expect(file).toMatchObject({
			type: 'FeatureCollection',
			license: 'CC BY-SA 4.0',
			attribution: 'Us',
			view: { year: '1969', layers: ['clashes'], data_version: 'abcd1234' }
		});
		expect(file.features).toHaveLength(2);
	});
});

describe('exportFilename', () => {
	it('says the view: date, period and layers in their public order', () => {
		expect(exportFilename({ date: '1969-03-02', layers: ['events', 'clashes'] }, 'geojson')).toBe(
			'sino-soviet-1969-03-02_clashes-events.geojson'
		);
		expect(exportFilename({ date: '1937', until: '1945', layers: ['railways'] }, 'csv')).toBe(
			'sino-soviet-1937_1945_railways.csv'
		);
		expect(exportFilename({ date: '1950', layers: [...LAYER_IDS] }, 'csv')).toBe(
			'sino-soviet-1950_all-layers.csv'
		);
		expect(exportFilename({ date: '1950', layers: [] }, 'csv')).toBe(
			'sino-soviet-1950_no-layers.csv'
		);
	});
});
