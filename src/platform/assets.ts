import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from '#src/platform/package-files.ts';

/** What one page's `<head>` loads, all from the hashed client build (`/assets/client/…`). */
export interface PageAssets {
  /** Stylesheets, in cascade order: DKFDS first, then ours. */
  styles: string[];
  /** Classic scripts, deferred (DKFDS's prebuilt script, started from main.ts). */
  scripts: string[];
  /** ES modules (the islands). */
  modules: string[];
  /** Modules the page will import lazily, fetched while it is read (the map chunk). */
  modulePreloads: string[];
  icons: { svg: string | null; appleTouch: string | null };
}

/** The assets of an ordinary page, and of a page with a map (which adds Leaflet and its styles). */
export interface ClientAssets {
  page: PageAssets;
  mapPage: PageAssets;
  /** The PNG icons for the web app manifest, by size in pixels. */
  manifestIcons: Array<{ src: string; size: number }>;
}

interface ManifestEntry {
  file: string;
  css?: string[];
}

export const CLIENT_BUILD_DIR = packageFile('dist/client');
const PREFIX = '/assets/client/';

const NO_ASSETS: PageAssets = {
  styles: [],
  scripts: [],
  modules: [],
  modulePreloads: [],
  icons: { svg: null, appleTouch: null },
};

function readManifest(buildDir: string): Record<string, ManifestEntry> {
  const path = join(buildDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestEntry>;
}

/**
 * The hashed client files Vite built (see vite.config.ts). Without a build (unit tests) pages
 * carry no script or stylesheet, which is exactly how they must work anyway.
 */
export function readClientAssets(buildDir = CLIENT_BUILD_DIR): ClientAssets {
  const manifest = readManifest(buildDir);
  const url = (key: string): string[] => {
    const entry = manifest[key];
    return entry === undefined ? [] : [`${PREFIX}${entry.file}`];
  };
  const css = (key: string): string[] => (manifest[key]?.css ?? []).map((file) => `${PREFIX}${file}`);
  const page: PageAssets = {
    ...NO_ASSETS,
    styles: [...url('src/client/styles/dkfds.scss'), ...css('src/client/main.ts')],
    scripts: url('node_modules/dkfds/dist/js/dkfds.min.js'),
    modules: url('src/client/main.ts'),
    icons: {
      svg: url('src/client/icons/favicon.svg')[0] ?? null,
      appleTouch: url('src/client/icons/apple-touch-icon.png')[0] ?? null,
    },
  };
  const mapPage: PageAssets = {
    ...page,
    styles: [...page.styles, ...css('src/client/map.ts')],
    modulePreloads: url('src/client/map.ts'),
  };
  const manifestIcons = [192, 512].flatMap((size) =>
    url(`src/client/icons/icon-${size}.png`).map((src) => ({ src, size })),
  );
  return { page, mapPage, manifestIcons };
}

/** The map island's mark in a page (src/platform/views/map.tsx). */
const MAP_MARKER = 'data-module="app-map"';

/** Whether a rendered page holds a map, so its head should load Leaflet. */
export function pageHasMap(html: string): boolean {
  return html.includes(MAP_MARKER);
}
