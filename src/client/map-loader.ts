/**
 * Loads Leaflet only on pages that have a map. Its styles travel with the main bundle: Vite builds
 * with base `/`, so a lazily loaded stylesheet would be requested from `/assets/…` instead of
 * `/assets/client/assets/…` (setting `base: '/assets/client/'` in vite.config.ts would allow it).
 */
import 'leaflet/dist/leaflet.css';
import './map.css';

export function startMapLazily(element: HTMLElement): void {
  import('./map.ts')
    .then(({ startMap }) => startMap(element))
    .catch((error: unknown) => console.error('module app-map failed to start', error));
}
