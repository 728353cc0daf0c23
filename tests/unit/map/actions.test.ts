import { describe, expect, it, vi } from 'vitest';
import {
	moveCamera,
	setFocus,
	setLabelLanguage,
	showDate,
	showGroups,
	showTodaysBorders,
	startPulse,
	zoomOffsetFor
} from '../../../src/lib/map/actions';
import { STORY_LAYERS } from '../../../src/lib/map/story-layers';
import { createFakeMap, labelText } from './fake-map';

const camera = { center: [126.6, 45.75] as [number, number], zoom: 5, bearing: 10, pitch: 20 };
const ids = STORY_LAYERS.map((l) => l.spec.id);

describe('moveCamera', () => {
	it('glides with flyTo when motion is allowed', () => {
		const map = createFakeMap();
		moveCamera(map, camera, { reducedMotion: false });
		const fly = map.calls.find((c) => c[0] === 'flyTo');
		expect(fly?.[1]).toMatchObject({ center: camera.center, zoom: 5, bearing: 10, pitch: 20 });
		expect((fly?.[1] as { duration: number }).duration).toBeGreaterThan(500);
		expect(map.calls.some((c) => c[0] === 'jumpTo')).toBe(false);
	});

	it('jumps instantly under reduced motion', () => {
		const map = createFakeMap();
		moveCamera(map, camera, { reducedMotion: true });
		expect(map.calls.some((c) => c[0] === 'flyTo')).toBe(false);
		expect(map.calls.find((c) => c[0] === 'jumpTo')?.[1]).toMatchObject({
			center: camera.center,
			zoom: 5
		});
	});

	it('sets the padding before it moves, so the new centre is fitted to that padding', () => {
		const padding = { top: 40, right: 40, bottom: 40, left: 520 };
		for (const reducedMotion of [true, false]) {
			const map = createFakeMap();
			moveCamera(map, camera, { reducedMotion, padding });
			const moves = map.calls.filter((c) => c[0] === 'jumpTo' || c[0] === 'flyTo');
			expect(moves[0]).toEqual(['jumpTo', { padding }]);
			expect(moves[1][1]).toMatchObject({ center: camera.center, padding });
		}
	});

	it('defaults bearing and pitch to a flat, north-up view', () => {
		const map = createFakeMap();
		moveCamera(map, { center: [90, 45], zoom: 3 }, { reducedMotion: true });
		expect(map.calls.find((c) => c[0] === 'jumpTo')?.[1]).toMatchObject({ bearing: 0, pitch: 0 });
	});
});

describe('zoomOffsetFor', () => {
	it('zooms out one level for a view half the design width', () => {
		expect(zoomOffsetFor(360)).toBeCloseTo(-1, 5);
	});

	it('zooms out for a short view too: the smaller of the two ratios decides', () => {
		expect(zoomOffsetFor(720, 360)).toBeCloseTo(-1, 5);
		expect(zoomOffsetFor(360, 2000)).toBeCloseTo(-1, 5);
		expect(zoomOffsetFor(370, 268)).toBeCloseTo(Math.log2(268 / 720), 5);
		expect(zoomOffsetFor(720, 720)).toBe(0);
		expect(zoomOffsetFor(720, 0)).toBe(0);
	});

	it('never zooms in on wide views, and ignores unmeasured ones', () => {
		expect(zoomOffsetFor(2000)).toBe(0);
		expect(zoomOffsetFor(0)).toBe(0);
		expect(zoomOffsetFor(NaN)).toBe(0);
	});

	it('is applied by moveCamera', () => {
		const map = createFakeMap();
		moveCamera(map, camera, { reducedMotion: true, zoomOffset: -1 });
		expect(map.calls.find((c) => c[0] === 'jumpTo')?.[1]).toMatchObject({ zoom: 4 });
	});
});

describe('showDate', () => {
	it('shows a whole year for YYYY', () => {
		const map = createFakeMap();
		showDate(map, '1969');
		expect(map.state.from).toBe(1969);
		expect(map.state.to).toBe(1970);
	});

	it('shows a single day for YYYY-MM-DD', () => {
		const map = createFakeMap();
		showDate(map, '1969-03-02');
		const from = map.state.from as number;
		const to = map.state.to as number;
		expect(from).toBeGreaterThan(1969.1);
		expect(to - from).toBeCloseTo(1 / 365, 4);
	});
});

describe('setFocus', () => {
	it('puts the ids in global state as a fresh array', () => {
		const map = createFakeMap();
		const ids = ['manchukuo'];
		setFocus(map, ids);
		expect(map.state.focus).toEqual(['manchukuo']);
		expect(map.state.focus).not.toBe(ids);
	});
});

describe('showTodaysBorders', () => {
	const borders = ['basemap-border-band', 'basemap-borders'];
	it("hides today's borders while the states of the date are drawn", () => {
		const map = createFakeMap(borders);
		showTodaysBorders(map, borders, ['states', 'railways']);
		for (const id of borders) expect(map.layout[`${id}.visibility`]).toBe('none');
		showTodaysBorders(map, borders, ['railways']);
		for (const id of borders) expect(map.layout[`${id}.visibility`]).toBe('visible');
	});
});

describe('showGroups', () => {
	it('fades shown groups to their opacity and hidden ones to zero', () => {
		const map = createFakeMap(ids);
		showGroups(map, STORY_LAYERS, ['railways'], { duration: 0 });
		expect(map.paint['railways-line.line-opacity']).toBe(1);
		expect(map.paint['regions-fill.fill-opacity']).toBe(0);
		expect(map.layout['regions-fill.visibility']).toBe('none');
		expect(map.layout['railways-line.visibility']).toBe('visible');
	});

	it('switches hidden layers off only after the fade', () => {
		vi.useFakeTimers();
		const map = createFakeMap(ids);
		const timers = new Map();
		showGroups(map, STORY_LAYERS, [], { duration: 700, timers });
		expect(map.paint['clashes-point.circle-opacity']).toBe(0);
		expect(map.layout['clashes-point.visibility']).toBeUndefined();
		vi.advanceTimersByTime(800);
		expect(map.layout['clashes-point.visibility']).toBe('none');
		vi.useRealTimers();
	});

	it('cancels a pending hide when the group comes back', () => {
		vi.useFakeTimers();
		const map = createFakeMap(ids);
		const timers = new Map();
		showGroups(map, STORY_LAYERS, [], { duration: 700, timers });
		showGroups(map, STORY_LAYERS, ['clashes'], { duration: 700, timers });
		vi.advanceTimersByTime(800);
		expect(map.layout['clashes-point.visibility']).toBe('visible');
		vi.useRealTimers();
	});

	it('skips layers the map does not have', () => {
		const map = createFakeMap([]);
		showGroups(map, STORY_LAYERS, ['regions'], { duration: 0 });
		expect(map.calls).toHaveLength(0);
	});
});

describe('setLabelLanguage', () => {
	it('labels in the chosen language with an English fallback', () => {
		const map = createFakeMap(['places-label']);
		setLabelLanguage(map, ['places-label', 'missing-label'], 'ru');
		const field = map.layout['places-label.text-field'];
		expect(labelText(field, { 'name:en': 'Harbin', 'name:ru': 'Харбин' })).toBe('Харбин');
		expect(labelText(field, { 'name:en': 'Harbin' })).toBe('Harbin');
		expect(map.calls).toHaveLength(1);
	});
});

describe('showGroups with the story layers', () => {
	it('fades each layer to the opacity its descriptor gives', () => {
		const map = createFakeMap(ids);
		showGroups(map, STORY_LAYERS, ['regions', 'clashes', 'movements'], { duration: 0 });
		expect(map.paint['regions-fill.fill-opacity']).toBe(0.2);
		expect(map.paint['clashes-halo.circle-opacity']).toBe(0.35);
		expect(map.paint['clashes-point.circle-stroke-opacity']).toBe(1);
		expect(map.paint['movements-line.line-opacity']).toBe(1);
	});

	it('sets the transition before the value, so the change fades', () => {
		const map = createFakeMap(ids);
		showGroups(map, STORY_LAYERS, ['railways'], { duration: 700 });
		const calls = map.calls.filter((c) => c[1] === 'railways-line').map((c) => c[2]);
		expect(calls).toEqual(['visibility', 'line-opacity-transition', 'line-opacity']);
		expect(map.paint['railways-line.line-opacity-transition']).toEqual({
			duration: 700,
			delay: 0
		});
	});
});

describe('startPulse', () => {
	it('swings the halo radius until stopped, then settles it', () => {
		vi.useFakeTimers();
		const map = createFakeMap(['clashes-halo']);
		const stop = startPulse(map, { period: 1000, radii: [10, 20] });
		vi.advanceTimersByTime(1000);
		expect(map.paint['clashes-halo.circle-radius']).toBe(20);
		vi.advanceTimersByTime(1000);
		expect(map.paint['clashes-halo.circle-radius']).toBe(10);
		stop();
		const calls = map.calls.length;
		vi.advanceTimersByTime(5000);
		expect(map.calls.length).toBe(calls);
		expect(map.paint['clashes-halo.circle-radius']).toBe(10);
		vi.useRealTimers();
	});

	it('does nothing on a map without the layer', () => {
		const map = createFakeMap([]);
		startPulse(map)();
		expect(map.calls).toHaveLength(0);
	});
});
