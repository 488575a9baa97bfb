import { type Config, type ControllerConfig, tileHost } from '#src/config.ts';

/** The day the privacy notice, terms and accessibility statement were written; change it with them. */
export const LEGAL_TEXTS_UPDATED = Date.UTC(2026, 11, 6, 12);
/** The day the accessibility statement was last reviewed against the site. */
export const A11Y_STATEMENT_REVIEWED = Date.UTC(2026, 11, 6, 12);

/** What the legal pages say about this installation, all of it from configuration. */
export interface LegalModel {
  controller: ControllerConfig;
  /** The site's public address, e.g. `https://byliv.kk.dk`. */
  siteUrl: string;
  /** The host that serves map tiles, or null when maps draw no tiles (`MAP_TILE_URL=none`). */
  tileHost: string | null;
  tileAttribution: string;
}

export function legalModel(config: Config): LegalModel {
  return {
    controller: config.controller,
    siteUrl: config.baseUrl,
    tileHost: config.mapTileUrl === null ? null : tileHost(config.mapTileUrl),
    tileAttribution: config.mapTileAttribution,
  };
}
