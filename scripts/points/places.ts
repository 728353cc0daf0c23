/**
 * Towns the story names (places.geojson). Coordinates are the ones the town's Wikipedia article
 * gives (the language edition and the value are in each citation); names are the standard
 * modern forms in each language, with older names in the description. Every town already
 * existed in 1917, so start_date is the story's opening year.
 */
import type { PointRow } from './rows';

/** All places start with the story: each town was founded before 1917 (see its article). */
const FROM_1917 = 'Story period opens in 1917; the town predates it (founding date in its article)';

/** A place row with the shared start date and kind-independent defaults filled in. */
function place(row: Omit<PointRow, 'start' | 'dateSource' | 'precision'>): PointRow {
	return { ...row, start: '1917', dateSource: FROM_1917, precision: 'exact' };
}

export const PLACES: PointRow[] = [
	place({
		id: 'moscow',
		names: { en: 'Moscow', zh: '莫斯科', ru: 'Москва' },
		rank: 1,
		at: [37.6175, 55.7504],
		coordSource: "Wikipedia (nl), 'Moskou': 55°45′01.6″N 37°37′03.0″E",
		description:
			'Capital of Soviet Russia from 1918 and of the Soviet Union, where most treaties of the story were signed.'
	}),
	place({
		id: 'beijing',
		names: { en: 'Beijing', zh: '北京', ru: 'Пекин' },
		rank: 1,
		at: [116.3917, 39.9139],
		coordSource: "Wikipedia (en, earlier revision), 'Beijing': 39°54′50″N 116°23′30″E",
		description:
			'Seat of the Beiyang government until 1928 (as Peking), renamed Peiping while Nanjing was capital, and capital of the People’s Republic from 1949.'
	}),
	place({
		id: 'nanjing',
		names: { en: 'Nanjing', zh: '南京', ru: 'Нанкин' },
		rank: 1,
		at: [118.767, 32.05],
		coordSource: "Wikipedia (en), 'Nanjing': 32°03′N 118°46′E",
		extraSources: [
			"Wikipedia (en), 'Nationalist government' (seat at Nanjing from 18 April 1927; the government moved to Chongqing during the war with Japan and returned to Nanjing after it)"
		],
		description:
			'Capital of the Nationalist government from 1927 until the PLA took it in April 1949, except in the war years 1937–1946, when the government sat at Chongqing.'
	}),
	place({
		id: 'shanghai',
		names: { en: 'Shanghai', zh: '上海', ru: 'Шанхай' },
		rank: 2,
		at: [121.5, 31.2],
		coordSource: "Wikipedia (en, 2016 revision), 'Shanghai': 31°12′N 121°30′E",
		description: 'China’s largest port, where the KMT purge of the Communists began in April 1927.'
	}),
	place({
		id: 'wuhan',
		names: { en: 'Wuhan', zh: '武汉', ru: 'Ухань' },
		rank: 2,
		at: [114.2881, 30.5872],
		coordSource:
			"Wikipedia (en), 'Wuhan': 30°35′14″N 114°17′17″E (value as reproduced by a gazetteer copy)",
		description:
			'The three river towns of Wuchang, Hankou and Hanyang; wartime seat of government in 1938 and base of Soviet volunteer airmen.'
	}),
	place({
		id: 'harbin',
		names: { en: 'Harbin', zh: '哈尔滨', ru: 'Харбин' },
		rank: 2,
		at: [126.6333, 45.75],
		coordSource: "Wikipedia (en, as mirrored in the Scots edition), 'Harbin': 45°45′N 126°38′E",
		description:
			'Railway town founded by the Russians in 1898 at the junction of the Chinese Eastern Railway, and its headquarters.'
	}),
	place({
		id: 'changchun',
		names: { en: 'Changchun', zh: '长春', ru: 'Чанчунь' },
		rank: 2,
		at: [125.326, 43.897],
		coordSource: "Wikipedia (en), 'Changchun': 43°53′49″N 125°19′34″E (Jilin People's Government)",
		description:
			'Junction of the Chinese Eastern and South Manchuria railways; as Hsinking it was the capital of Manchukuo.'
	}),
	place({
		id: 'shenyang',
		names: { en: 'Shenyang', zh: '沈阳', ru: 'Шэньян' },
		rank: 2,
		at: [123.4481, 41.7956],
		coordSource: "Wikipedia (de), 'Shenyang': 41°47′44″N 123°26′53″E",
		description:
			'Known as Mukden (Russian: Мукден); the 1931 railway explosion near the city opened the Japanese conquest of Manchuria.'
	}),
	place({
		id: 'dalian',
		names: { en: 'Dalian', zh: '大连', ru: 'Далянь' },
		rank: 2,
		at: [121.6, 38.9],
		coordSource: "Wikipedia (en), 'Dalian': 38°54′N 121°36′E (municipal government)",
		description:
			'Ice-free port at the tip of the Liaodong peninsula, known as Dalny to Russians and Dairen to the Japanese.'
	}),
	place({
		id: 'lushun',
		names: { en: 'Lüshun', zh: '旅顺', ru: 'Люйшунь' },
		rank: 3,
		at: [121.2502, 38.8534],
		coordSource: "Wikipedia (en), 'Lüshunkou District': 38°51′12″N 121°15′01″E",
		description:
			'The naval base known as Port Arthur (Порт-Артур); Soviet forces held it jointly with China from 1945 until 1955.'
	}),
	place({
		id: 'manzhouli',
		names: { en: 'Manzhouli', zh: '满洲里', ru: 'Маньчжурия' },
		rank: 3,
		at: [117.3789, 49.5981],
		coordSource: "Wikipedia (en, 2020 revision), 'Manzhouli': 49°35′53″N 117°22′44″E",
		description:
			'Border station where the Chinese Eastern Railway entered Manchuria from Transbaikalia.'
	}),
	place({
		id: 'suifenhe',
		names: { en: 'Suifenhe', zh: '绥芬河', ru: 'Суйфэньхэ' },
		rank: 3,
		at: [131.1518, 44.4124],
		coordSource: "Wikipedia (en), 'Suifenhe': 44.4124°N 131.1518°E (municipal government)",
		description:
			'Eastern border station of the Chinese Eastern Railway, facing Pogranichny (Grodekovo) in Primorye.'
	}),
	place({
		id: 'vladivostok',
		names: { en: 'Vladivostok', zh: '符拉迪沃斯托克', ru: 'Владивосток' },
		rank: 2,
		at: [131.8853, 43.115],
		coordSource: "Wikipedia (en), 'Vladivostok': 43°06′54″N 131°53′07″E",
		description:
			'Pacific terminus of the Trans-Siberian Railway (Chinese also 海参崴); the Allied intervention landed here in 1918.'
	}),
	place({
		id: 'khabarovsk',
		names: { en: 'Khabarovsk', zh: '哈巴罗夫斯克', ru: 'Хабаровск' },
		rank: 2,
		at: [135.0833, 48.4833],
		coordSource: "Wikipedia (en/simple), 'Khabarovsk': 48°29′N 135°05′E",
		description:
			'City at the Amur–Ussuri confluence (Chinese also 伯力); the 1929 railway conflict was settled by a protocol signed here.'
	}),
	place({
		id: 'chita',
		names: { en: 'Chita', zh: '赤塔', ru: 'Чита' },
		rank: 2,
		at: [113.4667, 52.05],
		coordSource: "Wikipedia (en), 'Chita, Zabaykalsky Krai': 52°03′N 113°28′E",
		description:
			'Transbaikal city on the Trans-Siberian Railway, where the Soviet Far Eastern command assembled in July 1945.'
	}),
	place({
		id: 'irkutsk',
		names: { en: 'Irkutsk', zh: '伊尔库茨克', ru: 'Иркутск' },
		rank: 2,
		at: [104.2798, 52.2891],
		coordSource: "Wikipedia (es), 'Irkutsk': 52°17′20.8″N 104°16′47.4″E",
		description:
			'East Siberian city on the Angara near Lake Baikal, a stage of the Russian Civil War.'
	}),
	place({
		id: 'ulan-ude',
		names: { en: 'Ulan-Ude', zh: '乌兰乌德', ru: 'Улан-Удэ' },
		rank: 3,
		at: [107.6, 51.8333],
		coordSource: "Wikipedia (simple), 'Ulan-Ude': 51°50′N 107°36′E",
		description:
			'Called Verkhneudinsk until 1934; the railway to Mongolia leaves the Trans-Siberian here.'
	}),
	place({
		id: 'ulaanbaatar',
		names: { en: 'Ulaanbaatar', zh: '乌兰巴托', ru: 'Улан-Батор' },
		rank: 1,
		at: [106.9172, 47.9203],
		coordSource: "Wikipedia (en), 'Ulaanbaatar': 47°55′13″N 106°55′02″E",
		description: 'Known as Urga (Урга) until 1924; capital of the Mongolian People’s Republic.'
	}),
	place({
		id: 'kyzyl',
		names: { en: 'Kyzyl', zh: '克孜勒', ru: 'Кызыл' },
		rank: 1,
		at: [94.45, 51.7167],
		coordSource:
			"Wikipedia (sv), 'Kyzyl': 51°43′00″N 94°27′00″E (French edition 51°43′23″N 94°27′15″E); the Russian edition's 51°42′N 94°22′E lies about 6 km west of the centre at the Yenisei confluence",
		description:
			'Founded in 1914 as Belotsarsk, later Khem-Beldyr; capital of the Tuvan People’s Republic from 1921 to 1944.'
	}),
	place({
		id: 'urumqi',
		names: { en: 'Ürümqi', zh: '乌鲁木齐', ru: 'Урумчи' },
		rank: 2,
		at: [87.6, 43.825],
		coordSource: "Wikipedia (en), 'Ürümqi': 43°49′30″N 87°36′00″E",
		description: 'Provincial capital of Xinjiang, called Dihua (Tihwa) until 1954.'
	}),
	place({
		id: 'yining',
		names: { en: 'Yining', zh: '伊宁', ru: 'Кульджа' },
		rank: 3,
		at: [81.3167, 43.9167],
		coordSource: "Wikipedia (en), 'Yining': 43°55′N 81°19′E",
		description:
			'Also Ghulja or Kuldja; the Ili Rebellion broke out here in 1944 and it became the capital of the East Turkestan Republic.'
	}),
	place({
		id: 'tacheng',
		names: { en: 'Tacheng', zh: '塔城', ru: 'Чугучак' },
		rank: 3,
		at: [82.9869, 46.7517],
		coordSource: "Wikipedia (en), 'Tacheng': 46°45′06″N 82°59′13″E (municipal government)",
		description:
			'Historically Chuguchak, the name Russian still uses; a trading town near the Soviet border and seat of the Tarbagatay district.'
	}),
	place({
		id: 'altay',
		names: { en: 'Altay', zh: '阿勒泰', ru: 'Алтай' },
		rank: 3,
		at: [88.1353, 47.8478],
		coordSource: "Wikipedia (ru), 'Алтай (городской уезд)': 47°50′52″N 88°08′07″E",
		description:
			'Formerly Sharasume (Шара-Сумэ) or Chenghua; seat of the Altay district in northern Xinjiang.'
	}),
	place({
		id: 'kashgar',
		names: { en: 'Kashgar', zh: '喀什', ru: 'Кашгар' },
		rank: 3,
		at: [75.9833, 39.4667],
		coordSource: "Wikipedia (en, as mirrored in the Scots edition), 'Kashgar': 39°28′N 75°59′E",
		description: 'Oasis city of southern Xinjiang, centre of the 1937 Muslim rising.'
	}),
	place({
		id: 'lanzhou',
		names: { en: 'Lanzhou', zh: '兰州', ru: 'Ланьчжоу' },
		rank: 2,
		at: [103.835, 36.062],
		coordSource: "Wikipedia (en), 'Lanzhou': 36°03′43″N 103°50′06″E (Shimin Square)",
		description:
			'Capital of Gansu on the Yellow River; one of the bases of the Soviet Volunteer Group in 1937–1941.'
	}),
	place({
		id: 'almaty',
		names: { en: 'Almaty', zh: '阿拉木图', ru: 'Алма-Ата' },
		rank: 2,
		at: [76.8958, 43.2775],
		coordSource: "Wikipedia (simple), 'Almaty': 43°16′39″N 76°53′45″E",
		description: 'Called Verny until 1921, then Alma-Ata; capital of Soviet Kazakhstan from 1929.'
	}),
	place({
		id: 'hailar',
		names: { en: 'Hailar', zh: '海拉尔', ru: 'Хайлар' },
		rank: 3,
		at: [119.7711, 49.2072],
		coordSource:
			"Wikipedia (en), 'Hailar District' (2020 revision): 49°12′26″N 119°46′16″E (Genghis Khan Square, the town centre; later revisions give the new district government 5 km east-north-east)",
		description:
			'Station town on the western Chinese Eastern Railway, heavily fortified by the Japanese before 1945.'
	}),
	place({
		id: 'heihe',
		names: { en: 'Heihe', zh: '黑河', ru: 'Хэйхэ' },
		rank: 3,
		at: [127.521, 50.2401],
		coordSource: "Wikipedia (en), 'Heihe': 50°14′24″N 127°31′16″E (Heihe Customs)",
		description:
			'Chinese town on the Amur opposite Blagoveshchensk; Aigun lies a little downstream.'
	}),
	place({
		id: 'blagoveshchensk',
		names: { en: 'Blagoveshchensk', zh: '布拉戈维申斯克', ru: 'Благовещенск' },
		rank: 3,
		at: [127.5333, 50.25],
		coordSource: "Wikipedia (en), 'Blagoveshchensk': 50°15′N 127°32′E",
		description:
			'Russian city at the Amur–Zeya confluence (Chinese also 海兰泡), facing Heihe across the river.'
	}),
	place({
		id: 'dandong',
		names: { en: 'Dandong', zh: '丹东', ru: 'Даньдун' },
		rank: 3,
		at: [124.3833, 40.1167],
		coordSource: "Wikipedia (en, earlier revision), 'Dandong': 40°07′N 124°23′E",
		description:
			'Called Andong (Antung) until 1965; Chinese troops crossed the Yalu into Korea here in October 1950.'
	}),
	place({
		id: 'pyongyang',
		names: { en: 'Pyongyang', zh: '平壤', ru: 'Пхеньян' },
		rank: 1,
		at: [125.7381, 39.0194],
		coordSource:
			"Library of Congress, Geography and Map Division blog, 'North Korea's Enigmatic Capital Pyongyang' (2016): 39°1′10″N 125°44′17″E",
		description: 'Capital of North Korea from 1948.'
	})
];
