/**
 * Schematic arrows (movements.geojson). Each line runs in the direction of movement: the first
 * position is a named starting town, the last a named objective, both with sourced coordinates.
 * The vertices in between are drawn by hand to suggest the route and are not sourced positions,
 * so every movement is `approximate` and says so.
 */
import { PLACES } from './places';
import type { LineRow, LngLat } from './rows';

/** A town from places.ts: its position, and its citation for the anchors list. */
function town(id: string): { at: LngLat; source: string } {
	const p = PLACES.find((row) => row.id === id);
	if (!p) throw new Error(`movements.ts: no place "${id}" in places.ts`);
	return { at: p.at, source: `${p.names.en}: ${p.coordSource}` };
}

/** Anchor towns that are not story places, with the article each coordinate comes from. */
const CHOIBALSAN = {
	at: [114.535, 48.0783] as LngLat,
	source:
		"Choibalsan (Bayan Tumen until 1941): Wikipedia (en), 'Choibalsan (city)': 48°04′42″N 114°32′06″E"
};
const POGRANICHNY = {
	at: [131.3833, 44.4] as LngLat,
	source:
		"Pogranichny (Grodekovo until 1958): Wikipedia (en), 'Pogranichny, Primorsky Krai': 44°24′N 131°23′E"
};
const MUDANJIANG = {
	at: [129.6329, 44.5514] as LngLat,
	source: "Mudanjiang: Wikipedia (en), 'Mudanjiang': 44°33′05″N 129°37′58″E (municipal government)"
};
const QIQIHAR = {
	at: [123.9182, 47.3549] as LngLat,
	source: "Qiqihar: Wikipedia (en), 'Qiqihar': 47°21′18″N 123°55′06″E (municipal government)"
};
const PUKOU = {
	at: [118.6278, 32.0667] as LngLat,
	source:
		"Pukou (north bank opposite Nanjing): Wikipedia (en), 'Pukou District': 32°04′00″N 118°37′40″E"
};
const SINUIJU = {
	at: [124.4, 40.1] as LngLat,
	source: "Sinuiju: Wikipedia (en), 'Sinuiju': 40°06′N 124°24′E"
};
const UNSAN = {
	at: [125.8033, 39.9722] as LngLat,
	source: "Unsan: Wikipedia (en), 'Battle of Unsan': 39°58′20″N 125°48′12″E"
};

const HAND_DRAWN =
	'Intermediate vertices drawn by hand to suggest the route; not sourced positions.';

/** The 1945 fronts all ran from 9 August to the Japanese surrender of 2 September. */
const AUGUST_1945 = {
	start: '1945-08-09',
	end: '1945-09-02',
	dateSource: "Wikipedia (en), 'Soviet invasion of Manchuria' (9 August – 2 September 1945)"
};

export const MOVEMENTS: LineRow[] = [
	{
		id: 'transbaikal-front-1945',
		names: {
			en: 'Transbaikal Front: across the Greater Khingan to Changchun',
			ru: 'Забайкальский фронт'
		},
		...AUGUST_1945,
		path: [CHOIBALSAN.at, [117.2, 47.3], [120.2, 46.4], [122.6, 45.2], town('changchun').at],
		pathSources: [CHOIBALSAN.source, town('changchun').source, HAND_DRAWN],
		extraSources: [
			"Wikipedia (en), 'Khingan–Mukden Operation': main blow by the 39th, 53rd, 17th and 6th Guards Tank armies in the general direction of Changchun, the tank army to cross the Greater Khingan",
			"Wikipedia (en), 'Transbaikal Front'"
		],
		precision: 'approximate',
		control: 'soviet',
		description:
			'Schematic arrow: Malinovsky’s main force left eastern Mongolia, crossed the Greater Khingan and drove on Changchun. It starts at Choibalsan (then Bayan Tumen), a named town standing for the front’s Mongolian start line; the route between is drawn by hand.'
	},
	{
		id: 'transbaikal-front-mukden-1945',
		names: { en: 'Transbaikal Front: towards Mukden' },
		...AUGUST_1945,
		path: [CHOIBALSAN.at, [117.2, 47.3], [120.2, 46.4], [122.2, 43.6], town('shenyang').at],
		pathSources: [CHOIBALSAN.source, town('shenyang').source, HAND_DRAWN],
		extraSources: [
			"Wikipedia (en), 'Khingan–Mukden Operation' (9 August – 2 September 1945)",
			"Far Eastern Front (Soviet Union), 'War Against Japan': Harbin and Mukden captured on 19 August"
		],
		precision: 'approximate',
		control: 'soviet',
		description:
			'Schematic arrow for the southern thrust of the same front towards Mukden (Shenyang), which Soviet forces took on 19 August; the route between the anchor towns is drawn by hand.'
	},
	{
		id: 'first-far-eastern-front-1945',
		names: {
			en: '1st Far Eastern Front: Primorye to Mudanjiang and Harbin',
			ru: '1-й Дальневосточный фронт'
		},
		...AUGUST_1945,
		path: [POGRANICHNY.at, town('suifenhe').at, MUDANJIANG.at, [128.3, 45.1], town('harbin').at],
		pathSources: [
			POGRANICHNY.source,
			town('suifenhe').source,
			MUDANJIANG.source,
			town('harbin').source,
			HAND_DRAWN
		],
		extraSources: [
			"Wikipedia (en), 'Battle of Mutanchiang' (1st Red Banner and 5th Armies took the city ten days ahead of schedule)",
			"Wikipedia (en), 'Suifenhe' (scene of heavy combat in August 1945)"
		],
		precision: 'approximate',
		control: 'soviet',
		description:
			'Schematic arrow: Meretskov’s front broke through the border fortifications at Grodekovo–Suifenhe, took Mudanjiang and pushed on towards Harbin; the last leg is drawn by hand.'
	},
	{
		id: 'second-far-eastern-front-1945',
		names: {
			en: '2nd Far Eastern Front: across the Amur towards Qiqihar',
			ru: '2-й Дальневосточный фронт'
		},
		...AUGUST_1945,
		path: [town('blagoveshchensk').at, town('heihe').at, [127.1, 49.4], [125.9, 48.3], QIQIHAR.at],
		pathSources: [town('blagoveshchensk').source, town('heihe').source, QIQIHAR.source, HAND_DRAWN],
		extraSources: [
			"Wikipedia (en), '2nd Red Banner Army': to cross the Amur, reduce the Sakhalian (Heihe), Aihun and Sunwu defences and advance through the Lesser Khingan to Qiqihar and Harbin",
			"Wikipedia (en), 'Sungari Offensive Operation' (2nd Far Eastern Front, 9 August – 2 September 1945)"
		],
		precision: 'approximate',
		control: 'soviet',
		description:
			'Schematic arrow: Purkayev’s 2nd Red Banner Army crossed the Amur from Blagoveshchensk at Heihe and struck south through the Lesser Khingan towards Qiqihar; the middle of the route is drawn by hand.'
	},
	{
		id: 'pla-yangtze-crossing-1949',
		names: { en: 'PLA crosses the Yangtze to Nanjing', zh: '渡江战役' },
		start: '1949-04-20',
		end: '1949-04-23',
		dateSource:
			"Wikipedia (en), 'Yangtze River Crossing campaign' (from the night of 20 April 1949); China Internet Information Center, 'China Keywords: The Yangtze River Crossing Campaign' (2022; Nanjing captured 23 April)",
		path: [PUKOU.at, [118.7, 32.06], town('nanjing').at],
		pathSources: [PUKOU.source, town('nanjing').source, HAND_DRAWN],
		precision: 'approximate',
		control: 'china',
		description:
			'Schematic arrow from the north bank at Pukou into Nanjing; the real crossing ran on a 500 km front from Hukou to Jiangyin.'
	},
	{
		id: 'cpv-yalu-crossing-1950',
		names: { en: 'Chinese People’s Volunteers cross the Yalu' },
		start: '1950-10-19',
		end: '1950-11-04',
		dateSource:
			"People's Daily Online, 23 October 2020 (crossed the Yalu on 19 October 1950); Wikipedia (en), 'Battle of Unsan' (25 October – 4 November 1950)",
		path: [town('dandong').at, SINUIJU.at, [125.1, 40.05], UNSAN.at],
		pathSources: [town('dandong').source, SINUIJU.source, UNSAN.source, HAND_DRAWN],
		precision: 'approximate',
		control: 'china',
		description:
			'Schematic arrow from Andong (Dandong) across the Yalu to Sinuiju and on to Unsan, where the Volunteers first struck UN forces; Chinese troops also crossed at other points upstream.'
	}
];
