/**
 * The railways, one feature per period of ownership or control. Each line runs through real
 * stations (see `stations.ts`); `build.ts` measures it with turf.length and the docs compare
 * that with the published length given here.
 */
import type { RailwayDef } from './types';

const SOURCE_ARTICLE = 'Sino-Soviet relations (Wikipedia, CC BY-SA), project source text';

// ---- Station sequences ---------------------------------------------------------------------

/** CER main line, west to east (today's Binzhou and Binsui railways). */
const CER_MAIN = [
	'manzhouli',
	'jalainur',
	'hubei-cer',
	'aergong',
	'hailar',
	'yakeshi',
	'zhalantun',
	'nianzishan',
	'fularji',
	'angangxi',
	'daqing',
	'anda',
	'song',
	'zhaodong',
	'harbin',
	'xiangfang',
	'acheng',
	'shangzhi',
	'hengdaohezi',
	'hailin',
	'mudanjiang',
	'muling',
	'suifenhe'
];

/** CER southern branch as kept by Russia after 1905: Harbin to Kuanchengzi (Changchun). */
const HARBIN_CHANGCHUN = ['harbin', 'shuangcheng', 'dehui', 'kuanchengzi'];

/** The Japanese (SMR) main line, Changchun to Dalian. */
const CHANGCHUN_DALIAN = [
	'changchun',
	'gongzhuling',
	'siping',
	'changtu',
	'kaiyuan',
	'tieling',
	'shenyang',
	'sujiatun',
	'liaoyang',
	'anshan',
	'haicheng',
	'dashiqiao',
	'gaizhou',
	'wafangdian',
	'pulandian',
	'jinzhou-dalian',
	'shahekou',
	'dalian'
];

/** The Port Arthur branch, leaving the main line at Jinzhou. */
const LUSHUN_BRANCH = ['jinzhou-dalian', 'lushun'];

/** Harbin to Dalian as one line (Kuanchengzi and Changchun stations are adjacent). */
const HARBIN_DALIAN = [...HARBIN_CHANGCHUN, ...CHANGCHUN_DALIAN];

/** Trans-Siberian east of Chita: the Amur line to Khabarovsk and the Ussuri line to Vladivostok. */
const CHITA_VLADIVOSTOK = [
	'chita',
	'atamanovka',
	'kruchina',
	'makkaveyevo',
	'darasun',
	'karymskaya',
	'urulga',
	'shilka',
	'kholbon',
	'nerchinsk',
	'ukurey',
	'chernyshevsk',
	'zhireken',
	'zilovo',
	'kisly-klyuch',
	'penkovaya',
	'mogocha',
	'semiozerny',
	'tetyorkin-klyuch',
	'germanovsky',
	'amazar',
	'zhanna',
	'yerofey-pavlovich',
	'urusha',
	'takhtamygda',
	'skovorodino',
	'never',
	'taldan',
	'gonzha',
	'magdagachi',
	'tygda',
	'ushumun',
	'sivaki',
	'shimanovsk',
	'svobodny',
	'seryshevo',
	'belogorsk',
	'yekaterinoslavka',
	'zavitinsk',
	'bureya',
	'arkhara',
	'kundur',
	'obluchye',
	'izvestkovy',
	'birakan',
	'londoko',
	'bira',
	'birobidzhan',
	'smidovich',
	'volochayevka',
	'nikolayevka-jao',
	'priamurskaya',
	'khabarovsk',
	'khabarovsk-2',
	'korfovskaya',
	'pereyaslavka',
	'khor',
	'vyazemsky',
	'lermontovka',
	'bikin',
	'dalnerechensk',
	'lazo-primorsky',
	'lesozavodsk',
	'spassk-dalny',
	'sibirtsevo',
	'ussuriysk',
	'razdolnoye',
	'volno-nadezhdinskoye',
	'uglovaya',
	'vladivostok'
];

/** The Transbaikal branch from the Trans-Siberian to the CER at Manzhouli. */
const KARYMSKAYA_MANZHOULI = [
	'karymskaya',
	'mogoytuy',
	'aga-station',
	'olovyannaya',
	'yasnaya',
	'mirnaya',
	'sherlovaya-gora',
	'borzya',
	'dauriya',
	'zabaykalsk',
	'manzhouli'
];

/** The eastern link from the CER at Suifenhe to the Ussuri line at Ussuriysk. */
const SUIFENHE_USSURIYSK = ['suifenhe', 'grodekovo', 'ussuriysk'];

/** Soviet branch from the Trans-Siberian at Zaudinsky to the Mongolian border at Naushki. */
const ULAN_UDE_NAUSHKI = [
	'ulan-ude',
	'zaudinsky',
	'sayantuy',
	'ganzurino',
	'zagustai',
	'gusinoye-ozero',
	'selenduma',
	'dzhida',
	'naushki'
];

/** The Mongolian line as opened in 1949, from the border station Naushki to Ulaanbaatar. */
const NAUSHKI_ULAANBAATAR = ['naushki', 'sukhbaatar', 'darkhan', 'zuunkharaa', 'ulaanbaatar'];

/** The Mongolian section of the through line, run by the joint Soviet–Mongolian company. */
const TRANS_MONGOLIAN = [
	...NAUSHKI_ULAANBAATAR,
	'bagakhangai',
	'manit',
	'bayantal',
	'choir',
	'sainshand',
	'zamyn-uud'
];

/** The Chinese section, with the border link from Zamyn-Üüd to Erenhot. */
const ERENHOT_JINING = ['zamyn-uud', 'erenhot', 'saihan-tal', 'baiyin-chagan', 'jining'];

const TURKSIB = [
	'novosibirsk',
	'berdsk',
	'iskitim',
	'linevo',
	'cherepanovo',
	'talmenka',
	'novoaltaysk',
	'barnaul',
	'topchikha',
	'aleysk',
	'shipunovo',
	'pospelikha',
	'rubtsovsk',
	'semey',
	'shar',
	'zhangiztobe',
	'ayagoz',
	'aktogay',
	'matay',
	'ushtobe',
	'aynabulak',
	'saryozek',
	'almaty',
	'chilbastau',
	'otar',
	'shu',
	'lugovaya'
];

const LANXIN = [
	'lanzhou',
	'yongdeng',
	'gulang',
	'wuwei',
	'jinchang',
	'zhangye',
	'gaotai',
	'jiuquan',
	'jiayuguan',
	'yumen',
	'liuyuan',
	'hami',
	'shanshan',
	'turpan',
	'dabancheng',
	'urumqi'
];

// ---- Published lengths ---------------------------------------------------------------------

const CER_MAIN_KM = {
	km: 1483,
	source: "Wikipedia, 'Harbin–Manzhouli railway' (935 km) + 'Harbin–Suifenhe railway' (548 km)"
};
const HARBIN_CHANGCHUN_KM = {
	km: 242,
	source: "Wikipedia (zh-yue), '哈大鐵路' (Harbin–Dalian railway): Changchun at km 242"
};
const SMR_KM = {
	km: 753,
	source:
		"Wikipedia (zh-yue), '哈大鐵路': Changchun km 242 to Dalian km 944 (702 km) + Jinzhou km 911 to Lüshun km 962 (51 km)"
};
const HARBIN_DALIAN_KM = {
	km: 995,
	source:
		"Wikipedia (zh-yue), '哈大鐵路': Harbin–Dalian 944 km + Jinzhou–Lüshun branch 51 km (Harbin–Lüshun 962 km)"
};
const CHITA_VLADIVOSTOK_KM = {
	km: 3093,
	source:
		'Trans-Siberian route guide (Polish travel site, Moscow–Vladivostok timetable distances): Chita 6,166 km, Vladivostok 9,259 km'
};
const KARYMSKAYA_MANZHOULI_KM = {
	km: 378,
	source:
		"Tarskaya–Zabaykalsk branch 354 km (Wikipedia (ru), 'Борзя (станция)'); Tarskaya 12 km east of Karymskoye (Wikipedia, 'Trans-Siberian Railway'); Zabaykalsk–Manzhouli 12 km (Wikipedia (zh-yue), '滿洲里站')"
};

const CCR_KM = {
	km: CER_MAIN_KM.km + HARBIN_DALIAN_KM.km,
	source: 'CER main line 1,483 km + Harbin–Dalian–Lüshun 995 km (see those features)'
};

// ---- Remaining gaps ------------------------------------------------------------------------

/**
 * The published length with a note on why the station-to-station line still falls short of it.
 * Only the docs table shows `published.source`, so the note never reaches a feature's `sources`.
 * The kilometres "here" are the straight chords through the sourced stations as of this writing.
 */
function stillShort(published: { km: number; source: string }, why: string) {
	return { km: published.km, source: `${published.source}. Still short: ${why}` };
}

const CER_MAIN_PUBLISHED = stillShort(
	CER_MAIN_KM,
	"the Harbin–Suifenhe line winds through the Zhangguangcai range (Muling is 430 km from Harbin by rail, Wikipedia (zh), '穆棱站'; 332 km through the stations here), and the published 548 km follows the old line north through Muling town, Xiachengzi and Maqiaohe (Muling–Suifenhe 118 km of track, 67 km here from the new Muling station); the Harbin–Manzhouli line crosses the Greater Khingan (935 km, 859 km here); no coordinates could be sourced for the stations in between (Yimianpo, Weihe, Yabuli, Gaolingzi, Modaoshi, Xiachengzi, Maqiaohe, Suiyang; Mianduhe, Wunuer, Boketu, Xing'anling), which are neither in GeoNames cities1000 nor found with coordinates in any article"
);
const SMR_PUBLISHED = stillShort(
	SMR_KM,
	"the biggest gaps are Gaizhou (km 734) to Wafangdian (km 839), 105 km of track and 92 km here, and Jinzhou to Dalian (33 km and 28 km here, the line swinging west by Nanguanling and Zhoushuizi) (km posts: Wikipedia (zh-yue), '哈大鐵路'); no coordinates could be sourced for Xiongyuecheng, Nanguanling or Zhoushuizi"
);
const CCR_PUBLISHED = stillShort(
	CCR_KM,
	'mostly the CER main line, which winds between its sourced stations (see that feature)'
);
const CHITA_VLADIVOSTOK_PUBLISHED = stillShort(
	CHITA_VLADIVOSTOK_KM,
	"the track winds along the Ingoda, Shilka and Amur-line valleys between the sourced stations: Chernyshevsk is 389 km from Chita by rail (Wikipedia, 'Chernyshevsk'; 320 km here), Mogocha (km 6,906) to Skovorodino (km 7,306; Trans-Siberian Railway Web Encyclopaedia kilometrage) is 400 km (292 km here), the Khingan tunnels section from Arkhara to Izvestkovaya is 154 km (Wikipedia (ru), 'Хинганские тоннели'; 121 km here) and Ussuriysk–Vladivostok 111 km (89 km here); the station settlements in between (Kuenga, Ksenyevskaya, Taptugary, Chichatka, Rachi, Uril, Shmakovka and others) are not in GeoNames cities1000 and no coordinates were found"
);
const KARYMSKAYA_MANZHOULI_PUBLISHED = stillShort(
	KARYMSKAYA_MANZHOULI_KM,
	"Tarskaya–Borzya is 235 km of track (Wikipedia (ru), 'Борзя (станция)'), Karymskaya–Borzya 208 km here; no coordinates could be sourced for Tarskaya, Khada-Bulak, Byrka or Kharanor"
);
/** Kilometre posts of the Trans-Mongolian route table (Wikipedia, 'Trans-Mongolian Railway'). */
const ROUTE_TABLE = "Wikipedia, 'Trans-Mongolian Railway' route table";
const ULAN_UDE_NAUSHKI_KM = {
	km: 245,
	source: `${ROUTE_TABLE}: Ulan-Ude km 5,650, Naushki km 5,895`
};
const NAUSHKI_ULAANBAATAR_KM = {
	km: 409,
	source: `${ROUTE_TABLE}: Naushki km 5,895, Ulaanbaatar km 6,304`
};
const TRANS_MONGOLIAN_KM = {
	km: 1118,
	source: `${ROUTE_TABLE}: Naushki km 5,895, Zamyn-Üüd km 7,013`
};
const ERENHOT_JINING_KM = {
	km: 343,
	source: `${ROUTE_TABLE}: Zamyn-Üüd km 7,013, Erenhot km 7,023, Jining km 7,356`
};
const SELENGA_GAP =
	"Ulan-Ude–Naushki is 256 km by Wikipedia (ru), 'Заудинский (станция)'; the line winds through the Selenga valley and no coordinates could be sourced for Sayantuy station, Ubukun or Khuzhir";
const MONGOLIA_GAP =
	'Darkhan (km 6,023)–Ulaanbaatar is 281 km of track (190 km here), winding through the hills north of Ulaanbaatar (Züünkharaa–Ulaanbaatar alone is 172 km of track, 110 km here); no coordinates could be sourced for the stations in between (Orkhon, Batsümber, Tolgoit)';
const TURKSIB_KM = {
	km: 2102,
	source:
		"Great Soviet Encyclopedia, 'Turkestan-Siberian Railroad' (Semipalatinsk–Lugovaya 1,452 km) + Wikipedia (de), 'Turkestan-Sibirische Eisenbahn' (Altai Railway Novosibirsk–Semipalatinsk about 650 km)"
};
const LANXIN_KM = {
	km: 1892,
	source:
		'Liuyuan station: 1,067 km from Lanzhou and 825 km from Ürümqi (Dunhuang travel guide); Wikipedia gives 1,904 km'
};

// ---- Features --------------------------------------------------------------------------------

const CER_NAMES = {
	'name:en': 'Chinese Eastern Railway (main line)',
	'name:zh': '中东铁路（干线）',
	'name:ru': 'Китайско-Восточная железная дорога (главная линия)'
};
const CER_SOUTH_NAMES = {
	'name:en': 'Chinese Eastern Railway, southern branch (Harbin–Changchun)',
	'name:zh': '中东铁路南部支线（哈尔滨—长春）',
	'name:ru': 'Южная ветка КВЖД (Харбин — Чанчунь)'
};
const CER_SOURCES = [
	"Wikipedia, 'Chinese Eastern Railway' (built 1897–1902; sold to Manchukuo 1935; joint again from 1945; returned 1952)",
	"Manzhouli railway station (Korean Namuwiki, '만저우리역'): opened 14 July 1903"
];

const CER_1920_SOURCES = [
	"FRUS 1920 vol. I, doc. 742: agreement of 2 October 1920 between the Chinese Government and the Russo-Asiatic Bank on the Chinese Eastern Railway, made 'in view of the complete political disorganization in Russia'",
	'League of Nations, Appeal by the Chinese Government: Report of the Commission of Enquiry (Lytton report, 1932), p. 33: the Russian forces in the railway area were disarmed and replaced by Chinese soldiers; in 1922 the railway area became a Special District of the Three Eastern Provinces'
];
const MUKDEN_1924 =
	"TIME, 'Railway Rumpus' (7 July 1924): Zhang Zuolin refused to hand over the railway under the Peking agreement; Foreign Policy Association, 'Russia and China in Manchuria' (1929): the Peking and Mukden agreements of 1924";

export const RAILWAYS: RailwayDef[] = [
	{
		id: 'cer-main-line',
		...CER_NAMES,
		start_date: '1903-07-14',
		end_date: '1920-10-02',
		control: 'russia',
		paths: [CER_MAIN],
		published: CER_MAIN_PUBLISHED,
		description:
			"Russia's short cut to Vladivostok across Manchuria, run from Harbin by a Russian company; opened to regular traffic in July 1903. After 1917 its Russian managers held on under Allied supervision during the Siberian intervention.",
		sources: [...CER_SOURCES, CER_MAIN_KM.source, CER_1920_SOURCES[0]]
	},
	{
		id: 'cer-main-line-1920',
		...CER_NAMES,
		start_date: '1920-10-02',
		end_date: '1924-05-31',
		control: 'china',
		paths: [CER_MAIN],
		published: CER_MAIN_PUBLISHED,
		description:
			'Taken in hand by China after the Russian collapse: Chinese troops replaced the Russian guards, and from the agreement of 2 October 1920 with the Russo-Asiatic Bank Chinese directors ran the line with its Russian staff, until the Soviet agreements of 1924.',
		sources: [...CER_1920_SOURCES, ...CER_SOURCES]
	},
	{
		id: 'cer-main-line-1924',
		...CER_NAMES,
		start_date: '1924-05-31',
		end_date: '1935-03-23',
		control: 'joint',
		paths: [CER_MAIN],
		published: CER_MAIN_PUBLISHED,
		description:
			'Under joint Sino-Soviet management after the agreement of 31 May 1924 (Zhang Zuolin, who held Manchuria, accepted it only in the Mukden agreement that September); seized by China in 1929 and restored to joint control after the Soviet intervention.',
		sources: [SOURCE_ARTICLE, ...CER_SOURCES, MUKDEN_1924]
	},
	{
		id: 'cer-main-line-1935',
		...CER_NAMES,
		start_date: '1935-03-23',
		end_date: '1945-08-14',
		control: 'japan',
		paths: [CER_MAIN],
		published: CER_MAIN_PUBLISHED,
		description:
			'Sold by the Soviet Union to Manchukuo on 23 March 1935 and run for it by the Japanese South Manchuria Railway Company.',
		sources: [
			'FRUS 1935 vol. III, doc. 92: transfer documents signed in Tokyo, 23 March 1935; management entrusted to the South Manchuria Railway Company',
			...CER_SOURCES
		]
	},
	{
		id: 'cer-main-line-1952',
		'name:en': 'Harbin–Manzhouli and Harbin–Suifenhe railways (former CER main line)',
		'name:zh': '滨洲铁路、滨绥铁路（原中东铁路干线）',
		'name:ru': 'Бывшая главная линия КВЖД (Харбин — Маньчжурия, Харбин — Суйфэньхэ)',
		start_date: '1952-12-31',
		control: 'china',
		paths: [CER_MAIN],
		published: CER_MAIN_PUBLISHED,
		description:
			'Wholly Chinese from 31 December 1952, when the Soviet Union handed over its share of the China Changchun Railway.',
		sources: [
			"Wikipedia, 'Return of the Chinese Eastern Railway' (handed over 31 December 1952)",
			CER_MAIN_KM.source
		]
	},
	{
		id: 'cer-southern-branch',
		...CER_SOUTH_NAMES,
		start_date: '1903-07-14',
		end_date: '1920-10-02',
		control: 'russia',
		paths: [HARBIN_CHANGCHUN],
		published: HARBIN_CHANGCHUN_KM,
		description:
			'The part of the southern branch that Russia kept after 1905, from Harbin to its last station at Kuanchengzi beside Japanese Changchun.',
		sources: [
			...CER_SOURCES,
			"Wikipedia, 'South Manchuria Railway' (Kuanchengzi the last Russian station, Changchun the first Japanese one)",
			HARBIN_CHANGCHUN_KM.source
		]
	},
	{
		id: 'cer-southern-branch-1920',
		...CER_SOUTH_NAMES,
		start_date: '1920-10-02',
		end_date: '1924-05-31',
		control: 'china',
		paths: [HARBIN_CHANGCHUN],
		published: HARBIN_CHANGCHUN_KM,
		description:
			'Under Chinese guard and direction with the main line from 1920 to the Soviet agreements of 1924.',
		sources: [...CER_1920_SOURCES, ...CER_SOURCES, HARBIN_CHANGCHUN_KM.source]
	},
	{
		id: 'cer-southern-branch-1924',
		...CER_SOUTH_NAMES,
		start_date: '1924-05-31',
		end_date: '1935-03-23',
		control: 'joint',
		paths: [HARBIN_CHANGCHUN],
		published: HARBIN_CHANGCHUN_KM,
		description:
			'Under joint Sino-Soviet management with the main line from 1924 to the sale of 1935.',
		sources: [SOURCE_ARTICLE, ...CER_SOURCES, HARBIN_CHANGCHUN_KM.source]
	},
	{
		id: 'cer-southern-branch-1935',
		...CER_SOUTH_NAMES,
		start_date: '1935-03-23',
		end_date: '1945-08-14',
		control: 'japan',
		paths: [HARBIN_CHANGCHUN],
		published: HARBIN_CHANGCHUN_KM,
		description: 'Sold to Manchukuo with the rest of the CER in March 1935.',
		sources: [
			'FRUS 1935 vol. III, doc. 92: transfer signed 23 March 1935',
			...CER_SOURCES,
			HARBIN_CHANGCHUN_KM.source
		]
	},
	{
		id: 'cer-southern-branch-1903',
		'name:en': 'Chinese Eastern Railway, southern branch (Changchun–Dalny–Port Arthur)',
		'name:zh': '中东铁路南部支线（长春—大连—旅顺）',
		'name:ru': 'Южная ветка КВЖД (Чанчунь — Дальний — Порт-Артур)',
		start_date: '1903-07-14',
		end_date: '1905-09-05',
		control: 'russia',
		paths: [CHANGCHUN_DALIAN, LUSHUN_BRANCH],
		published: SMR_PUBLISHED,
		description:
			'The southern branch as Russia built it, on to Dalny (Dalian) and Port Arthur; lost to Japan in the war of 1904–1905 and ceded by the Treaty of Portsmouth.',
		sources: [
			...CER_SOURCES,
			"Wikipedia, 'South Manchuria Railway' (main line to Port Arthur built 1898–1903 by the CER; taken over by Japan after 1905)",
			SMR_KM.source
		]
	},
	{
		id: 'south-manchuria-railway',
		'name:en': 'South Manchuria Railway',
		'name:zh': '南满洲铁道',
		'name:ru': 'Южно-Маньчжурская железная дорога',
		start_date: '1906-11-26',
		end_date: '1945-08-14',
		control: 'japan',
		paths: [CHANGCHUN_DALIAN, LUSHUN_BRANCH],
		published: SMR_PUBLISHED,
		description:
			'The Japanese company line from Changchun through Mukden (Shenyang) to Dalian and Port Arthur, the backbone of Japanese power in Manchuria.',
		sources: [
			"Wikipedia, 'South Manchuria Railway' (company founded 26 November 1906; dissolved 1945)",
			SMR_KM.source
		]
	},
	{
		id: 'china-changchun-railway',
		'name:en': 'China Changchun Railway',
		'name:zh': '中国长春铁路',
		'name:ru': 'Китайская Чанчуньская железная дорога',
		start_date: '1945-08-14',
		end_date: '1952-12-31',
		control: 'joint',
		paths: [CER_MAIN, HARBIN_DALIAN, LUSHUN_BRANCH],
		published: CCR_PUBLISHED,
		description:
			'The CER and South Manchuria main lines merged under joint Sino-Soviet ownership by the treaty of 14 August 1945, until the Soviet share was returned on 31 December 1952.',
		sources: [
			"Wikipedia (ru), 'Китайско-Восточная железная дорога' (China Changchun Railway from August 1945)",
			"Wikipedia, 'Return of the Chinese Eastern Railway' (handed over 31 December 1952; 3,282.7 km of lines including branches)",
			SOURCE_ARTICLE
		]
	},
	{
		id: 'harbin-dalian-railway-1952',
		'name:en': 'Harbin–Dalian railway (former CER southern branch and SMR)',
		'name:zh': '哈大铁路',
		'name:ru': 'Железная дорога Харбин — Далянь',
		start_date: '1952-12-31',
		control: 'china',
		paths: [HARBIN_DALIAN, LUSHUN_BRANCH],
		published: HARBIN_DALIAN_KM,
		description:
			'The old southern branch and South Manchuria line, wholly Chinese from 31 December 1952.',
		sources: [
			"Wikipedia, 'Return of the Chinese Eastern Railway' (handed over 31 December 1952)",
			HARBIN_DALIAN_KM.source
		]
	},
	{
		id: 'trans-siberian-east-1916',
		'name:en': 'Trans-Siberian Railway: Chita–Khabarovsk–Vladivostok',
		'name:zh': '西伯利亚大铁路东段（赤塔—哈巴罗夫斯克—符拉迪沃斯托克）',
		'name:ru': 'Транссибирская магистраль: Чита — Хабаровск — Владивосток',
		start_date: '1916',
		end_date: '1922-11-15',
		control: 'russia',
		paths: [CHITA_VLADIVOSTOK],
		published: CHITA_VLADIVOSTOK_PUBLISHED,
		description:
			'The all-Russian route to the Pacific along the Amur, complete in 1916; fought over in the Civil War until the Far Eastern Republic joined Soviet Russia in November 1922.',
		sources: [
			"Wikipedia, 'Zabaykalsk' (the all-Russian Trans-Siberian route completed in 1916)",
			"Wikipedia, 'Far Eastern Republic' (6 April 1920 – 15 November 1922; Vladivostok taken 25 October 1922)",
			CHITA_VLADIVOSTOK_KM.source
		]
	},
	{
		id: 'trans-siberian-east',
		'name:en': 'Trans-Siberian Railway: Chita–Khabarovsk–Vladivostok',
		'name:zh': '西伯利亚大铁路东段（赤塔—哈巴罗夫斯克—符拉迪沃斯托克）',
		'name:ru': 'Транссибирская магистраль: Чита — Хабаровск — Владивосток',
		start_date: '1922-11-15',
		control: 'soviet',
		paths: [CHITA_VLADIVOSTOK],
		published: CHITA_VLADIVOSTOK_PUBLISHED,
		description:
			"The Soviet Far East's lifeline, running close to the Chinese border along the Amur and Ussuri.",
		sources: [
			"Wikipedia, 'Far Eastern Republic' (merged with the RSFSR 15 November 1922)",
			CHITA_VLADIVOSTOK_KM.source
		]
	},
	{
		id: 'transbaikal-branch-1901',
		'name:en': 'Transbaikal branch: Karymskaya–Manzhouli',
		'name:zh': '卡雷姆斯卡亚—满洲里铁路',
		'name:ru': 'Ветка Карымская — Маньчжурия',
		start_date: '1901',
		end_date: '1922-11-15',
		control: 'russia',
		paths: [KARYMSKAYA_MANZHOULI],
		published: KARYMSKAYA_MANZHOULI_PUBLISHED,
		description:
			'The link from the Trans-Siberian to the CER at Manzhouli, the through route to Vladivostok until the Amur line was finished in 1916.',
		sources: [
			"Wikipedia (ru), 'Борзя (станция)' (opened 1901)",
			"Wikipedia, 'Zabaykalsk' (branch leaves the Trans-Siberian at Karymskaya; main route to Vladivostok until 1916)",
			KARYMSKAYA_MANZHOULI_KM.source
		]
	},
	{
		id: 'transbaikal-branch',
		'name:en': 'Transbaikal branch: Karymskaya–Manzhouli',
		'name:zh': '卡雷姆斯卡亚—满洲里铁路',
		'name:ru': 'Ветка Карымская — Маньчжурия',
		start_date: '1922-11-15',
		control: 'soviet',
		paths: [KARYMSKAYA_MANZHOULI],
		published: KARYMSKAYA_MANZHOULI_PUBLISHED,
		description:
			'The Soviet approach to Manzhouli, and in August 1945 a base for the invasion of Manchuria.',
		sources: [
			"Wikipedia, 'Zabaykalsk' (a base of the Soviet invasion of Manchuria in 1945)",
			"Wikipedia, 'Far Eastern Republic' (merged with the RSFSR 15 November 1922)",
			KARYMSKAYA_MANZHOULI_KM.source
		]
	},
	{
		id: 'ussuri-link-1900',
		'name:en': 'Eastern link: Suifenhe–Grodekovo–Ussuriysk',
		'name:zh': '绥芬河—格罗捷科沃—乌苏里斯克铁路',
		'name:ru': 'Суйфэньхэ — Гродеково — Уссурийск',
		start_date: '1900-01',
		end_date: '1922-11-15',
		control: 'russia',
		paths: [SUIFENHE_USSURIYSK],
		description:
			"The CER's eastern exit, from the border station of Suifenhe to Grodekovo and the Ussuri line at Nikolsk (Ussuriysk); traffic began in January 1900.",
		sources: [
			'Grodekovo station history (Primorye regional press): traffic opened January 1900, joining the CER and the Trans-Siberian',
			"Wikipedia (zh), '波格拉尼奇內' (Suifenhe–Grodekovo 26 km)"
		]
	},
	{
		id: 'ussuri-link',
		'name:en': 'Eastern link: Suifenhe–Grodekovo–Ussuriysk',
		'name:zh': '绥芬河—格罗捷科沃—乌苏里斯克铁路',
		'name:ru': 'Суйфэньхэ — Гродеково — Уссурийск',
		start_date: '1922-11-15',
		control: 'soviet',
		paths: [SUIFENHE_USSURIYSK],
		description:
			'The Soviet side of the eastern crossing; Grodekovo remained the first Russian station for trains from Harbin.',
		sources: [
			"Wikipedia (ru), 'Гродеково (станция)' (border station on the Ussuriysk–Grodekovo–Suifenhe line)",
			"Wikipedia, 'Far Eastern Republic' (merged with the RSFSR 15 November 1922)"
		]
	},
	{
		id: 'ulan-ude-naushki-railway',
		'name:en': 'Ulan-Ude–Naushki railway',
		'name:zh': '乌兰乌德—纳乌什基铁路',
		'name:ru': 'Железная дорога Улан-Удэ — Наушки',
		start_date: '1940',
		control: 'soviet',
		paths: [ULAN_UDE_NAUSHKI],
		published: stillShort(ULAN_UDE_NAUSHKI_KM, SELENGA_GAP),
		description:
			'The Soviet branch from the Trans-Siberian to the Mongolian border, begun in 1937, worked by trains from January 1939 and put into service in 1940; the Soviet end of the Trans-Mongolian line.',
		sources: [
			"Wikipedia (ru), 'Заудинский (станция)' (the branch to Naushki begun in 1937; working traffic from 15 January 1939; put into service in 1940)",
			"Gudok, 'Малая линия с большой историей' (18 February 2019): working traffic on Ulan-Ude–Naushki opened in the winter of 1939",
			ULAN_UDE_NAUSHKI_KM.source
		]
	},
	{
		id: 'naushki-ulaanbaatar-railway',
		'name:en': 'Naushki–Ulaanbaatar railway',
		'name:zh': '纳乌什基—乌兰巴托铁路',
		'name:ru': 'Железная дорога Наушки — Улан-Батор',
		start_date: '1949',
		end_date: '1955-12-31',
		control: 'joint',
		paths: [NAUSHKI_ULAANBAATAR],
		published: stillShort(NAUSHKI_ULAANBAATAR_KM, MONGOLIA_GAP),
		description:
			'The Mongolian line from the Soviet border to Ulaanbaatar, opened in 1949 (1950 in some accounts) and run by the joint Soviet–Mongolian Ulaanbaatar Railway company set up on 6 June 1949.',
		sources: [
			"Wikipedia, 'Trans-Mongolian Railway' (Ulan-Ude–Naushki line begun in 1937; opened to Ulaanbaatar 1949; some versions give 1950)",
			"Montsame, '70th anniversary of first train arriving in Mongolia': Ulaanbaatar Railway, a Mongolian–Soviet joint company, established by the agreement of 6 June 1949",
			NAUSHKI_ULAANBAATAR_KM.source
		]
	},
	{
		id: 'trans-mongolian-railway',
		'name:en': 'Trans-Mongolian Railway (Mongolian section)',
		'name:zh': '蒙古纵贯铁路（蒙古段）',
		'name:ru': 'Трансмонгольская железная дорога (монгольский участок)',
		start_date: '1956-01-01',
		control: 'joint',
		paths: [TRANS_MONGOLIAN],
		published: stillShort(
			TRANS_MONGOLIAN_KM,
			`${MONGOLIA_GAP}; in the Gobi, Sainshand (km 6,778) to Zamyn-Üüd (km 7,013) is 235 km (192 km here; Airag and Shiveegovi could not be sourced)`
		),
		description:
			'Across Mongolia from the Soviet border through Ulaanbaatar to Zamyn-Üüd, run by the joint Soviet–Mongolian company; with the Soviet and Chinese lines at either end it opened through from Ulan-Ude to Jining on 1 January 1956.',
		sources: [
			"Wikipedia, 'Trans-Mongolian Railway' (opened to China 1956; opened by Ulanhu on 1 January 1956)",
			"Wikipedia, 'Rail transport in Mongolia' (opened 1 January 1956)",
			"Montsame, '70th anniversary of first train arriving in Mongolia' (the joint Mongolian–Soviet company of 6 June 1949)",
			TRANS_MONGOLIAN_KM.source
		]
	},
	{
		id: 'jining-erenhot-railway',
		'name:en': 'Jining–Erenhot railway',
		'name:zh': '集二铁路',
		'name:ru': 'Железная дорога Цзинин — Эрлянь',
		start_date: '1956-01-01',
		control: 'china',
		paths: [ERENHOT_JINING],
		published: ERENHOT_JINING_KM,
		description:
			'The Chinese end of the Trans-Mongolian line, wholly in Inner Mongolia, from the border at Erenhot to Jining on the Beijing–Baotou railway; drawn with the short border link from Zamyn-Üüd.',
		sources: [
			"铁影, '草原之路——集二铁路' (the Chinese Jining–Erenhot railway, wholly in Inner Mongolia, meets the Mongolian line at the border)",
			"Wikipedia, 'Trans-Mongolian Railway' (opened to China 1956; opened by Ulanhu on 1 January 1956)",
			ERENHOT_JINING_KM.source
		]
	},
	{
		id: 'turksib',
		'name:en': 'Turkestan–Siberia Railway (Turksib)',
		'name:zh': '土西铁路（土耳其斯坦—西伯利亚铁路）',
		'name:ru': 'Туркестано-Сибирская железная дорога (Турксиб)',
		start_date: '1931',
		control: 'soviet',
		paths: [TURKSIB],
		published: stillShort(
			TURKSIB_KM,
			"Semipalatinsk–Lugovaya is 1,452 km, 1,276 km through the sourced stations here; most of the gap is Aktogay–Almaty I, about 558 km of track (Wikipedia (ru), 'Отар (станция)') and 479 km here; the smaller Kazakh stations in between are not in GeoNames cities1000 and no coordinates were found"
		),
		description:
			'The first Five-Year Plan line from Siberia to Soviet Central Asia, built 1927–1931 through eastern Kazakhstan past Semipalatinsk and Alma-Ata.',
		sources: [
			"Wikipedia, 'Turkestan–Siberia Railway' (construction 1926–1931)",
			"Great Soviet Encyclopedia, 'Turkestan-Siberian Railroad' (built 1927–1931)"
		]
	},
	{
		id: 'lanzhou-xinjiang-railway',
		'name:en': 'Lanzhou–Xinjiang Railway',
		'name:zh': '兰新铁路',
		'name:ru': 'Железная дорога Ланьчжоу — Синьцзян',
		start_date: '1962',
		control: 'china',
		paths: [LANXIN],
		published: stillShort(
			LANXIN_KM,
			'Lanzhou–Liuyuan is 1,067 km of track, 959 km through the sourced stations here (the climb over Wushaoling and the Hexi Corridor); the Turpan and Shanshan points are the towns, while the line passes north of them (Turpan station is at Daheyan); no further station coordinates could be sourced'
		),
		description:
			"China's line up the Hexi Corridor to Ürümqi, begun in 1952 and reaching Ürümqi in 1962; its extension west was joined to the Kazakh railways only on 12 September 1990.",
		sources: [
			"Wikipedia, 'Lanzhou–Xinjiang railway' (begun 1952, reached Ürümqi 1962, opened 1966; linked with Kazakhstan 12 September 1990)"
		]
	}
];
