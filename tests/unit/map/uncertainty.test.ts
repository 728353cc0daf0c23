/** Uncertainty drawn: a hand-drawn region's edge is dashed, an exact one solid. */
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { STORY_LAYERS } from '../../../src/lib/map/story-layers';

const edge = STORY_LAYERS.find((l) => l.spec.id === 'regions-line')!.spec as {
	paint: Record<string, unknown>;
};

/** The dash pattern MapLibre's own expression engine gives a region with this precision. */
function dashes(precision: string | undefined): unknown {
	const parsed = createExpression(edge.paint['line-dasharray'], {
		type: 'array',
		value: 'number',
		'property-type': 'data-driven'
	} as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate(
		{ zoom: 4 } as never,
		{ type: 'Polygon', properties: precision ? { precision } : {} } as never
	);
}

describe('the region outline', () => {
	it('is dashed where the boundary is approximate, solid where it is exact', () => {
		expect(dashes('approximate')).toEqual([3, 2]);
		expect(dashes('exact')).toEqual([1, 0]);
		// A region without the field is not claimed to be approximate (the schema requires it).
		expect(dashes(undefined)).toEqual([1, 0]);
	});
});
