/**
 * Dated events the story tells (events.geojson), each at the place where it happened. Events with
 * no single place are put where they were decided or signed and say so (precision approximate).
 * Where the source article is wrong, the better source is followed and the correction noted.
 */
import { PLACES } from './places';
import type { LngLat, PointRow } from './rows';

/** The source article itself: the story's own facts and dates. */
const STORY =
	"Wikipedia (en), 'Sino-Soviet relations' (revision 1188714822), the story's source text";

/** Position and coordinate citation of a town in places.ts, so both files agree exactly. */
function inTown(id: string): { at: LngLat; coordSource: string } {
	const town = PLACES.find((p) => p.id === id);
	if (!town) throw new Error(`events.ts: no place "${id}" in places.ts`);
	return { at: town.at, coordSource: `${town.coordSource} (town coordinate)` };
}

export const EVENTS: PointRow[] = [
	{
		id: 'china-siberian-intervention-1918',
		names: { en: 'China joins the Allied intervention in Siberia' },
		start: '1918-08',
		end: '1920',
		...inTown('vladivostok'),
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Siberian intervention': China agreed in July 1918 and sent 2,000 troops in August 1918; the intervention lasted 1918–1920",
		extraSources: [
			STORY,
			"Across the Amur (history blog), 'The Intervention, One Month On' (2019): Chinese intervention headquarters in Vladivostok"
		],
		description:
			'The Beiyang government sent a contingent to the Allied intervention in the Russian Civil War; placed at Vladivostok, where the Allies landed and the Chinese headquarters sat.'
	},
	{
		id: 'xu-shuzheng-urga-1919',
		names: { en: 'Xu Shuzheng occupies Urga and ends Mongolian autonomy' },
		start: '1919-10',
		end: '1921-02-04',
		...inTown('ulaanbaatar'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Occupation of Mongolia': Chinese occupation began in October 1919; Wikipedia (en), 'Battle of Urga': the Chinese garrison was driven out on 1–4 February 1921",
		extraSources: [STORY],
		description:
			'General Xu Shuzheng’s troops took the Mongolian capital and forced the revocation of its autonomy; Chinese rule lasted until Ungern’s capture of the city.'
	},
	{
		id: 'ungern-takes-urga-1921',
		names: { en: 'Ungern-Sternberg takes Urga', ru: 'Взятие Урги' },
		start: '1921-02-01',
		end: '1921-02-04',
		...inTown('ulaanbaatar'),
		precision: 'exact',
		dateSource: "Wikipedia (en), 'Battle of Urga': 1–4 February 1921",
		extraSources: [STORY],
		description:
			'The White general’s Asiatic Cavalry Division drove the much larger Chinese garrison out of Urga and restored the Bogd Khan.'
	},
	{
		id: 'mongolian-revolution-1921',
		names: { en: 'Soviet and Mongolian revolutionaries take Urga' },
		start: '1921-07-06',
		end: '1921-07-11',
		...inTown('ulaanbaatar'),
		precision: 'exact',
		dateSource:
			"R. Rupen, 'The Mongolian Army' (Urga occupied on 6 July 1921); Datastorica, 'La Mongolia ottiene l'indipendenza dalla Cina' (2011): people's government in Urga on 11 July 1921; Wikipedia (en), 'Soviet intervention in Mongolia' (1 May – 31 August 1921)",
		extraSources: [STORY],
		description:
			'Red Army units and Damdin Sükhbaatar’s partisans, having defeated Ungern, entered Urga on 6 July and installed a pro-Soviet people’s government on 11 July.'
	},
	{
		id: 'mpr-proclaimed-1924',
		names: { en: 'Mongolian People’s Republic proclaimed' },
		start: '1924-11-26',
		...inTown('ulaanbaatar'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Mongolian People's Republic' (infobox: established 26 November 1924; Niislel Khüree renamed Ulaanbaatar)",
		extraSources: [STORY],
		description:
			'The Soviet client state in Outer Mongolia became the Mongolian People’s Republic, and Urga was renamed Ulaanbaatar.'
	},
	{
		id: 'diplomatic-relations-1924',
		names: { en: 'Sino-Soviet agreement establishes relations' },
		start: '1924-05-31',
		...inTown('beijing'),
		precision: 'exact',
		dateSource: `${STORY} (31 May 1924)`,
		extraSources: [
			'GlobalSecurity, \'Sino-Soviet Conflict\' (1929): "the Sino-Soviet agreement of May 31, 1924"'
		],
		description:
			'The Beiyang government in Peking and the Soviet Union agreed to establish diplomatic relations and to run the Chinese Eastern Railway jointly.'
	},
	{
		id: 'canton-coup-1926',
		names: { en: 'Canton Coup (Zhongshan Warship Incident)', zh: '中山舰事件' },
		start: '1926-03-20',
		at: [113.2661, 23.1319],
		coordSource:
			"Wikipedia (en), 'Guangzhou': 23°07′55″N 113°15′58″E (Guangdong People's Government)",
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Canton Coup' (20 March 1926); China Daily, 'March 20, 1926: The Zhongshan Warship Incident'",
		extraSources: [STORY],
		description:
			'Chiang Kai-shek moved against the Communists and Soviet advisers in Guangzhou, the step the story describes as his dismissal of the Soviet advisers in 1926.'
	},
	{
		id: 'shanghai-massacre-1927',
		names: { en: 'Shanghai massacre', zh: '四一二事件' },
		start: '1927-04-12',
		end: '1927-04-15',
		...inTown('shanghai'),
		precision: 'exact',
		dateSource: "Wikipedia (en), 'Shanghai massacre' (12–15 April 1927)",
		extraSources: [STORY],
		description:
			'Chiang’s troops and the Green Gang crushed the Communists and labour militias of Shanghai, breaking the KMT–CCP alliance and opening the civil war.'
	},
	{
		id: 'cer-conflict-1929',
		names: {
			en: 'Sino-Soviet conflict over the Chinese Eastern Railway',
			zh: '中东路事件',
			ru: 'Конфликт на КВЖД'
		},
		start: '1929-07',
		end: '1929-12',
		...inTown('harbin'),
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Sino-Soviet conflict (1929)' (July – December 1929; ended by the Khabarovsk Protocol)",
		extraSources: [STORY, "Wikipedia (en), 'Chinese Eastern Railway' (administered from Harbin)"],
		description:
			'Zhang Xueliang seized the railway; a swift Soviet offensive forced China back to joint management. Placed at Harbin, the railway’s headquarters; the fighting was on the borders.'
	},
	{
		id: 'mukden-incident-1931',
		names: { en: 'Mukden Incident', zh: '九一八事变', ru: 'Мукденский инцидент' },
		start: '1931-09-18',
		...inTown('shenyang'),
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Mukden Incident' (18 September 1931); China Internet Information Center wiki, 'Mukden Incident' (blast near Liutiao Lake, northern suburbs of Shenyang)",
		extraSources: [STORY],
		description:
			'Japanese officers blew up a stretch of the South Manchuria Railway north of Mukden and used it as the pretext to conquer Manchuria; the point is the city, not the blast site.'
	},
	{
		id: 'manchukuo-1932',
		names: { en: 'Japan sets up Manchukuo' },
		start: '1932',
		...inTown('changchun'),
		precision: 'exact',
		dateSource: `${STORY} ("the puppet state of Manchukuo (1932)")`,
		extraSources: ["Wikipedia (en), 'Changchun' (Hsinking, capital of Manchukuo)"],
		description:
			'Japan made occupied Manchuria into the puppet state of Manchukuo, with Changchun, renamed Hsinking, as its capital.'
	},
	{
		id: 'long-march-1934',
		names: { en: 'Long March begins', zh: '长征', ru: 'Великий поход' },
		start: '1934-10-10',
		end: '1935-10',
		at: [116.027, 25.886],
		coordSource: "Wikipedia (en), 'Ruijin': 25°53′10″N 116°01′37″E",
		precision: 'approximate',
		dateSource:
			'China.org.cn, Long March feature: about 86,000 troops left Ruijin and Gucheng in Jiangxi on 10 October 1934 (they crossed the Yudu river from 16 October); the march ended in northern Shaanxi in October 1935 (19 or 20 October depending on the account)',
		extraSources: [
			STORY,
			"Wikipedia (en), 'Ruijin': capital of the Chinese Soviet Republic, left on the Long March in 1934",
			"Country Reports glossary, 'Long March': began in Jiangxi in October 1934, ended in Shaanxi in October 1935"
		],
		description:
			'The Red Army broke out of the Jiangxi Soviet and marched to Shaanxi. The source article says the march started "from Shaanxi"; it started in Jiangxi (Ruijin–Yudu) and ended in Shaanxi.'
	},
	{
		id: 'soviet-invasion-xinjiang-1934',
		names: { en: 'Soviet invasion of Xinjiang', zh: '苏联入侵新疆' },
		start: '1934-01',
		end: '1934-04',
		...inTown('urumqi'),
		precision: 'approximate',
		dateSource: "Wikipedia (en), 'Soviet invasion of Xinjiang' (January–April 1934)",
		extraSources: [STORY],
		description:
			'Soviet troops with tanks and aircraft entered Xinjiang to save Sheng Shicai and fought Ma Zhongying’s 36th Division near Ürümqi (Tutung); placed at Ürümqi.'
	},
	{
		id: 'xinjiang-rebellion-1937',
		names: { en: 'Islamic rebellion in Xinjiang' },
		start: '1937-04-02',
		end: '1937-10-15',
		...inTown('kashgar'),
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Islamic rebellion in Xinjiang (1937)' (2 April – 15 October 1937)",
		extraSources: [STORY],
		description:
			'Uyghur and Hui forces rose in southern Xinjiang and Soviet troops intervened again for Sheng Shicai; placed at Kashgar, seat of the military region whose Uyghur division revolted.'
	},
	{
		id: 'marco-polo-bridge-1937',
		names: { en: 'Marco Polo Bridge Incident', zh: '卢沟桥事变', ru: 'Инцидент у моста Лугоуцяо' },
		start: '1937-07-07',
		end: '1937-07-09',
		at: [116.2131, 39.8492],
		coordSource: "Wikipedia (en), 'Marco Polo Bridge Incident': 39°50′57″N 116°12′47″E",
		precision: 'exact',
		dateSource: "Wikipedia (en), 'Marco Polo Bridge Incident' (7–9 July 1937)",
		extraSources: [STORY],
		description:
			'A clash at the Lugou bridge south-west of Peiping began the full-scale Japanese war on China.'
	},
	{
		id: 'nonaggression-pact-1937',
		names: {
			en: 'Sino-Soviet Non-Aggression Pact',
			zh: '中苏互不侵犯条约',
			ru: 'Советско-китайский договор о ненападении'
		},
		start: '1937-08-21',
		...inTown('nanjing'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Sino-Soviet Non-Aggression Pact' (signed in Nanjing, 21 August 1937)",
		extraSources: [STORY],
		description:
			'Signed in Nanjing a month after the Marco Polo Bridge clash, the pact opened the way for Soviet credits, arms and volunteer airmen.'
	},
	{
		id: 'soviet-aid-1937',
		names: { en: 'Soviet credits and arms deliveries to China' },
		start: '1937',
		end: '1941-08',
		...inTown('moscow'),
		precision: 'approximate',
		dateSource: `${STORY} (citing Heinzig 2004, p. 27: $250 million credits; deliveries halted in August 1941)`,
		extraSources: ["Wikipedia (en), 'Soviet Volunteer Group' (1937–1941)"],
		description:
			'Credits of $250 million bought over 900 aircraft, 82 tanks and artillery, with 1,500 advisers and some 2,000 airmen; no single place, so shown at Moscow, where the aid was decided.'
	},
	{
		id: 'soviet-volunteers-wuhan-1938',
		names: { en: 'Soviet volunteer airmen defend Wuhan' },
		start: '1938',
		end: '1938',
		...inTown('wuhan'),
		precision: 'approximate',
		dateSource: `${STORY} ("The unit was based in Wuhan in 1938")`,
		extraSources: [
			"A. Demin, 'Soviet Fighters in the Sky of China', Aviatsiia i Kosmonavtika 11.2000 (tr. G. Mellinger): air battle over Wuhan on 31 May 1938"
		],
		description:
			'Soviet volunteer fighter and bomber crews flew from the Hankou airfields in the air battles over Wuhan in 1938.'
	},
	{
		id: 'ili-rebellion-1944',
		names: { en: 'Ili Rebellion and the East Turkestan Republic', zh: '伊宁事变' },
		start: '1944-11-07',
		end: '1946-06-27',
		...inTown('yining'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Second East Turkestan Republic' (rising 7 November 1944, independence 12 November 1944, coalition government 27 June 1946)",
		extraSources: [STORY, "Wikipedia (en), 'Ili Rebellion'"],
		description:
			'A Soviet-backed rising in Ghulja created the East Turkestan Republic in the Ili, Tarbagatay and Altay districts; it joined a coalition government in 1946 and kept its autonomy until 1949.'
	},
	{
		id: 'manchuria-invasion-1945',
		names: { en: 'Soviet invasion of Manchuria', ru: 'Маньчжурская операция' },
		start: '1945-08-09',
		end: '1945-09-02',
		...inTown('changchun'),
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Soviet invasion of Manchuria' (9 August – 2 September 1945); the story's 8 August is the Soviet declaration of war (Wikipedia, 'Soviet–Japanese War', from 8 August)",
		extraSources: [STORY],
		description:
			'Three Soviet fronts with about 1.5 million men overran the Kwantung Army; shown at Changchun, the capital of Manchukuo.'
	},
	{
		id: 'sino-soviet-treaty-1945',
		names: { en: 'Sino-Soviet Treaty of Friendship and Alliance', zh: '中苏友好同盟条约' },
		start: '1945-08-14',
		...inTown('moscow'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Sino-Soviet Treaty of Friendship and Alliance' (signed in Moscow on 14 August 1945 by Wang Shijie and Molotov); Elleman, '14 February 1950—Sino-Soviet Friendship Treaty' (treaty of 14 August 1945 with the Kuomintang government)",
		extraSources: [STORY],
		description:
			'Chiang’s government granted the Soviet Union joint use of the Manchurian railways, Port Arthur and Dalian and recognised Mongolia in return for Soviet support; signed in Moscow.'
	},
	{
		id: 'stalin-yangtze-proposal-1945',
		names: { en: 'Stalin proposes a Yangtze division of China' },
		start: '1945-08',
		...inTown('moscow'),
		precision: 'approximate',
		dateSource: `${STORY} (citing Zhao 2022, p. 25: "In late August 1945")`,
		description:
			'Stalin suggested the CCP rule north of the Yangtze and the KMT the south; a proposal, not a place, so shown at Moscow.'
	},
	{
		id: 'pei-ta-shan-1947',
		names: { en: 'Pei-ta-shan (Baitag Bogd) Incident', zh: '北塔山事件' },
		start: '1947-06-05',
		end: '1948-07',
		at: [90.9, 45.2],
		coordSource:
			"Wikipedia (en), 'Battle of Baitag Bogd': 45°12′N 90°54′E (an older revision gave 44°00′43″N 89°35′31″E)",
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Battle of Baitag Bogd' (13 clashes between 5 June 1947 and July 1948)",
		extraSources: [
			STORY,
			'Foreign Relations of the United States, 1947, vol. VII, pp. 546–587 (border incident at Peitashan), as cited by the story'
		],
		description:
			'Chinese Muslim cavalry and Kazakh irregulars fought Mongolian and Soviet forces over the Baitag Bogd mountains on the Xinjiang–Mongolia border.'
	},
	{
		id: 'yangtze-warning-1948',
		names: { en: 'Moscow advises the CCP not to cross the Yangtze' },
		start: '1948-05',
		...inTown('moscow'),
		precision: 'approximate',
		dateSource: `${STORY} (citing Zhao 2022, p. 25)`,
		description:
			'Soviet advice to halt at the Yangtze, which the CCP ignored a year later; advice has no place, so shown at Moscow.'
	},
	{
		id: 'yangtze-crossing-1949',
		names: { en: 'PLA crosses the Yangtze and takes Nanjing', zh: '渡江战役' },
		start: '1949-04-20',
		end: '1949-04-23',
		...inTown('nanjing'),
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Yangtze River Crossing campaign' (began the night of 20 April 1949); China Internet Information Center, 'China Keywords: The Yangtze River Crossing Campaign' (2022) (Nanjing captured 23 April; some accounts give the entry as 24 April)",
		extraSources: [STORY],
		description:
			'On a 500 km front from Hukou to Jiangyin the PLA crossed the river against Soviet advice and took the Nationalist capital within days; shown at Nanjing.'
	},
	{
		id: 'lean-to-one-side-1949',
		names: { en: 'Mao declares China will “lean to one side”' },
		start: '1949-06-30',
		...inTown('beijing'),
		precision: 'approximate',
		dateSource: `${STORY} (citing Zhao 2022, p. 27: 30 June 1949)`,
		description:
			'Mao announced that the new China would side with the Soviet Union and the socialist camp; shown at Peiping (Beijing).'
	},
	{
		id: 'prc-proclaimed-1949',
		names: { en: 'People’s Republic of China proclaimed', zh: '开国大典' },
		start: '1949-10-01',
		...inTown('beijing'),
		precision: 'exact',
		dateSource: `${STORY} (1 October 1949)`,
		extraSources: [
			"Morning Sun (Long Bow Group), 'The Gate of Heavenly Peace': proclaimed from Tiananmen Gate"
		],
		description: 'Mao proclaimed the People’s Republic from the rostrum of Tiananmen in Beijing.'
	},
	{
		id: 'soviet-recognition-prc-1949',
		names: { en: 'Soviet Union recognises the People’s Republic' },
		start: '1949-10-02',
		...inTown('moscow'),
		precision: 'approximate',
		dateSource: `${STORY} (citing Zhao 2022, p. 28: "The day after the PRC's founding")`,
		description:
			'Moscow broke relations with the Nationalist government and recognised Mao’s state the day after its founding.'
	},
	{
		id: 'mao-in-moscow-1949',
		names: { en: 'Mao’s first visit to Moscow' },
		start: '1949-12-16',
		end: '1950-02',
		...inTown('moscow'),
		precision: 'exact',
		dateSource:
			"The Nanjinger, 'On this Day in Chinese History; 16 December' (1949 visit); Britannica, 'Treaty of Friendship, Alliance, and Mutual Assistance' (visit from mid-December 1949; the return to China ended in March); he left Moscow after the 14 February 1950 signing",
		extraSources: [STORY],
		description:
			'Mao spent some two months in Moscow seeking aid; Stalin kept him waiting for weeks before the treaty talks began.'
	},
	{
		id: 'treaty-of-friendship-1950',
		names: {
			en: 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance',
			zh: '中苏友好同盟互助条约',
			ru: 'Договор о дружбе, союзе и взаимной помощи'
		},
		start: '1950-02-14',
		...inTown('moscow'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance' (signed 14 February 1950); Peskov 2010 in the story's references",
		extraSources: [STORY],
		description:
			'The thirty-year alliance, signed in Moscow, promised the return of the Manchurian railway and Port Arthur and a $300 million Soviet loan.'
	},
	{
		id: 'korean-war-1950',
		names: { en: 'Korean War', zh: '朝鲜战争', ru: 'Корейская война' },
		start: '1950-06-25',
		end: '1953-07-27',
		...inTown('pyongyang'),
		precision: 'approximate',
		dateSource:
			"Google Arts & Culture, 'Korean War' (25 June 1950 – 27 July 1953: North Korea invaded on 25 June 1950; armistice on 27 July 1953); People's Daily Online, 23 October 2020 (war broke out in June 1950, truce in 1953)",
		extraSources: [STORY],
		description:
			'Kim Il Sung, with Stalin’s consent, invaded the South; shown at Pyongyang, from where the war was launched.'
	},
	{
		id: 'korean-war-entry-1950',
		names: { en: 'Chinese People’s Volunteers cross the Yalu' },
		start: '1950-10-19',
		...inTown('dandong'),
		precision: 'approximate',
		dateSource: `${STORY} (19 October 1950); People's Daily Online, 23 October 2020 (the CPV crossed the Yalu on 19 October 1950; the war had reached Dandong, then Andong)`,
		description:
			'Mao sent Chinese troops across the Yalu from the Andong (Dandong) border area without the Soviet air cover he had asked for; the point is the town, not a crossing site.'
	},
	{
		id: 'soviet-air-cover-1950',
		names: { en: 'Stalin sends Soviet air cover over Korea' },
		start: '1950-11',
		...inTown('moscow'),
		precision: 'approximate',
		dateSource: `${STORY} (citing Shen 2010: Soviet air cover was allowed twelve days after Chinese troops entered the war, i.e. about 31 October 1950); Air Force Historical Foundation, 'November 1, 1950': Soviet-made MiG-15s entered the war that day over the Yalu`,
		description:
			'Twelve days after the Chinese entry Stalin allowed the Soviet air force to provide cover and increased aid; a decision rather than a place, so shown at Moscow.'
	},
	{
		id: 'tu4-beijing-1952',
		names: { en: 'Soviet Tu-4 bombers based in Beijing' },
		start: '1952-04',
		end: '1952-06',
		...inTown('beijing'),
		precision: 'approximate',
		dateSource: `${STORY} (citing P. V. Strunov, 'Специальные полеты в Китае': April–June 1952)`,
		description:
			'A Soviet Tu-4 group flew from Beijing to watch American thermonuclear tests in the Pacific.'
	},
	{
		id: 'ccr-returned-1952',
		names: { en: 'Chinese Changchun Railway returned to China' },
		start: '1952-12-31',
		...inTown('harbin'),
		precision: 'approximate',
		dateSource: "Wikipedia (en), 'Return of the Chinese Eastern Railway' (31 December 1952)",
		extraSources: [STORY],
		description:
			'The Soviet Union handed the jointly run railway, 3,282.7 km of line with its rolling stock, to China; shown at Harbin, the railway’s headquarters.'
	},
	{
		id: 'stalin-death-1953',
		names: { en: 'Death of Stalin' },
		start: '1953-03-05',
		...inTown('moscow'),
		precision: 'approximate',
		dateSource:
			'Stalin died on 5 March 1953 at the Kuntsevo dacha near Moscow (several chronologies agree, e.g. the Polish history portal Dzieje, entry for 5 March 1953)',
		extraSources: [STORY],
		description:
			'Stalin’s death opened the way to the return of the Manchurian ports; shown at Moscow.'
	},
	{
		id: 'port-arthur-returned-1955',
		names: { en: 'Soviet forces leave Port Arthur' },
		start: '1955-05',
		at: [121.2661, 38.8019],
		coordSource:
			"Wikipedia (en), 'Lüshun Port': Lüshun Naval Base at 38°48′07″N 121°15′58″E, south of central Lüshun on its bay",
		precision: 'exact',
		dateSource:
			"Исторический словарь (Russian historical dictionary), 'Порт-Артур': Soviet forces withdrawn in May 1955; Sputnik interview with M. Myagkov (2020): base handed over on 24 May 1955",
		extraSources: [
			STORY,
			"Columbia Encyclopedia, 'Lüshun' (China regained exclusive control in 1955)"
		],
		description:
			'The Soviet Union withdrew its troops from the Port Arthur naval base and handed it to China free of charge.'
	},
	{
		id: 'nixon-visit-1972',
		names: { en: 'Nixon visits China' },
		start: '1972-02-21',
		end: '1972-02-28',
		...inTown('beijing'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), '1972 visit by Richard Nixon to China' (21–28 February 1972, Beijing, Hangzhou and Shanghai)",
		extraSources: [STORY],
		description:
			'The American president’s visit to Mao crowned China’s turn against the Soviet Union after the border clashes.'
	},
	{
		id: 'mao-death-1976',
		names: { en: 'Death of Mao Zedong' },
		start: '1976-09-09',
		...inTown('beijing'),
		precision: 'exact',
		dateSource: "Asia Society, China 1950–2000 'Mao's Death' (9 September 1976)",
		extraSources: [STORY],
		description:
			'Mao died in Beijing; his successor Hua Guofeng soon moved against the Gang of Four.'
	},
	{
		id: 'gang-of-four-1976',
		names: { en: 'Arrest of the Gang of Four' },
		start: '1976-10-06',
		...inTown('beijing'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Smashing the Gang of Four' (infobox: 6 October 1976, Beijing); Modern History of China chronology, 1976: 'October – The Gang of Four are arrested'",
		extraSources: [
			STORY,
			"Asia Society, 'Mao's Death' (Hua moved quickly against the Gang of Four)"
		],
		description:
			'Hua Guofeng had Mao’s radical allies arrested. The source article dates this to 1978; it happened in October 1976.'
	},
	{
		id: 'saur-revolution-1978',
		names: { en: 'Saur Revolution in Afghanistan' },
		start: '1978-04-27',
		at: [69.1667, 34.5333],
		coordSource: "Wikipedia (en), 'Kabul': 34°32′N 69°10′E",
		precision: 'exact',
		dateSource: "Safar Publishing, 'Soviet-Afghan war timeline' (coup of 27 April 1978)",
		extraSources: [STORY],
		description:
			'Pro-Soviet communist officers seized power in Kabul, and relations between Beijing and Kabul soon turned hostile.'
	},
	{
		id: 'vietnam-invades-cambodia-1978',
		names: { en: 'Vietnam invades Cambodia' },
		start: '1978-12-25',
		end: '1979-01-07',
		at: [104.9211, 11.5694],
		coordSource: "Wikipedia (en), 'Phnom Penh': 11°34′10″N 104°55′16″E",
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Cambodian–Vietnamese War' (full invasion from 25 December 1978); Phnom Penh taken on 7 January 1979",
		extraSources: [STORY],
		description:
			'Soviet-aligned Vietnam overthrew China’s Khmer Rouge allies, taking Phnom Penh in two weeks; shown at Phnom Penh.'
	},
	{
		id: 'sino-vietnamese-war-1979',
		names: {
			en: 'Sino-Vietnamese War',
			zh: '对越自卫反击战',
			ru: 'Китайско-вьетнамская война'
		},
		start: '1979-02-17',
		end: '1979-03-16',
		at: [106.7578, 21.8478],
		coordSource: "Wikipedia (en), 'Lạng Sơn': 21°50′52″N 106°45′28″E",
		precision: 'approximate',
		dateSource: "Wikipedia (en), 'Sino-Vietnamese War' (17 February – 16 March 1979)",
		extraSources: [STORY, "Wikipedia (en), 'Lạng Sơn' (centre of the fighting in 1979)"],
		description:
			'China invaded northern Vietnam to punish it for the Cambodian war; shown at Lạng Sơn, where the heaviest fighting took place.'
	},
	{
		id: 'soviet-afghan-war-1979',
		names: { en: 'Soviet–Afghan War', ru: 'Афганская война' },
		start: '1979-12',
		end: '1989-02-15',
		at: [69.1667, 34.5333],
		coordSource: "Wikipedia (en), 'Kabul': 34°32′N 69°10′E",
		precision: 'approximate',
		dateSource:
			"Rideau Institute, Ceasefire blog, '30 years ago today…' (2009) (Politburo decision 12 December 1979, invasion from 27 December 1979, last troops out 15 February 1989); the Epoch Times (2011) dates the Kabul airlift to 25 December",
		extraSources: [STORY],
		description:
			'The Soviet army occupied Afghanistan; China answered by arming the mujahideen and strengthening its forces in Xinjiang. Shown at Kabul.'
	},
	{
		id: 'brezhnev-funeral-1982',
		names: { en: 'Brezhnev’s funeral: start of “funeral diplomacy”' },
		start: '1982-11-15',
		...inTown('moscow'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Death and state funeral of Leonid Brezhnev' (funeral 15 November 1982)",
		extraSources: [
			STORY,
			"Global Times, 'Deng Xiaoping's funeral diplomacy against the new leader of the CPSU' (Foreign Minister Huang Hua sent as special envoy)"
		],
		description:
			'Foreign Minister Huang Hua met Andrei Gromyko at the funeral, the first high-level contact in years.'
	},
	{
		id: 'andropov-funeral-1984',
		names: { en: 'Andropov’s funeral' },
		start: '1984-02-14',
		...inTown('moscow'),
		precision: 'exact',
		dateSource: "UPI, 14 February 1984 ('The funeral of President Yuri Andropov … Tuesday')",
		extraSources: [STORY],
		description: 'Vice Premier Wan Li attended, a sign of Beijing’s hopes for better relations.'
	},
	{
		id: 'chernenko-funeral-1985',
		names: { en: 'Chernenko’s funeral' },
		start: '1985-03-13',
		...inTown('moscow'),
		precision: 'exact',
		dateSource:
			"Los Angeles Times, 13 March 1985 ('today's funeral of President Konstantin U. Chernenko')",
		extraSources: [STORY],
		description:
			'Vice Premier Li Peng attended and met Mikhail Gorbachev twice; the two sides again called each other “comrades”.'
	},
	{
		id: 'gorbachev-beijing-1989',
		names: { en: 'Gorbachev in Beijing: Sino-Soviet summit' },
		start: '1989-05-15',
		end: '1989-05-18',
		...inTown('beijing'),
		precision: 'exact',
		dateSource: "Wikipedia (en), '1989 Sino-Soviet Summit' (15–18 May 1989)",
		extraSources: [STORY],
		description:
			'The first summit in thirty years; Deng and Gorbachev declared relations normalised as student protests filled Tiananmen Square.'
	},
	{
		id: 'vietnam-leaves-cambodia-1989',
		names: { en: 'Vietnam withdraws from Cambodia' },
		start: '1989-09-26',
		at: [104.9211, 11.5694],
		coordSource: "Wikipedia (en), 'Phnom Penh': 11°34′10″N 104°55′16″E",
		precision: 'approximate',
		dateSource:
			"Wikipedia (en), 'Cambodian–Vietnamese War' (ended 26 September 1989 with the Vietnamese withdrawal)",
		extraSources: [STORY],
		description:
			'The last Vietnamese troops left Cambodia, removing a main obstacle between Beijing and Moscow.'
	},
	{
		id: 'soviet-dissolution-1991',
		names: { en: 'Dissolution of the Soviet Union', zh: '苏联解体', ru: 'Распад СССР' },
		start: '1991-12-26',
		...inTown('moscow'),
		precision: 'exact',
		dateSource:
			"Wikipedia (en), 'Dissolution of the Soviet Union' (Declaration 142-Н of the Soviet of the Republics, 26 December 1991)",
		extraSources: [STORY],
		description:
			'The Supreme Soviet declared the Union dissolved, ending the story’s Soviet partner.'
	}
];
