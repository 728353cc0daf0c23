/**
 * Baseline for the benchmark: a bare MapLibre page with the same basemap and nothing else,
 * so the story's costs can be compared against MapLibre's own in the same run.
 */
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { buildStyle } from '../../src/lib/map/style';

setWorkerUrl(workerUrl);
performance.mark('map-create');
const params = new URLSearchParams(location.search);
const center = (params.get('center') ?? '100,46').split(',').map(Number) as [number, number];
const map = new MaplibreMap({
	container: 'map',
	style: buildStyle(new URL('/', location.href).href, 'en', { from: 1917, to: 1918, focus: [] }),
	center,
	zoom: Number(params.get('zoom') ?? 2.8),
	interactive: false,
	attributionControl: false
});
(window as unknown as { __storyMap: MaplibreMap }).__storyMap = map;
map.once('style.load', () => performance.mark('map-style'));
map.once('idle', () => {
	performance.mark('map-idle');
	document.body.setAttribute('data-idle', 'true');
});
