/**
 * The page's data loader, and the feature selection that reads it: the data flows down from
 * one fetch; the map reports only ids.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoryPayload } from '../../../src/lib/geodata/payload';
import { LAYER_IDS } from '../../../src/lib/geodata/types';
import {
	CARD_TEXTS_PATH,
	OPENING_DATA_PATH,
	STORY_DATA_PATH,
	StoryData
} from '../../../src/lib/map/story-data.svelte';
import { FeatureSelection } from '../../../src/lib/story/selection.svelte';

function createPayload(): StoryPayload {
	const empty = () => ({ type: 'FeatureCollection' as const, features: [] });
	const layers = Object.fromEntries(
		LAYER_IDS.map((id) => [id, empty()])
	) as unknown as StoryPayload['layers'];
	layers.clashes.features.push({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [133.85, 46.49] },
		properties: { id: 'zhenbao', kind: 'clash', 'name:en': 'Zhenbao Island', t0: 1969, t1: 1970 }
	});
	return { layers, heads: empty(), labels: empty(), borders: empty() };
}

function stubFetch(response: (url: URL | string, init?: RequestInit) => Promise<Response>) {
	const fetch = vi.fn(response);
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('StoryData', () => {
	it('fetches the data once, from the URL the page preloads, and offers every feature by id', async () => {
		const fetch = stubFetch(async () => Response.json(createPayload()));
		const data = new StoryData();
		expect(data.status).toBe('loading');
		expect(data.features.size).toBe(0);
		await data.load('https://example.org/story/');
		expect(fetch).toHaveBeenCalledOnce();
		expect(String(fetch.mock.calls[0][0])).toBe(`https://example.org/story/${STORY_DATA_PATH}`);
		expect(data.status).toBe('ready');
		expect(data.payload?.layers.clashes.features).toHaveLength(1);
		expect(data.features.get('zhenbao')?.['name:en']).toBe('Zhenbao Island');
	});

	it('says so when the server fails, and never rejects', async () => {
		stubFetch(async () => new Response('broken', { status: 500 }));
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const data = new StoryData();
		await data.load('https://example.org/');
		expect(data.status).toBe('error');
		expect(data.payload).toBeNull();
	});

	it('turns a file of the wrong shape into the data error, never an uncaught TypeError', async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const shapes = [
			null,
			[createPayload()],
			{ ...createPayload(), layers: undefined },
			{ ...createPayload(), layers: { ...createPayload().layers, railways: 'none' } },
			{ ...createPayload(), layers: { ...createPayload().layers, events: { features: {} } } }
		];
		for (const body of shapes) {
			stubFetch(async () => Response.json(body));
			const data = new StoryData();
			await data.load('https://example.org/');
			expect(data.status).toBe('error');
			expect(data.payload).toBeNull();
			// Reading what the page reads must not throw either.
			expect(data.features.size).toBe(0);
		}
		const errors = logged.mock.calls.map(([e]) => e as Error);
		expect(errors).toHaveLength(shapes.length);
		for (const error of errors) {
			expect(error).not.toBeInstanceOf(TypeError);
			expect(error.message).toMatch(/^story data: /);
		}
	});

	it('fetches again on retry after a failure, without a second request while it is fine', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		let answer: () => Response = () => new Response('{"layers": {"stat', { status: 200 });
		const fetch = stubFetch(async () => answer());
		const data = new StoryData();
		await data.load('https://example.org/');
		expect(data.status).toBe('error');
		answer = () => Response.json(createPayload());
		data.retry();
		expect(data.status).toBe('loading');
		await vi.waitFor(() => expect(data.status).toBe('ready'));
		expect(fetch).toHaveBeenCalledTimes(2);
		expect(data.features.get('zhenbao')?.['name:en']).toBe('Zhenbao Island');
		data.retry();
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('stays quiet when the page aborts the load', async () => {
		stubFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
		const controller = new AbortController();
		controller.abort();
		const data = new StoryData();
		await data.load('https://example.org/', controller.signal);
		expect(data.status).toBe('loading');
	});
});

describe('the opening slice', () => {
	const slice = () => {
		const payload = createPayload();
		payload.layers.clashes.features = [];
		return payload;
	};
	const serve = (rest: () => Response) =>
		stubFetch(async (url) =>
			String(url).endsWith(OPENING_DATA_PATH) ? Response.json(slice()) : rest()
		);

	it('comes first when asked for, and the whole data follows once, replacing it', async () => {
		const fetch = serve(() => Response.json(createPayload()));
		const data = new StoryData();
		await data.load('https://example.org/story/', undefined, { opening: true });
		expect(data.status).toBe('ready');
		expect(data.complete).toBe(false);
		expect(data.features.has('zhenbao')).toBe(false);
		await Promise.all([data.loadRest(), data.loadRest()]);
		expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
			`https://example.org/story/${OPENING_DATA_PATH}`,
			`https://example.org/story/${STORY_DATA_PATH}`
		]);
		expect(data.complete).toBe(true);
		expect(data.features.get('zhenbao')?.['name:en']).toBe('Zhenbao Island');
		await data.loadRest();
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('waits for the opening before fetching the rest (a page without a map asks at once)', async () => {
		const fetch = serve(() => Response.json(createPayload()));
		const data = new StoryData();
		const loading = data.load('https://example.org/', undefined, { opening: true });
		const rest = data.loadRest();
		await Promise.all([loading, rest]);
		expect(fetch).toHaveBeenCalledTimes(2);
		expect(data.complete).toBe(true);
		expect(data.features.has('zhenbao')).toBe(true);
	});

	it('is kept on show when the rest fails, and the status says the data failed', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		serve(() => new Response('gone', { status: 503 }));
		const data = new StoryData();
		await data.load('https://example.org/', undefined, { opening: true });
		const opening = data.payload;
		await data.loadRest();
		expect(data.status).toBe('error');
		expect(data.payload).toBe(opening);
		expect(data.complete).toBe(false);
	});

	it('is not fetched when the page asks for everything at once', async () => {
		const fetch = serve(() => Response.json(createPayload()));
		const data = new StoryData();
		await data.load('https://example.org/');
		await data.loadRest();
		expect(fetch).toHaveBeenCalledOnce();
		expect(String(fetch.mock.calls[0][0])).toBe(`https://example.org/${STORY_DATA_PATH}`);
		expect(data.complete).toBe(true);
	});
});

describe('the card texts', () => {
	const texts = { zhenbao: { description: 'Fighting on the Ussuri.', sources: ['Time, 1969'] } };
	const serve = (cards: (url: string) => Promise<Response>) =>
		stubFetch(async (url) =>
			String(url).endsWith(STORY_DATA_PATH) ? Response.json(createPayload()) : cards(String(url))
		);

	it('come once, from their own file, and join the features they belong to', async () => {
		const fetch = serve(async () => Response.json(texts));
		const data = new StoryData();
		await data.load('https://example.org/story/');
		expect(data.cards).toBe('waiting');
		expect(data.features.get('zhenbao')?.description).toBeUndefined();
		await Promise.all([data.loadCards(), data.loadCards()]);
		expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
			`https://example.org/story/${STORY_DATA_PATH}`,
			`https://example.org/story/${CARD_TEXTS_PATH}`
		]);
		expect(data.cards).toBe('ready');
		expect(data.features.get('zhenbao')?.description).toBe('Fighting on the Ussuri.');
		expect(data.features.get('zhenbao')?.['name:en']).toBe('Zhenbao Island');
	});

	it('say they failed on a server error or a file of the wrong shape, and can be asked again', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		let answer: () => Response = () => new Response('gone', { status: 404 });
		serve(async () => answer());
		const data = new StoryData();
		await data.load('https://example.org/');
		await data.loadCards();
		expect(data.cards).toBe('error');
		answer = () => Response.json(['not', 'an', 'object']);
		await data.loadCards();
		expect(data.cards).toBe('error');
		answer = () => Response.json(texts);
		await data.loadCards();
		expect(data.cards).toBe('ready');
		expect(data.features.get('zhenbao')?.sources).toEqual(['Time, 1969']);
	});
});

describe('FeatureSelection', () => {
	it('opens the card of a clicked id from the page’s data, and closes on empty map', async () => {
		stubFetch(async () => Response.json(createPayload()));
		const data = new StoryData();
		const selection = new FeatureSelection(() => data.features);
		selection.select('zhenbao');
		expect(selection.selected).toBeNull();
		await data.load('https://example.org/');
		selection.select('zhenbao');
		expect(selection.selected?.id).toBe('zhenbao');
		selection.select(null);
		expect(selection.selected).toBeNull();
	});

	it('asks for the card texts when a card opens, and the open card gains them', async () => {
		stubFetch(async (url) =>
			String(url).endsWith(STORY_DATA_PATH)
				? Response.json(createPayload())
				: Response.json({ zhenbao: { description: 'Fighting on the Ussuri.' } })
		);
		const data = new StoryData();
		const opened = vi.fn(() => void data.loadCards());
		const selection = new FeatureSelection(() => data.features, opened);
		await data.load('https://example.org/');
		selection.select('zhenbao');
		expect(opened).toHaveBeenCalledOnce();
		expect(selection.selected?.description).toBeUndefined();
		await data.loadCards();
		expect(selection.selected?.description).toBe('Fighting on the Ussuri.');
	});
});
