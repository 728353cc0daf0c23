/**
 * The chapter contract: one JSON file per chapter in `src/content/chapters/`,
 * named `NN-<id>.json` (NN gives the order). Validated at build and in tests.
 */
import type { LayerId } from '$lib/geodata/types';

export interface Camera {
	/** [longitude, latitude] */
	center: [number, number];
	zoom: number;
	bearing?: number;
	pitch?: number;
}

export interface Chapter {
	/** Unique kebab-case id, used in `?chapter=`. */
	id: string;
	title: string;
	/** Human label for the period, e.g. "1929" or "1937–1941". */
	dates: string;
	/** The date the map shows for this chapter: YYYY, YYYY-MM or YYYY-MM-DD (1917–1991). */
	date: string;
	/**
	 * Optional end of the period the map shows (same format, ≥ date): the map then shows
	 * everything that existed at some moment from `date` to `until`.
	 */
	until?: string;
	camera: Camera;
	/** Layer groups visible in this chapter. */
	layers: LayerId[];
	/** Optional feature ids (from geodata/) to highlight in this chapter. */
	focus?: string[];
	/**
	 * Paragraphs of plain text, in our own words. Inline citations are written
	 * `[@ref-id]` and must name an entry of `src/content/references.json`.
	 */
	body: string[];
	/**
	 * Optional steps inside the chapter, for text that moves in time or place: each holds from
	 * its paragraph (index ≥ 1, increasing) until the next step. Paragraph 0 shows the chapter's
	 * own view.
	 */
	steps?: Step[];
}

/** A view inside a chapter: its date window replaces the chapter's; camera and focus, when given. */
export interface Step {
	/** Index in `body` of the paragraph from which the step holds (≥ 1). */
	paragraph: number;
	/** The date the map shows from this paragraph on (same format as a chapter's). */
	date: string;
	/** Optional end of the period shown (≥ date). */
	until?: string;
	/** Where the camera goes; the chapter's (or the previous step's) camera when left out. */
	camera?: Camera;
	/** Features to highlight; the chapter's (or the previous step's) focus when left out. */
	focus?: string[];
}

export interface Reference {
	id: string;
	/** Full citation, as the source article gives it. */
	text: string;
}
