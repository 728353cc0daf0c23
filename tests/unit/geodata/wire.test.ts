/**
 * `/data/story.json` of the wrong shape (a truncated or stale deploy, a proxy's error page
 * served as JSON) is refused by `decodePayload` with an Error that says what is wrong, never a
 * TypeError later in the page.
 */
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/lib/geodata/types';
import { decodePayload, PayloadShapeError } from '../../../src/lib/geodata/wire';

const empty = () => ({ type: 'FeatureCollection', features: [] as unknown[] });
function wire(): Record<string, unknown> {
	const layers = Object.fromEntries(
		LAYER_IDS.filter((id) => id !== 'states').map((id) => [id, empty()])
	);
	return { layers, heads: empty(), labels: empty() };
}

function refusal(value: unknown): Error {
	try {
		decodePayload(value);
	} catch (error) {
		return error as Error;
	}
	throw new Error('decodePayload accepted a payload of the wrong shape');
}

describe('decodePayload on a file of the wrong shape', () => {
	it('accepts the right shape (the cases below differ from it in one part)', () => {
		expect(decodePayload(wire()).layers.states.features).toEqual([]);
	});

	const cases: [string, () => unknown, RegExp][] = [
		['null', () => null, /not an object/],
		['an array', () => [wire()], /not an object/],
		['a string', () => 'Service Unavailable', /not an object/],
		['no layers', () => ({ ...wire(), layers: undefined }), /"layers" is missing/],
		['layers as a list', () => ({ ...wire(), layers: [] }), /"layers" is missing/],
		[
			'a layer missing',
			() => {
				const w = wire();
				delete (w.layers as Record<string, unknown>).railways;
				return w;
			},
			/layer "railways" is not an object/
		],
		[
			'a layer of the wrong type',
			() => {
				const w = wire();
				(w.layers as Record<string, unknown>).clashes = { type: 'FeatureCollection', features: 7 };
				return w;
			},
			/layer "clashes" has no list of features/
		],
		[
			'a feature without properties',
			() => {
				const w = wire();
				(w.layers as Record<string, { features: unknown[] }>).events.features.push({
					type: 'Feature',
					geometry: null
				});
				return w;
			},
			/layer "events" feature 0 has no properties/
		],
		['no labels', () => ({ ...wire(), labels: null }), /"labels" is not an object/],
		['shapes not a topology', () => ({ ...wire(), shapes: { type: 'Topology' } }), /"shapes"/],
		[
			'a topology that cannot be decoded',
			() => ({
				...wire(),
				shapes: { type: 'Topology', objects: { states: { type: 'GeometryCollection' } } }
			}),
			/"shapes"/
		]
	];
	for (const [name, value, message] of cases)
		it(`refuses ${name} with a clear Error`, () => {
			const error = refusal(value());
			expect(error).toBeInstanceOf(PayloadShapeError);
			expect(error).not.toBeInstanceOf(TypeError);
			expect(error.message).toMatch(/^story data: /);
			expect(error.message).toMatch(message);
		});
});
