import { DEFAULT_TILE_ATTRIBUTION } from '#src/config.ts';
import type { Translator } from '#src/platform/i18n.ts';

export interface AreaMapModel {
  /** The accessible name of the map. */
  label: string;
  /** GeoJSON addresses, drawn in order; the map fits the first (or the highlighted area). */
  layers: string[];
  /** Slug of the area to emphasise. */
  highlight?: string;
  /** Tile URL template, or null to draw shapes only (no network). */
  tileUrl: string | null;
  /** The credit for the tiles (MAP_TILE_ATTRIBUTION); OpenStreetMap's, in the reader's language, by default. */
  tileAttribution?: string;
}

function creditOf(t: Translator, attribution: string | undefined): string {
  return attribution === undefined || attribution === DEFAULT_TILE_ATTRIBUTION
    ? t.t('map.attribution')
    : attribution;
}

/**
 * The map island (`src/client/map.ts`). Hidden until the script starts it, so without JavaScript
 * nothing empty is announced; everything it shows is also on the page as text. Its notice line says
 * when there is no background map (tiles off here, or, filled in by the script, none could be fetched).
 */
export function AreaMap({ t, model }: { t: Translator; model: AreaMapModel }) {
  return (
    <div
      class="app-map"
      hidden
      data-module="app-map"
      data-layers={model.layers.join(' ')}
      data-highlight={model.highlight}
      data-tile-url={model.tileUrl ?? undefined}
      data-tile-attribution={model.tileUrl === null ? undefined : creditOf(t, model.tileAttribution)}
      data-zoom-in={t.t('map.zoomIn')}
      data-zoom-out={t.t('map.zoomOut')}
      data-tiles-failed={t.t('map.tilesFailed')}
    >
      <p class="app-map__hint" id="app-map-hint">
        {t.t('map.hint')}
      </p>
      <p class="app-map__notice" role="status">
        {model.tileUrl === null ? t.t('map.noTiles') : ''}
      </p>
      <section class="app-map__canvas" aria-label={model.label} aria-describedby="app-map-hint" />
    </div>
  );
}
