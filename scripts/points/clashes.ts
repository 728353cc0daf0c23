/**
 * The 1969 border clashes (clashes.geojson). Casualty figures are given as each side reported
 * them, naming whose figure is whose, because the two sides' numbers disagree widely and
 * neither is independently confirmed.
 */
import type { LngLat, PointRow } from './rows';

const ZHENBAO: LngLat = [133.8444, 46.4856];
const ZHENBAO_SOURCE =
	"Wikipedia (en), 'Zhenbao Island': 46°29′08″N 133°50′40″E (Damanski in the German edition: 46°29′8″N 133°50′40″E)";

/** Tielieketi locality; the August clash and the June note both place fighting in this sector. */
const TIELIEKETI: LngLat = [82.2833, 45.5833];
const TIELIEKETI_SOURCE =
	"Wikipedia (en/he editions), 'Tielieketi': 45°35′00″N 82°17′00″E (Lake Zhalanashkol itself: 45°34′N 82°10′E, Wikipedia 'Lake Zhalanashkol')";

const BORDER_CONFLICT =
	"Wikipedia (en), 'Sino-Soviet border conflict' (infobox for the whole conflict, 2 March – 11 September 1969: 58–60 Soviet killed, 94–95 wounded per Soviet sources, citing D. S. Ryabushkin, Мифы Даманского, 2004; 71–72 Chinese killed, 68 wounded per Chinese sources; 200–800 Chinese killed per Soviet sources)";

/** The March figures of both sides, for the Zhenbao fighting only. */
const MARCH_TOTALS =
	'Dangshi Bolan (党史博览), \'中苏"珍宝岛事件"始末\', reprinted by ifeng.com (21 November 2007): in the fighting of 2, 15 and 17 March the Soviet side lost 58 killed and 94 wounded (Russian figures) and the Chinese border troops 29 killed, 62 wounded and 1 missing (Chinese figures)';
const MARCH_SOVIET =
	"Pravda.ru, 'Veteran border guards mark 35th anniversary' (2004): 32 Soviet border guards killed in the first days; 58 killed and 94 wounded from 2 to 21 March 1969";

export const CLASHES: PointRow[] = [
	{
		id: 'zhenbao-island-1969-03-02',
		names: {
			en: 'Zhenbao (Damansky) Island clash, 2 March 1969',
			zh: '珍宝岛冲突（1969年3月2日）',
			ru: 'Бой на острове Даманский 2 марта 1969 года'
		},
		start: '1969-03-02',
		at: ZHENBAO,
		precision: 'exact',
		coordSource: ZHENBAO_SOURCE,
		dateSource: BORDER_CONFLICT,
		extraSources: [
			'China Profile, timeline entry "1969, March": ambush of 2 March; Soviets give 31 dead and 14 wounded',
			'Business Insider summary (republished 12 March 2021): 31 Soviet dead, 14 wounded; Soviets claimed over 200 Chinese killed',
			MARCH_SOVIET,
			MARCH_TOTALS
		],
		casualties:
			'Soviet figures: 31–32 Soviet border guards killed (31 in the statement of March 1969, 32 in later Russian counts), 14 wounded; the Soviet side claimed over 200 Chinese killed. No official Chinese figure for this day alone was found; Chinese figures for all three March battles are 29 killed, 62 wounded and 1 missing.',
		description:
			'Chinese troops ambushed a Soviet border patrol on the disputed island in the frozen Ussuri, opening the armed border conflict of 1969.'
	},
	{
		id: 'zhenbao-island-1969-03-15',
		names: {
			en: 'Zhenbao (Damansky) Island battle, 15–17 March 1969',
			zh: '珍宝岛冲突（1969年3月15日—17日）',
			ru: 'Бои за остров Даманский 15–17 марта 1969 года'
		},
		start: '1969-03-15',
		end: '1969-03-17',
		at: ZHENBAO,
		precision: 'exact',
		coordSource: ZHENBAO_SOURCE,
		dateSource:
			"B. Lai & Zhang Y., When Brothers Fall Out (Helion, 2023), chapter 'Round Two, 15-17 March 1969'; D. Ryabushkin & H. Orenstein, The Sino-Soviet Border War of 1969 (2) (Helion, 2021), chapter 'The Events of 15 and 17 March'",
		extraSources: [BORDER_CONFLICT, MARCH_SOVIET, MARCH_TOTALS],
		casualties:
			'Russian figures for all the March fighting: 58 killed, 94 wounded, so about 26–27 Soviet dead in this battle after the 31–32 of 2 March (derived, not given directly). Chinese figures for the battles of 2, 15 and 17 March together: 29 killed, 62 wounded, 1 missing (the 71–72 killed and 68 wounded often quoted are for the whole 1969 conflict). Soviet estimates of Chinese dead: 200–800.',
		description:
			'Soviet forces returned with tanks and Grad rocket artillery; fighting over the island and the Chinese bank went on until 17 March, and the Chinese captured a disabled Soviet T-62 tank.'
	},
	{
		id: 'barluk-1969-06-10',
		names: {
			en: 'Barluk Mountains clash, 10 June 1969',
			zh: '塔斯提事件（1969年6月10日）',
			ru: 'Столкновение в горах Барлык 10 июня 1969 года'
		},
		start: '1969-06-10',
		at: TIELIEKETI,
		precision: 'approximate',
		coordSource: `${TIELIEKETI_SOURCE}; the Chinese report of 12 June 1969 places the clash at a pasture where the Tasiti and another river meet, in the western Barluk mountains of Yumin county; no coordinate for that pasture or the Tasiti outpost was found, so the point stands at Tielieketi, the sourced frontier point of the same county, and is approximate`,
		dateSource:
			"Dawn, 'From the past pages of Dawn: 1969: Fifty years ago: Clash on Sinkiang border' (12 June 2019, reprinting the report of 12 June 1969)",
		extraSources: [
			"Time, 'World: Where Russia and China Collide' (20 June 1969): Soviet troops killed one shepherd and kidnapped another",
			'Beijing radio report of 12 June 1969 (Japanese translation): Soviet troops entered the western Barluk mountains of Yumin county, Xinjiang, and abducted a herdsman at a pasture on the Tasiti river'
		],
		casualties:
			'Chinese accounts: one Chinese herdswoman (Sun Longzhen) killed by Soviet fire and one herdsman abducted; Time gave the same. The Soviet reply blamed a Chinese provocation and gave no figures in the sources found.',
		description:
			'Border troops exchanged fire in the western Barluk mountains of Xinjiang; each government blamed the other in protest notes.'
	},
	{
		id: 'goldinsky-island-1969-07-08',
		names: {
			en: 'Goldinsky (Bacha) Island incident',
			zh: '八岔岛事件',
			ru: 'Инцидент на острове Гольдинский'
		},
		start: '1969-07-08',
		at: [133.8897, 48.2153],
		precision: 'approximate',
		coordSource:
			"Wikipedia (ru, as mirrored), 'Бача-Нанайская национальная волость' (Bacha Hezhe township, Tongjiang): 48°12′55″N 133°53′23″E; the island lies in the Amur off this township, no coordinate for the island itself was found",
		dateSource:
			"Chinese Foreign Ministry note of 8 July 1969 as quoted in '鲜为人知的1969年黑龙江八岔岛中苏武装冲突事件' (2005) and in Zhu Weiyi, 生命中的兵团; Soviet note broadcast by TASS on the night of 8 July 1969",
		extraSources: ["Time, 'More Trouble on the Borders' (18 July 1969)"],
		casualties:
			'Soviet note (TASS, 8 July 1969): one Soviet river worker killed, three wounded; Time (18 July 1969) reported one killed and two wounded. The Chinese note gave no casualty figures.',
		description:
			'Soviet river workers servicing navigation markers on the disputed Amur island came under fire from Chinese militia posted there; each government blamed the other in protest notes.'
	},
	{
		id: 'zhalanashkol-1969-08-13',
		names: {
			en: 'Tielieketi (Lake Zhalanashkol) clash',
			zh: '铁列克提事件',
			ru: 'Пограничный конфликт у озера Жаланашколь'
		},
		start: '1969-08-13',
		at: TIELIEKETI,
		precision: 'approximate',
		coordSource: `${TIELIEKETI_SOURCE}; the fighting was on border hills of this sector, so the point is approximate`,
		dateSource: "Wikipedia (en), 'Tielieketi' (incident of 13 August 1969)",
		extraSources: [
			'Time, August 1969 report on the Kazakhstan–Sinkiang border battle (Soviet figures: two Russians killed, eight wounded; 25 Chinese dead and 25 wounded)',
			"Baidu Baike, '8·13中苏铁列克提冲突事件' (Chinese account: 38 Chinese killed, including three journalists)"
		],
		casualties:
			'Soviet figures (Time, August 1969): 2 Soviet killed, 8 wounded; 25 Chinese killed and 25 wounded. Soviet accounts in Wikipedia: a Chinese unit of about 30 wiped out and 4 captured. Chinese accounts: 38 Chinese killed, including three journalists.',
		description:
			'Soviet border guards with armoured carriers destroyed a Chinese patrol near Lake Zhalanashkol on the Kazakh–Xinjiang border.'
	}
];
