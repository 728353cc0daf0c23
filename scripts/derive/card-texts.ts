/**
 * The Chinese and Russian texts of a feature card, from a fact row's `description_zh`,
 * `description_ru` (and a clash's `casualties_zh`, `casualties_ru`) to the layer properties
 * `description:zh` …, present only where written, so the browser payload carries no empty keys.
 */
import type { StoryFeatureProperties } from '../../src/lib/geodata/types';

export type CardTexts = Pick<
	StoryFeatureProperties,
	'description:zh' | 'description:ru' | 'casualties:zh' | 'casualties:ru'
>;

interface TranslatedRow {
	description_zh?: string;
	description_ru?: string;
	casualties_zh?: string;
	casualties_ru?: string;
}

export function cardTexts(row: TranslatedRow): CardTexts {
	const texts: CardTexts = {};
	if (row.description_zh) texts['description:zh'] = row.description_zh;
	if (row.description_ru) texts['description:ru'] = row.description_ru;
	if (row.casualties_zh) texts['casualties:zh'] = row.casualties_zh;
	if (row.casualties_ru) texts['casualties:ru'] = row.casualties_ru;
	return texts;
}
