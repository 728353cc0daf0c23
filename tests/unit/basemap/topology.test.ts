/** Arc-by-arc simplification of a TopoJSON topology (scripts/basemap/topology.ts). */
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { arcOwners, decodeArcs, simplifyTopology } from '../../../scripts/basemap/topology';

/**
 * Two squares side by side sharing one wiggly border arc (0); arcs 1 and 2 are their coasts.
 * Country "A" (id 1) uses arc 0 forwards, "B" (id 2) uses it reversed (~0).
 */
function createTwoCountries(): Topology {
	return {
		type: 'Topology',
		arcs: [
			[
				[10, 0],
				[10.001, 2],
				[10, 4],
				[10.001, 6],
				[10, 10]
			],
			[
				[10, 10],
				[5, 10.001],
				[0, 10],
				[0, 0],
				[5, 0.001],
				[10, 0]
			],
			[
				[10, 0],
				[20, 0],
				[20, 10],
				[10, 10]
			]
		],
		objects: {
			countries: {
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Polygon', id: 1, arcs: [[0, 1]] },
					{ type: 'Polygon', id: 2, arcs: [[2, ~0]] }
				]
			}
		}
	} as unknown as Topology;
}

/** A quantized topology: one arc, delta-encoded, with a scale and translate. */
function createQuantized(): Topology {
	return {
		type: 'Topology',
		transform: { scale: [0.5, 0.25], translate: [100, 40] },
		arcs: [
			[
				[0, 0],
				[2, 4],
				[2, -4]
			]
		],
		objects: {}
	} as unknown as Topology;
}

describe('decodeArcs', () => {
	it('undoes delta encoding and quantization to longitude/latitude', () => {
		expect(decodeArcs(createQuantized())).toEqual([
			[
				[100, 40],
				[101, 41],
				[102, 40]
			]
		]);
	});

	it('returns absolute arcs unchanged when there is no transform', () => {
		expect(decodeArcs(createTwoCountries())).toEqual(createTwoCountries().arcs);
	});
});

describe('simplifyTopology', () => {
	it('returns absolute coordinates without a transform', () => {
		const simple = simplifyTopology(createQuantized(), () => 0.001);
		expect(simple.transform).toBeUndefined();
		expect(simple.arcs[0][1]).toEqual([101, 41]);
	});

	it('simplifies every arc but keeps its end points, so borders still meet the coast', () => {
		const original = createTwoCountries();
		const simple = simplifyTopology(original, () => 0.01);
		simple.arcs.forEach((arc, i) => {
			expect(arc[0]).toEqual(original.arcs[i][0]);
			expect(arc.at(-1)).toEqual(original.arcs[i].at(-1));
		});
		expect(simple.arcs[0]).toHaveLength(2);
	});

	it('uses the tolerance chosen for each arc', () => {
		const simple = simplifyTopology(createTwoCountries(), (i) => (i === 0 ? 0.0001 : 0.01));
		expect(simple.arcs[0]).toHaveLength(5);
		expect(simple.arcs[1]).toHaveLength(4);
	});

	it('keeps the objects, so features can still be built from it', () => {
		const simple = simplifyTopology(createTwoCountries(), () => 0.01);
		expect(simple.objects).toEqual(createTwoCountries().objects);
	});

	it('does not change the topology it was given', () => {
		const original = createQuantized();
		simplifyTopology(original, () => 10);
		expect(original).toEqual(createQuantized());
	});
});

describe('arcOwners', () => {
	it('gives a shared border arc both countries, reversed use included', () => {
		expect(arcOwners(createTwoCountries(), 'countries')[0]).toEqual(['1', '2']);
	});

	it('gives a coast arc one country', () => {
		const owners = arcOwners(createTwoCountries(), 'countries');
		expect(owners[1]).toEqual(['1']);
		expect(owners[2]).toEqual(['2']);
	});
});
