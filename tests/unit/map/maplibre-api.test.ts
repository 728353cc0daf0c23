/**
 * Contract test: the real maplibregl.Map still has every method the app calls, so an upgrade
 * that renames or drops one fails here by name rather than in a reader's browser.
 */
import { describe, expect, it } from 'vitest';
import { MAP_METHODS_USED } from '../../../src/lib/map/actions';

describe('maplibre-gl Map API', () => {
	it.each(MAP_METHODS_USED)('Map.prototype.%s exists', async (name) => {
		const { Map } = await import('maplibre-gl');
		expect(typeof (Map.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
	});

	it('exposes setWorkerUrl for the Vite-bundled worker', async () => {
		const maplibre = await import('maplibre-gl');
		expect(typeof maplibre.setWorkerUrl).toBe('function');
	});
});
