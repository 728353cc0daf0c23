/**
 * The historical regions: names, dates, control and sources, plus how each geometry is made
 * (a Natural Earth country as is, or a hand-drawn outline cut with a Natural Earth country).
 */
import type { RegionDef } from './types';
import { NATURAL_EARTH_SOURCE } from './natural-earth';

const CUT = (outline: string) =>
	`Hand-drawn interior line (scripts/geodata/outlines.ts, ${outline}); international borders and coast: ${NATURAL_EARTH_SOURCE}`;

const SOURCE_ARTICLE = 'Sino-Soviet relations (Wikipedia, CC BY-SA), project source text';

const APPROX = 'Boundary approximate: drawn by hand from the towns on either side.';

export const REGIONS: RegionDef[] = [
	{
		id: 'manchuria',
		'name:en': 'Manchuria (Three Eastern Provinces)',
		'name:zh': '东三省（满洲）',
		'name:ru': 'Маньчжурия (Три восточные провинции)',
		start_date: '1907-04-20',
		control: 'china',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'MANCHURIA', country: 'China' },
		geometrySource: CUT('MANCHURIA'),
		description: `Fengtian (Liaoning), Jilin and Heilongjiang, with Hulunbuir, made provinces in 1907 and shown here for the whole story. ${APPROX} The borders with Russia and Korea are Natural Earth's.`,
		sources: [
			'FRUS 1907, Rockhill to the Secretary of State: imperial edict of 20 April 1907 reorganizing the three Manchurian provinces',
			"Wikipedia, 'Viceroy of the Three Eastern Provinces' (Fengtian, Jilin, Heilongjiang; office created 1907)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'manchukuo',
		'name:en': 'Manchukuo',
		'name:zh': '满洲国',
		'name:ru': 'Маньчжоу-го',
		start_date: '1932-03-01',
		end_date: '1945-08',
		control: 'japan',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'MANCHURIA', country: 'China', minus: ['KWANTUNG'] },
		geometrySource: `${CUT('MANCHURIA')}; minus the Kwantung Leased Territory`,
		description: `Japan's client state in Manchuria, proclaimed on 1 March 1932 and ended by the Soviet invasion of August 1945; the Kwantung territory stayed under Japan directly. ${APPROX}`,
		sources: [
			"Wikipedia, 'Manchukuo' (established 1 March 1932; Soviet invasion 9 August 1945; dissolved August 1945)",
			SOURCE_ARTICLE,
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'rehe-manchukuo',
		'name:en': 'Rehe (Jehol), annexed to Manchukuo',
		'name:zh': '热河省（满洲国）',
		'name:ru': 'Провинция Жэхэ (Маньчжоу-го)',
		start_date: '1933-03',
		end_date: '1945-08',
		control: 'japan',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'REHE', country: 'China' },
		geometrySource: CUT('REHE'),
		description: `Rehe province north of the Great Wall, seized by Japan in Operation Nekka (from January 1933) and joined to Manchukuo in March 1933. ${APPROX}`,
		sources: [
			"Wikipedia, 'Rehe Province' (Operation Nekka from 21 January 1933; annexed to Manchukuo; area 114,000 km²)",
			"Wikipedia (ru), 'Жэхэ' (occupied and joined to Manchukuo in March 1933; 179,982 km² in 1955)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'kwantung-leased-territory',
		'name:en': 'Kwantung Leased Territory',
		'name:zh': '关东州',
		'name:ru': 'Квантунская область',
		start_date: '1905-09-05',
		end_date: '1945-08',
		control: 'japan',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'KWANTUNG', country: 'China' },
		geometrySource: CUT('KWANTUNG'),
		description: `The tip of the Liaodong peninsula with Dalian and Lüshun (Port Arthur), leased to Russia in 1898 and held by Japan from the Treaty of Portsmouth (1905) until 1945; never part of Manchukuo. ${APPROX}`,
		sources: [
			"Wikipedia, 'Kwantung Leased Territory' (lease to the north shore of Yadang Bay and Pikou; Japanese from the Portsmouth Treaty, 1905, to 1945)",
			"Encyclopaedia Britannica (1929), 'Kwantung' (about 1,300 sq mi; customs stations at Kinchow, Pulantien, Pitzewo, Port Arthur)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'port-arthur-naval-base',
		'name:en': 'Port Arthur naval base area',
		'name:zh': '旅顺口海军基地',
		'name:ru': 'Военно-морская база Порт-Артур',
		start_date: '1945-08-14',
		end_date: '1955-05',
		control: 'soviet',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'KWANTUNG', country: 'China' },
		geometrySource: `${CUT('KWANTUNG')} (drawn as the former Kwantung territory)`,
		description:
			"Lüshun and its hinterland, a naval base shared with China under the treaty of 14 August 1945 but garrisoned by Soviet forces, who landed on 22 August, until they left in May 1955. Dalian, inside the same outline, stayed under Chinese administration by the companion agreement. Drawn approximately as the former Kwantung territory; the agreement's own map set the exact line.",
		sources: [
			'Sino-Soviet Agreement on Port Arthur, 14 August 1945 (text): joint use as a naval base; limits set by an annexed description and map',
			'FRUS 1947 vol. VII, doc. 393: the 1945 agreement left the administration of Dairen (Dalian) to China, outside the control of the Port Arthur military authorities except in war with Japan',
			'Россия и Китай: конфликты и сотрудничество, p. 166: Soviet airborne troops landed at Port Arthur on 22 August 1945 and disarmed the Japanese garrison from 23 August',
			"Soviet Historical Dictionary, 'Порт-Артур' (joint use agreed 1945; Soviet forces withdrawn in May 1955)",
			SOURCE_ARTICLE
		]
	},
	{
		id: 'xinjiang',
		'name:en': 'Xinjiang',
		'name:zh': '新疆',
		'name:ru': 'Синьцзян',
		start_date: '1884',
		control: 'china',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'XINJIANG', country: 'China' },
		geometrySource: CUT('XINJIANG'),
		description:
			"A Chinese province from 1884, the Xinjiang Uyghur Autonomous Region from 1955. The Altai (Ashan) region in the north was governed separately until 1 June 1919, when it was merged into the province; it is drawn inside the province throughout. The line against Gansu, Qinghai and Tibet is approximate, drawn by hand; the borders with the Soviet Union, Mongolia and South Asia are Natural Earth's.",
		sources: [
			"Wikipedia, 'Xinjiang Province, Republic of China' (province from 1884; replaced by the autonomous region in 1955; 1,711,931 km² in 1928)",
			"Wikipedia (zh), '阿山道': by presidential order of 1 June 1919 the Altai region became Ashan circuit and was merged into Xinjiang province",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'etr-ili',
		'name:en': 'Ili district (East Turkestan Republic)',
		'name:zh': '伊犁区（三区革命）',
		'name:ru': 'Илийский округ (Восточно-Туркестанская Республика)',
		start_date: '1944-11-12',
		end_date: '1949-12-22',
		control: 'east-turkestan',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'ETR_ILI', country: 'China' },
		geometrySource: CUT('ETR_ILI'),
		description: `The Ili valley around Ghulja (Yining), where the Soviet-backed East Turkestan Republic was proclaimed on 12 November 1944; its eastern end at Jinghe was taken only in September 1945. The republic joined a coalition provincial government in June 1946, but its leaders kept the three districts until they came over to the People's Liberation Army in December 1949. ${APPROX}`,
		sources: [
			"Wikipedia, 'Second East Turkestan Republic' (independence declared 12 November 1944 in Ghulja; Ili, Tarbagatay and Altay districts; incorporated into the PRC 22 December 1949; current revisions end the republic on 27 June 1946 with the coalition government, after which an Ili district council governed the three districts)",
			"Wikipedia (de), 'Ili-Nationalarmee': fighting around Shihezi and Jinghe in September 1945",
			"Wikipedia, 'Ili Rebellion' (7 November 1944 – 22 December 1949)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'etr-tarbagatai',
		'name:en': 'Tarbagatai district (East Turkestan Republic)',
		'name:zh': '塔城区（三区革命）',
		'name:ru': 'Тарбагатайский округ (Восточно-Туркестанская Республика)',
		start_date: '1945-07-31',
		end_date: '1949-12-22',
		control: 'east-turkestan',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'ETR_TARBAGATAI', country: 'China' },
		geometrySource: CUT('ETR_TARBAGATAI'),
		description: `Tacheng (Chuguchak) and the plain east to the Manas River. Rebel forces took Emin on 29 July and Tacheng on 31 July 1945, and Wusu and the plain to the Manas in September; the districts were held until the end of 1949. ${APPROX}`,
		sources: [
			'Report for Cde. I. V. Stalin and Cde. Molotov, 7 August 1945 (Wilson Center Digital Archive): the rebels took Dörbiljin (Emin) on 29 July and Chuguchak, the capital of Tarbagatai district, on 31 July 1945',
			'Jacobs, Xinjiang and the Modern Chinese State (2016), fig. 4.1: with the fall of Altay and the advance to Manas in September 1945 the ETR held Ili, Tacheng and Altay',
			"Wikipedia, 'Second East Turkestan Republic' (incorporated into the PRC 22 December 1949)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'etr-altai',
		'name:en': 'Altai district (East Turkestan Republic)',
		'name:zh': '阿山区（三区革命）',
		'name:ru': 'Алтайский округ (Восточно-Туркестанская Республика)',
		start_date: '1945-09',
		end_date: '1949-12-22',
		control: 'east-turkestan',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'ETR_ALTAI', country: 'China' },
		geometrySource: CUT('ETR_ALTAI'),
		description: `The Altai mountains and Irtysh valley, with their gold and beryllium mines, taken by the East Turkestan Republic in September 1945. ${APPROX}`,
		sources: [
			'Jacobs, Xinjiang and the Modern Chinese State (2016), fig. 4.1: Altay fell in September 1945; gold mines in Altay and beryllium mines at Koktogay',
			"Wikipedia, 'Second East Turkestan Republic' (incorporated into the PRC 22 December 1949)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'outer-mongolia',
		'name:en': 'Outer Mongolia (Bogd Khanate)',
		'name:zh': '外蒙古（博克多汗国）',
		'name:ru': 'Внешняя Монголия (Богдо-ханская Монголия)',
		start_date: '1911-12-29',
		end_date: '1919-10',
		control: 'mongolia',
		precision: 'approximate',
		geometry: { kind: 'country', country: 'Mongolia' },
		geometrySource: `${NATURAL_EARTH_SOURCE} (today's border, close to the historical one)`,
		description:
			"The Bogd Khan's Mongolia, independent from the Qing in December 1911 and autonomous under China from 1915, until Chinese troops occupied Urga in October 1919. Shown with today's borders.",
		sources: [
			"Wikipedia, 'Bogd Khanate of Mongolia' (independence 29 December 1911; Kyakhta treaty 1915; occupation 1919–1921)",
			"Wikipedia, 'Occupation of Mongolia' (Chinese troops occupy Urga, October 1919)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'outer-mongolia-1919',
		'name:en': 'Outer Mongolia under Chinese occupation',
		'name:zh': '外蒙古（北洋政府占领）',
		'name:ru': 'Внешняя Монголия (китайская оккупация)',
		start_date: '1919-10',
		end_date: '1921-03-18',
		control: 'china',
		precision: 'approximate',
		geometry: { kind: 'country', country: 'Mongolia' },
		geometrySource: `${NATURAL_EARTH_SOURCE} (today's border, close to the historical one)`,
		description:
			"Beijing revoked Mongolian autonomy and held Urga from October 1919 until Ungern-Sternberg's White and Mongol forces took the city on 1–4 February 1921; the occupation ended with the defeat of the remaining Chinese troops at Maimachin (Kyakhta) in March 1921, dated 18 March 1921. Shown with today's borders.",
		sources: [
			"Wikipedia, 'Occupation of Mongolia' (October 1919 – 18 March 1921; infobox: Chinese troops defeated at Maimachin, March 1921)",
			"Wikipedia, 'Battle of Urga' (Ungern took Urga from the Chinese garrison on 1–4 February 1921)",
			SOURCE_ARTICLE,
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'outer-mongolia-1921',
		'name:en': "Outer Mongolia (restored Bogd Khanate, People's Government)",
		'name:zh': '外蒙古（1921—1924）',
		'name:ru': 'Внешняя Монголия (1921—1924)',
		start_date: '1921-03-18',
		end_date: '1924-11-26',
		control: 'mongolia',
		precision: 'approximate',
		geometry: { kind: 'country', country: 'Mongolia' },
		geometrySource: `${NATURAL_EARTH_SOURCE} (today's border, close to the historical one)`,
		description:
			"After Ungern took Urga, Soviet and Mongol partisan forces defeated him in 1921 and a People's Government ruled under the Bogd Khan until the republic of 1924. Shown with today's borders.",
		sources: [
			"Wikipedia, 'Bogd Khanate of Mongolia' (1921–1924; Mongolian People's Republic 26 November 1924)",
			SOURCE_ARTICLE,
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'mongolian-peoples-republic',
		'name:en': "Mongolian People's Republic",
		'name:zh': '蒙古人民共和国',
		'name:ru': 'Монгольская Народная Республика',
		start_date: '1924-11-26',
		control: 'mongolia',
		precision: 'approximate',
		geometry: { kind: 'country', country: 'Mongolia' },
		geometrySource: `${NATURAL_EARTH_SOURCE} (today's border, close to the MPR's)`,
		description:
			"The Soviet-aligned republic proclaimed on 26 November 1924. Drawn with Natural Earth's outline of today's Mongolia, which is close to, but not everywhere the same as, the MPR's borders.",
		sources: [
			"Wikipedia, 'Bogd Khanate of Mongolia' (Mongolian People's Republic proclaimed 26 November 1924)",
			SOURCE_ARTICLE,
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'tuvan-peoples-republic',
		'name:en': "Tuvan People's Republic",
		'name:zh': '图瓦人民共和国',
		'name:ru': 'Тувинская Народная Республика',
		start_date: '1921-08-14',
		end_date: '1944-10-11',
		control: 'tuva',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'TUVA', country: 'Russia' },
		geometrySource: `${CUT('TUVA')} (border with Mongolia from Natural Earth)`,
		description: `Tannu Tuva, a nominally independent Soviet satellite from 14 August 1921 until it joined the USSR in October 1944. ${APPROX} The border with Mongolia is Natural Earth's.`,
		sources: [
			"Wikipedia, 'Tuvan People's Republic' (independence 14 August 1921; absorbed by the USSR 11 October 1944; 170,500 km²; mostly the same borders as today's Tuva)",
			NATURAL_EARTH_SOURCE
		]
	},
	{
		id: 'tuva-ussr',
		'name:en': 'Tuva (Soviet Union)',
		'name:zh': '图瓦（苏联）',
		'name:ru': 'Тува (в составе СССР)',
		start_date: '1944-10-11',
		control: 'soviet',
		precision: 'approximate',
		geometry: { kind: 'clip', outline: 'TUVA', country: 'Russia' },
		geometrySource: `${CUT('TUVA')} (border with Mongolia from Natural Earth)`,
		description: `Tuva in the Soviet Union from 11 October 1944, made an autonomous oblast of the Russian republic on 14 October and later an autonomous republic. ${APPROX} The border with Mongolia is Natural Earth's.`,
		sources: [
			"Wikipedia, 'Tuvan People's Republic' (absorbed by the USSR 11 October 1944; succeeded by the Tuvan Autonomous Oblast)",
			'Republic of Tyva (regional reference): formed on 11 October 1944; 168,604 km²; 420 km north–south, 630 km west–east',
			"Wikipedia (ru), 'Тыва': joined the RSFSR as the Tuvan Autonomous Oblast on 14 October 1944",
			NATURAL_EARTH_SOURCE
		]
	}
];
