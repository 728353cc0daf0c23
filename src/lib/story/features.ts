/**
 * The features a chapter highlights (its `focus`), named in the reader's language, for the
 * "On the map" buttons under each chapter: the way to a feature's card without pointing at
 * the map.
 */
import { NAME_INSTANT_AFTER_START, nameAt } from '../geodata/names';
import type { ShownFeatureProperties } from '../geodata/types';
import { dateWindow } from '../map/time';
import type { Lang } from './view';

export interface FeatureLink {
	id: string;
	name: string;
}

/**
 * @param when the chapter's date (and end): a place is named as it was then (Urga in 1921)
 */
export function chapterFeatures(
	focus: readonly string[] | undefined,
	features: ReadonlyMap<string, ShownFeatureProperties>,
	lang: Lang,
	when?: { date: string; until?: string }
): FeatureLink[] {
	const instant = when && dateWindow(when.date, when.until)[0] + NAME_INSTANT_AFTER_START;
	return (focus ?? []).flatMap((id) => {
		const feature = features.get(id);
		if (!feature) return [];
		const name =
			instant === undefined
				? feature[`name:${lang}`] || feature['name:en']
				: nameAt(feature as Record<string, unknown>, lang, instant);
		return [{ id, name }];
	});
}
