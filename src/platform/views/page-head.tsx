import type { PageAssets } from '#src/platform/assets.ts';

/** DKFDS's primary blue, for the browser's own toolbar where it colours one. */
const THEME_COLOUR = '#004993';

/**
 * The `<head>`: every stylesheet and script is a hashed file of the client build, so browsers keep
 * them for a year; a map page adds Leaflet's chunk and styles (see assets.ts). Scripts are deferred
 * or modules, so nothing blocks reading the page.
 */
export function PageHead({ title, assets }: { title: string; assets: PageAssets }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {assets.styles.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      {assets.icons.svg !== null && <link rel="icon" href={assets.icons.svg} type="image/svg+xml" />}
      {assets.icons.appleTouch !== null && <link rel="apple-touch-icon" href={assets.icons.appleTouch} />}
      <link rel="manifest" href="/manifest.webmanifest" />
      <meta name="theme-color" content={THEME_COLOUR} />
      {assets.scripts.map((src) => (
        <script key={src} defer src={src} />
      ))}
      {assets.modules.map((src) => (
        <script key={src} type="module" src={src} />
      ))}
      {assets.modulePreloads.map((href) => (
        <link key={href} rel="modulepreload" href={href} />
      ))}
    </head>
  );
}
