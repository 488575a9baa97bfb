import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '#src/modules/accounts/auth-hook.ts';
import type { StartedSession } from '#src/modules/accounts/service.ts';
import { SESSION_LIFETIME } from '#src/modules/accounts/sessions.ts';
import type { Locale } from '#src/platform/i18n.ts';
import { LANGUAGE_COOKIE } from '#src/platform/web-plugin.ts';

const YEAR_SECONDS = 365 * 24 * 3600;

function secure(reply: FastifyReply): boolean {
  return reply.server.ctx.config.baseUrl.startsWith('https:');
}

/** Remembers the language a person chose (same cookie as the language switch). */
export function setLanguageCookie(reply: FastifyReply, locale: Locale): void {
  reply.setCookie(LANGUAGE_COOKIE, locale, {
    path: '/',
    maxAge: YEAR_SECONDS,
    sameSite: 'lax',
    secure: secure(reply),
  });
}

/** Sets the session cookie and the person's own language after log-in, registration or reset. */
export function startBrowserSession(
  reply: FastifyReply,
  session: Pick<StartedSession, 'sessionToken' | 'locale'>,
): void {
  replaceSessionCookie(reply, session.sessionToken);
  setLanguageCookie(reply, session.locale);
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure on https, for the session's lifetime. */
export function replaceSessionCookie(reply: FastifyReply, sessionToken: string): void {
  reply.setCookie(SESSION_COOKIE, sessionToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(reply),
    maxAge: SESSION_LIFETIME / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(reply) });
}
