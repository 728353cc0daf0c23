/**
 * The embed's line to its host page: listens for commands from the parent window only, answers
 * refused messages with `storymap:error`, and sends state and height messages. Does nothing
 * when the page is not framed. Never throws into the host and never scrolls or focuses it.
 */
import { errorMessage, heightMessages, readHostMessage, type HostCommand } from './protocol';

export interface HostLink {
	/** Sends one message to the parent window (no-op when not framed). */
	post(message: unknown): void;
	/** Reports the embed's content height, once per change of at least one pixel. */
	reportHeight(height: number): void;
	disconnect(): void;
}

export interface HostOptions {
	chapterIds: readonly string[];
	onCommand(command: HostCommand): void;
	/** Pym.js child id, when a Pym parent opened the embed. */
	pymChildId?: string | null;
}

export function connectHost(win: Window, options: HostOptions): HostLink {
	const parent = win.parent;
	const framed = parent !== win;
	let lastHeight = -1;

	const post = (message: unknown) => {
		if (!framed) return;
		try {
			// The messages carry only public view state, so any host origin may read them.
			parent.postMessage(message, '*');
		} catch {
			// A parent that has gone away is not our reader's problem.
		}
	};

	const onMessage = (event: MessageEvent) => {
		// Only the page that frames us may drive the map; other frames and windows are ignored.
		if (!framed || event.source !== parent) return;
		const result = readHostMessage(event.data, options.chapterIds);
		if ('command' in result) options.onCommand(result.command);
		else if ('error' in result) post(errorMessage(result.error));
	};
	win.addEventListener('message', onMessage);

	return {
		post,
		reportHeight(height: number) {
			const px = Math.ceil(height);
			if (!Number.isFinite(px) || Math.abs(px - lastHeight) < 1) return;
			lastHeight = px;
			for (const message of heightMessages(px, options.pymChildId ?? null)) post(message);
		},
		disconnect() {
			win.removeEventListener('message', onMessage);
		}
	};
}
