import { describe, expect, it, vi } from 'vitest';
import { connectHost } from '../../../src/lib/embed/host';
import type { HostCommand } from '../../../src/lib/embed/protocol';

/** A window with a parent that records what it is sent, and a way to receive messages. */
function fakeFrame(framed = true) {
	const events = new EventTarget();
	const parent = { postMessage: vi.fn() };
	const fake: Record<string, unknown> = {
		addEventListener: events.addEventListener.bind(events),
		removeEventListener: events.removeEventListener.bind(events)
	};
	fake.parent = framed ? parent : fake;
	const win = fake as unknown as Window;
	const receive = (data: unknown, source: unknown = parent) =>
		events.dispatchEvent(Object.assign(new Event('message'), { data, source }));
	return { win, parent, receive };
}

const ids = ['prologue', 'epilogue'];

describe('connectHost', () => {
	it('obeys its parent and answers a refused message with storymap:error', () => {
		const { win, parent, receive } = fakeFrame();
		const commands: HostCommand[] = [];
		connectHost(win, { chapterIds: ids, onCommand: (c) => commands.push(c) });
		receive({ type: 'storymap:goto', chapter: 'epilogue' });
		receive({ type: 'storymap:goto', chapter: 'nowhere' });
		expect(commands).toEqual([{ type: 'storymap:goto', chapter: 'epilogue' }]);
		expect(parent.postMessage).toHaveBeenCalledTimes(1);
		expect(parent.postMessage.mock.calls[0][0]).toMatchObject({
			type: 'storymap:error',
			message: expect.stringMatching(/no chapter “nowhere”/)
		});
	});

	it('ignores messages from any window other than its parent, without answering', () => {
		const { win, parent, receive } = fakeFrame();
		const onCommand = vi.fn();
		connectHost(win, { chapterIds: ids, onCommand });
		receive({ type: 'storymap:goto', chapter: 'epilogue' }, { postMessage() {} });
		receive({ type: 'storymap:goto', chapter: 'epilogue' }, null);
		expect(onCommand).not.toHaveBeenCalled();
		expect(parent.postMessage).not.toHaveBeenCalled();
	});

	it('reports each height change once, rounded up, and skips sub-pixel jitter', () => {
		const { win, parent } = fakeFrame();
		const link = connectHost(win, { chapterIds: ids, onCommand() {}, pymChildId: 'g1' });
		link.reportHeight(700.4);
		link.reportHeight(700.9);
		link.reportHeight(NaN);
		link.reportHeight(640);
		const sent = parent.postMessage.mock.calls.map((c) => c[0]);
		expect(sent.filter((m) => m?.type === 'storymap:height')).toEqual([
			{ type: 'storymap:height', height: 701 },
			{ type: 'storymap:height', height: 640 }
		]);
		expect(sent).toContain('pymxPYMxg1xPYMxheightxPYMx640');
	});

	it('stays silent and deaf when the page is not in a frame', () => {
		const { win, receive } = fakeFrame(false);
		const onCommand = vi.fn();
		const link = connectHost(win, { chapterIds: ids, onCommand });
		link.post({ type: 'storymap:state' });
		link.reportHeight(500);
		receive({ type: 'storymap:goto', chapter: 'epilogue' }, win);
		expect(onCommand).not.toHaveBeenCalled();
	});

	it('survives a parent that throws and stops listening when disconnected', () => {
		const { win, parent, receive } = fakeFrame();
		parent.postMessage.mockImplementation(() => {
			throw new Error('gone');
		});
		const onCommand = vi.fn();
		const link = connectHost(win, { chapterIds: ids, onCommand });
		expect(() => link.reportHeight(300)).not.toThrow();
		link.disconnect();
		receive({ type: 'storymap:goto', chapter: 'epilogue' });
		expect(onCommand).not.toHaveBeenCalled();
	});
});
