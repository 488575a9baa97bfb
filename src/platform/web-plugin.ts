import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CLIENT_BUILD_DIR, readClientAssets } from '#src/platform/assets.ts';
import { CsrfError, ForbiddenError, UnauthorizedError } from '#src/platform/errors.ts';
import { isLocale, type Locale, translator } from '#src/platform/i18n.ts';
import { refuseNonFiniteNumbers, refuseNulCharacters } from '#src/platform/input-guard.ts';
import { registerPublicCache } from '#src/platform/public-cache.ts';
import { FLASH_COOKIE, renderPage } from '#src/platform/render.tsx';
import { safeReturnPath } from '#src/platform/return-address.ts';
import { siteFileRoutes } from '#src/platform/site-files.ts';
import { hmac, newToken, safeEqual } from '#src/platform/tokens.ts';
import '#src/platform/fastify-types.ts';

export const LANGUAGE_COOKIE = 'byliv_lang';
const CSRF_COOKIE = 'byliv_csrf';
const YEAR_SECONDS = 365 * 24 * 3600;
/** Answered without a CSRF cookie: files, not pages. */
const SITE_FILES = new Set(['/favicon.ico', '/manifest.webmanifest']);

/** The JSON API: answers problems as JSON and authenticates by Bearer token only. */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/v1/') || request.url.startsWith('/api/openapi.json');
}

function requestLocale(request: FastifyRequest): Locale {
  const fromCookie = request.cookies[LANGUAGE_COOKIE];
  if (isLocale(fromCookie)) return fromCookie;
  return request.user?.locale ?? 'da';
}

function secureCookies(app: FastifyInstance): boolean {
  return app.ctx.config.baseUrl.startsWith('https:');
}

/** Double-submit CSRF: a random cookie, and a form field that must carry its HMAC. */
function ensureCsrf(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): void {
  let seed = request.cookies[CSRF_COOKIE];
  if (seed === undefined || seed.length < 20) {
    seed = newToken();
    reply.setCookie(CSRF_COOKIE, seed, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies(app),
    });
  }
  request.csrfToken = hmac(app.ctx.config.sessionSecret, seed);
}

function submittedCsrf(request: FastifyRequest): string | undefined {
  const body = request.body;
  if (typeof body === 'object' && body !== null && '_csrf' in body && typeof body._csrf === 'string') {
    return body._csrf;
  }
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  // A multipart upload is read only inside its handler, after this check, so its form carries the
  // token in the action's query string. Still checked against the cookie-bound HMAC like any other.
  const query = request.query;
  const multipart = (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
  if (multipart && typeof query === 'object' && query !== null && '_csrf' in query) {
    return typeof query._csrf === 'string' ? query._csrf : undefined;
  }
  return undefined;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function checkAccess(request: FastifyRequest): void {
  const access = request.routeOptions.config.access;
  if (access === undefined || access === 'public') return;
  if (request.user === null) throw new UnauthorizedError();
  if (access === 'admin' && !request.user.isAdmin) throw new ForbiddenError();
}

function checkCsrf(request: FastifyRequest): void {
  // The JSON API authenticates with Bearer tokens only, never cookies, so it needs no CSRF token.
  if (!STATE_CHANGING.has(request.method) || isApiRequest(request)) return;
  const submitted = submittedCsrf(request);
  if (submitted === undefined || !safeEqual(submitted, request.csrfToken)) throw new CsrfError();
}

export interface WebOptions {
  /** Where Vite's build is (tests pass a folder of their own). */
  clientBuildDir?: string;
}

async function webPlugin(app: FastifyInstance, options: WebOptions): Promise<void> {
  const clientBuildDir = options.clientBuildDir ?? CLIENT_BUILD_DIR;
  const assets = readClientAssets(clientBuildDir);
  // Pages and JSON, compressed as asked (brotli first); the client build is compressed ahead.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCookie, { secret: app.ctx.config.sessionSecret });
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...tileOrigins(app.ctx.config.mapTileUrl)],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: secureCookies(app),
  });
  // Every file of the build has a content hash in its name, so it never changes under that name.
  await app.register(fastifyStatic, {
    root: clientBuildDir,
    prefix: '/assets/client/',
    maxAge: '365d',
    immutable: true,
    preCompressed: true,
    decorateReply: false,
  });
  await app.register(siteFileRoutes, { assets });

  app.decorateRequest('user', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('t', {
    getter(this: FastifyRequest) {
      return translator(requestLocale(this));
    },
  });
  app.decorateReply('page', function page(this: FastifyReply, options) {
    return renderPage(this.request, this, assets, options);
  });
  app.decorateReply('flash', function flash(this: FastifyReply, key) {
    return this.setCookie(FLASH_COOKIE, key, { path: '/', httpOnly: true, sameSite: 'lax', signed: true });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (isApiRequest(request) || request.url.startsWith('/assets/') || SITE_FILES.has(request.url)) return;
    ensureCsrf(app, request, reply);
  });
  // After the CSRF hook (a kept page gets this visitor's token) and before the authentication hook,
  // so a hit costs one query; a session cookie or Authorization header skips the cache altogether.
  registerPublicCache(app, {
    bytesKept: app.ctx.config.publicCacheBytes,
    harmlessCookies: new Set([LANGUAGE_COOKIE, CSRF_COOKIE]),
    csrfCookie: CSRF_COOKIE,
    localeOf: requestLocale,
  });
  app.addHook('preValidation', async (request) => {
    checkAccess(request);
    checkCsrf(request);
    refuseNulCharacters(request);
  });
  app.addHook('preHandler', async (request) => {
    refuseNonFiniteNumbers(request);
  });

  app.get(
    '/sprog',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        querystring: {
          type: 'object',
          // `tilbage` has no cap of its own: safeReturnPath ignores an overlong one instead of refusing.
          properties: { til: { type: 'string', maxLength: 5 }, tilbage: { type: 'string' } },
        },
      },
    },
    async (request, reply) => {
      const query = request.query as { til?: string; tilbage?: string };
      const locale: Locale = isLocale(query.til) ? query.til : 'da';
      reply.setCookie(LANGUAGE_COOKIE, locale, {
        path: '/',
        maxAge: YEAR_SECONDS,
        sameSite: 'lax',
        secure: secureCookies(app),
      });
      return reply.redirect(safeReturnPath(query.tilbage, '/'));
    },
  );
}

/**
 * The tile server's origin for the CSP's img-src, the only place besides this site that pages load
 * from (tiles carry no referrer, see map.ts). A `{s}` subdomain becomes a wildcard for that label.
 */
function tileOrigins(tileUrl: string | null): string[] {
  if (tileUrl === null) return [];
  const origin = new URL(tileUrl.replace('{s}', 'tile-subdomain').replace(/\{[a-z]\}/g, '0')).origin;
  return [origin.replace('tile-subdomain', '*')];
}

export const web = fp(webPlugin, { name: 'byliv-web' });
