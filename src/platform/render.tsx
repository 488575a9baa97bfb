import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { type ClientAssets, type PageAssets, pageHasMap } from '#src/platform/assets.ts';
import type { PageOptions } from '#src/platform/fastify-types.ts';
import { isPlainMessageKey } from '#src/platform/i18n-keys.ts';
import { Layout } from '#src/platform/views/layout.tsx';

export const FLASH_COOKIE = 'byliv_flash';

function currentPath(request: FastifyRequest): string {
  return request.method === 'GET' ? request.url : '/';
}

function takeFlash(request: FastifyRequest, reply: FastifyReply): string | null {
  const raw = request.cookies[FLASH_COOKIE];
  if (raw === undefined) return null;
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null || !isPlainMessageKey(unsigned.value)) return null;
  return request.t.t(unsigned.value);
}

/** A form shown again with errors says so first in the title, which screen readers announce on load. */
function pageTitle(request: FastifyRequest, options: PageOptions): string {
  return options.status === 422 ? `${request.t.t('form.errorPrefix')} ${options.title}` : options.title;
}

export function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  assets: ClientAssets,
  options: PageOptions,
) {
  const user = request.user;
  const flash = takeFlash(request, reply);
  const render = (pageAssets: PageAssets) =>
    renderToString(
      <Layout
        t={request.t}
        title={pageTitle(request, options)}
        user={user === null ? null : { id: user.id, name: user.name, isAdmin: user.isAdmin }}
        csrfToken={request.csrfToken}
        currentPath={currentPath(request)}
        flash={flash}
        assets={pageAssets}
      >
        {options.body}
      </Layout>,
    );
  let html = render(assets.page);
  // Only a page that turns out to hold a map loads Leaflet; it is drawn once more with it in its head.
  if (pageHasMap(html)) html = render(assets.mapPage);
  return reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>${html}`);
}
