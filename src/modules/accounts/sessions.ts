import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { deleteSession, insertSession } from '#src/modules/accounts/queries.ts';
import type { AppContext } from '#src/platform/context.ts';
import { DAY } from '#src/platform/time.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';

export const SESSION_LIFETIME = 30 * DAY;

/** Opens a browser session and returns the cookie token; only its SHA-256 is stored. */
export async function openSession(
  db: Kysely<Database> | Transaction<Database>,
  userId: number,
  now: number,
): Promise<string> {
  const token = newToken();
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    expiresAt: now + SESSION_LIFETIME,
  });
  return token;
}

/** Ends the session behind a cookie token (log-out); unknown tokens are ignored. */
export async function endSession(ctx: AppContext, token: string | undefined): Promise<void> {
  if (token === undefined || token === '') return;
  await deleteSession(ctx.db.kysely, hashToken(token));
}
