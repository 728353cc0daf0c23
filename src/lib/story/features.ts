/**
 * The features a chapter highlights (its `focus`), named in the reader's language, for the
 * "On the map" buttons under each chapter: the way to a feature's card without pointing at
 * the map.
 */
import type { ShownFeatureProperties } from '../geodata/types';
import type { Lang } from './view';

export interface FeatureLink {
	id: string;
	name: string;
}

export function chapterFeatures(
	focus: readonly string[] | undefined,
	features: ReadonlyMap<string, ShownFeatureProperties>,
	lang: Lang
): FeatureLink[] {
	return (focus ?? []).flatMap((id) => {
		const feature = features.get(id);
		if (!feature) return [];
		return [{ id, name: feature[`name:${lang}`] || feature['name:en'] }];
	});
}
