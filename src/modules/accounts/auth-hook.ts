import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  type AuthUserRow,
  findUserByApiTokenHash,
  findUserBySessionHash,
  touchApiToken,
} from '#src/modules/accounts/auth-queries.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { MINUTE } from '#src/platform/time.ts';
import { hashToken } from '#src/platform/tokens.ts';
import { isApiRequest } from '#src/platform/web-plugin.ts';

export const SESSION_COOKIE = 'byliv_session';

function toCurrentUser(row: AuthUserRow): CurrentUser | null {
  if (row.name === null || row.email === null) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    isAdmin: row.is_admin === 1,
    emailVerified: row.email_verified_at !== null,
  };
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match?.[1] ?? null;
}

/** Establishes `request.user`: from a Bearer token on the API, from the session cookie elsewhere. */
async function authHookPlugin(app: FastifyInstance): Promise<void> {
  const { db, clock } = app.ctx;
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/assets/')) return;
    if (isApiRequest(request)) {
      const token = bearerToken(request);
      if (token === null) return;
      const row = await findUserByApiTokenHash(db.kysely, hashToken(token));
      if (row === undefined) return;
      request.user = toCurrentUser(row);
      request.authMethod = 'token';
      // Last use is shown to the owner; minute precision is enough and spares a write per call.
      const now = clock.now();
      await touchApiToken(db.kysely, row.token_id, Math.floor(now / MINUTE) * MINUTE);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie === undefined) return;
    const row = await findUserBySessionHash(db.kysely, hashToken(cookie), clock.now());
    if (row === undefined) return;
    request.user = toCurrentUser(row);
    request.authMethod = 'session';
  });
}

export const authHook = fp(authHookPlugin, { name: 'byliv-auth', dependencies: ['byliv-web'] });
