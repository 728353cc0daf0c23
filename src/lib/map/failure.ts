/**
 * What the map tells the page when something fails, for the notice the page shows where nothing
 * covers it (`MapOverlays`): the failure, a sentence saying what still works, and the retry
 * that can help (a re-fetch without reloading where one exists, a reload where that is the only
 * honest retry, none where nothing would help).
 */
export type MapFailureKind =
	'no-webgl' | 'context-lost' | 'map-error' | 'data-error' | 'basemap-error' | 'font-error';

export interface MapFailure {
	kind: MapFailureKind;
	/** What failed and what still works, in the reader's language. */
	message: string;
	/** The retry, if one can help: its button label and what it does. */
	action?: { label: string; run: () => void };
}
