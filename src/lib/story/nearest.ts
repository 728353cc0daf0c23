/**
 * Which chapter tells the story of a date: the way back from the free map (`/explore`) to the
 * story, and the chapter an embed of the free map opens on.
 */
import { dateWindow } from '../map/time';
import type { Chapter } from './types';

/**
 * The chapter whose own period holds `date` (the one that starts latest, when periods overlap:
 * the closest telling), else the chapter whose period ends or begins nearest to it (the earlier
 * on a tie). `date` is `YYYY[-MM[-DD]]`; a period (`until`) is read from its start.
 */
export function nearestChapter<C extends Pick<Chapter, 'date' | 'until'>>(
	chapters: readonly C[],
	date: string
): C {
	const [at] = dateWindow(date);
	let best = chapters[0];
	let bestDistance = Infinity;
	let bestStart = -Infinity;
	for (const chapter of chapters) {
		const [from, to] = dateWindow(chapter.date, chapter.until);
		const distance = at < from ? from - at : at >= to ? at - to : 0;
		const closer = distance < bestDistance;
		const laterHolder = distance === 0 && bestDistance === 0 && from > bestStart;
		if (closer || laterHolder) {
			best = chapter;
			bestDistance = distance;
			bestStart = from;
		}
	}
	return best;
}
