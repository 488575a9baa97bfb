import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ClientAssets } from '#src/platform/assets.ts';
import { translator } from '#src/platform/i18n.ts';
import { packageFile } from '#src/platform/package-files.ts';

const DAY_SECONDS = 24 * 3600;
const FAVICON = packageFile('src/client/icons/favicon.ico');

/** The web app manifest (https://www.w3.org/TR/appmanifest/), in Danish, the site's language. */
export function webAppManifest(assets: ClientAssets) {
  const t = translator('da');
  return {
    id: '/',
    name: `${t.t('site.name')} – ${t.t('site.tagline')}`,
    short_name: t.t('site.name'),
    lang: 'da',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'minimal-ui',
    theme_color: '#004993',
    background_color: '#ffffff',
    icons: [
      ...(assets.page.icons.svg === null
        ? []
        : [{ src: assets.page.icons.svg, sizes: 'any', type: 'image/svg+xml' }]),
      ...assets.manifestIcons.map(({ src, size }) => ({ src, sizes: `${size}x${size}`, type: 'image/png' })),
    ],
  };
}

/**
 * The files browsers ask for by a fixed name: /favicon.ico (asked for whatever the page links, so
 * answered rather than a 404 on every first visit) and /manifest.webmanifest. Their names cannot
 * carry a hash, so browsers may keep them a day, not a year.
 */
export async function siteFileRoutes(app: FastifyInstance, options: { assets: ClientAssets }): Promise<void> {
  const favicon = readFileSync(FAVICON);
  const manifest = JSON.stringify(webAppManifest(options.assets));
  const cacheControl = `public, max-age=${DAY_SECONDS}`;

  app.get('/favicon.ico', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/x-icon').header('cache-control', cacheControl).send(favicon),
  );
  app.get(
    '/manifest.webmanifest',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) =>
      reply
        .type('application/manifest+json; charset=utf-8')
        .header('cache-control', cacheControl)
        .send(manifest),
  );
}
