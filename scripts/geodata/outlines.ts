/**
 * Hand-drawn outlines. Each is deliberately coarse where it runs over a neighbouring country or
 * the sea: `build.ts` cuts it with the Natural Earth country, so international borders and
 * coasts come from Natural Earth. Only the interior (historical) lines below are drawn by hand,
 * from the named towns on either side; they are approximate and marked so in the data.
 */
import type { LonLat } from './types';

/**
 * Rehe (Jehol) against Fengtian/Liaoning and Jirim (Manchuria), north to south. Towns kept on
 * the Rehe side: Jarud, Kailu, Fuxin, Beipiao, Chaoyang, Jianchang; on the Manchurian side:
 * Tongliao, Zhangwu, Heishan, Yixian, Jinzhou, Huludao, Suizhong. Ends on the Great Wall just
 * north of Shanhaiguan.
 */
const REHE_MANCHURIA: LonLat[] = [
	[121.0, 45.3],
	[121.45, 44.5],
	[121.9, 43.6],
	[122.05, 42.9],
	[122.15, 42.35],
	[121.85, 41.95],
	[121.1, 41.72],
	[120.75, 41.25],
	[120.3, 40.85],
	[119.95, 40.45],
	[119.78, 40.15]
];

/** Manchuria's hand-drawn west side north of Rehe: Jirim/Xing'an against Xilingol (Chahar). */
const MANCHURIA_WEST: LonLat[] = [
	[120.35, 45.95],
	[119.75, 46.55]
];

/**
 * Manchuria (the Three Eastern Provinces, with Hulunbuir in Heilongjiang). North, east and
 * south run over Russia, Korea and the sea and are cut by China's outline; the points
 * around Hulunbuir lie inside Mongolia for the same reason.
 */
export const MANCHURIA: LonLat[] = [
	[115.0, 47.9],
	[115.0, 54.5],
	[136.0, 54.5],
	[136.0, 41.0],
	[125.5, 37.9],
	[119.9, 38.9],
	[119.8, 39.85],
	...[...REHE_MANCHURIA].reverse(),
	...MANCHURIA_WEST,
	[119.5, 47.0],
	[116.5, 47.55]
];

/**
 * Rehe (Jehol) province: south along the Great Wall (Gubeikou, Xifengkou, Jiumenkou), west
 * against Chahar (Fengning and Weichang in Rehe, Chicheng and Duolun in Chahar), north against
 * Xilingol (Hexigten, Linxi, Bairin and Jarud in Rehe; West Ujimqin outside).
 */
export const REHE: LonLat[] = [
	...REHE_MANCHURIA,
	[119.3, 40.2],
	[118.6, 40.35],
	[118.0, 40.4],
	[117.4, 40.62],
	[116.8, 40.55],
	[116.2, 40.8],
	[116.1, 41.3],
	[116.5, 41.75],
	[116.9, 42.2],
	[117.1, 42.8],
	[117.0, 43.4],
	[117.8, 44.2],
	[118.8, 44.85],
	[119.8, 45.35],
	[120.4, 45.55]
];

/**
 * Kwantung Leased Territory: the line runs from the head of Yadang (Pulandian) Bay on the west
 * coast to just north of Pikou on the east coast, keeping Pulandian and Pikou inside (both were
 * customs stations of the territory). Everything else is sea, cut by the coast.
 */
export const KWANTUNG: LonLat[] = [
	[121.0, 39.3],
	[121.6, 39.33],
	[121.95, 39.47],
	[122.2, 39.47],
	[122.42, 39.43],
	[122.7, 39.43],
	[122.7, 38.5],
	[121.0, 38.5]
];

/**
 * Xinjiang province against Gansu, Qinghai and Tibet (hand-drawn), keeping Xingxingxia and
 * Lop Nur inside and Dunhuang, Aksay, Mangnai and Golmud outside; the rest overshoots into
 * Mongolia and Central Asia and is cut by China's outline.
 */
export const XINJIANG: LonLat[] = [
	[96.5, 43.5],
	[96.37, 42.74],
	[95.9, 42.3],
	[95.4, 41.85],
	[95.0, 41.35],
	[94.3, 40.9],
	[93.8, 40.45],
	[93.3, 39.75],
	[92.5, 39.4],
	[91.2, 39.2],
	[90.5, 38.6],
	[90.0, 37.9],
	[89.6, 37.2],
	[89.9, 36.6],
	[89.7, 36.1],
	[88.5, 36.3],
	[87.0, 35.95],
	[85.5, 35.75],
	[84.0, 35.95],
	[82.5, 35.7],
	[81.0, 35.5],
	[80.3, 35.2],
	[79.5, 34.7],
	[78.5, 34.0],
	[72.0, 34.0],
	[72.0, 50.0],
	[96.5, 50.0]
];

/** Ili against Tarbagatai: Jinghe and Nilka on the Ili side, Wusu on the Tarbagatai side. */
const ILI_TARBAGATAI: LonLat[] = [
	[82.7, 45.35],
	[83.4, 45.1],
	[83.85, 44.7],
	[83.75, 44.3],
	[84.2, 43.85],
	[84.95, 43.35]
];

/** Tarbagatai against Altai along the Saur range: Hoboksar south of it, Jeminay north. */
const TARBAGATAI_ALTAI: LonLat[] = [
	[85.6, 47.15],
	[86.6, 46.9],
	[87.0, 46.3]
];

/** Ili district: the Ili valley and Bortala, south to the Tian Shan crest (Aksu side outside). */
export const ETR_ILI: LonLat[] = [
	[79.0, 42.0],
	[80.2, 42.15],
	[81.2, 42.45],
	[82.2, 42.75],
	[83.2, 42.85],
	[84.2, 43.05],
	...[...ILI_TARBAGATAI].reverse(),
	[81.5, 45.35],
	[79.0, 45.9]
];

/** Tarbagatai district: Tacheng, Emin, Toli, Wusu, Shawan, east to the Manas River front line. */
export const ETR_TARBAGATAI: LonLat[] = [
	[81.5, 45.35],
	...ILI_TARBAGATAI,
	[85.7, 43.55],
	[86.05, 43.9],
	[86.1, 44.4],
	[86.3, 45.0],
	[86.8, 45.7],
	...[...TARBAGATAI_ALTAI].reverse(),
	[84.5, 47.4],
	[81.5, 47.4]
];

/** Altai district: the Irtysh and Ulungur basins (Altay, Burqin, Fuyun, Qinggil). */
export const ETR_ALTAI: LonLat[] = [
	[84.5, 47.4],
	...TARBAGATAI_ALTAI,
	[88.3, 45.5],
	[89.7, 45.2],
	[90.9, 45.1],
	[91.5, 45.6],
	[91.5, 50.0],
	[84.5, 50.0]
];

/**
 * Tuva: west along the Shapshal ridge, north along the Western Sayan (the Sayano-Shushenskaya
 * dam, in Khakassia, stays outside; Turan and Ak-Dovurak inside), north-east around Todzha
 * under the Eastern Sayan, east to where Buryatia begins. The south dips into Mongolia and is
 * cut by Russia's outline, so the Tuva–Mongolia border is Natural Earth's.
 */
export const TUVA: LonLat[] = [
	[89.55, 49.55],
	[89.2, 50.3],
	[89.05, 50.75],
	[89.35, 51.15],
	[89.65, 51.5],
	[90.2, 51.75],
	[90.9, 52.0],
	[91.5, 52.2],
	[92.3, 52.4],
	[93.2, 52.55],
	[94.2, 52.7],
	[95.1, 53.05],
	[95.9, 53.45],
	[96.7, 53.75],
	[97.5, 53.65],
	[98.2, 53.2],
	[98.75, 52.7],
	[98.95, 52.25],
	[99.3, 51.7],
	[99.3, 49.5]
];

export const OUTLINES: Record<string, LonLat[]> = {
	MANCHURIA,
	REHE,
	KWANTUNG,
	XINJIANG,
	ETR_ILI,
	ETR_TARBAGATAI,
	ETR_ALTAI,
	TUVA
};
