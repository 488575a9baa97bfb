/**
 * Loads Leaflet only on pages that have a map: map.ts is its own chunk, and its styles (Leaflet's
 * and ours) travel with it, so other pages load neither. Map pages also name both in their head
 * (see src/platform/assets.ts), so the browser fetches them while it reads the page.
 */
export function startMapLazily(element: HTMLElement): void {
  import('./map.ts')
    .then(({ startMap }) => startMap(element))
    .catch((error: unknown) => console.error('module app-map failed to start', error));
}
