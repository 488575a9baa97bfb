import type { AppContext } from '#src/platform/context.ts';
import { DAY } from '#src/platform/time.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';

export interface TestPerson {
  id: number;
  email: string;
  /** Cookie value of a live session. */
  sessionToken: string;
  /** A personal API token. */
  apiToken: string;
}

let counter = 0;

/**
 * A person with a session and an API token, written straight to the database so that tests of
 * other modules need not go through the registration forms.
 */
export async function createPerson(
  ctx: AppContext,
  options: { name?: string; isAdmin?: boolean; verified?: boolean; email?: string } = {},
): Promise<TestPerson> {
  counter += 1;
  const now = ctx.clock.now();
  const email = options.email ?? `person${counter}-${Math.random().toString(36).slice(2, 8)}@example.dk`;
  const user = await ctx.db.kysely
    .insertInto('users')
    .values({
      email,
      name: options.name ?? `Testperson ${counter}`,
      password_hash: null,
      email_verified_at: options.verified === false ? null : now,
      locale: 'da',
      is_admin: options.isAdmin === true ? 1 : 0,
      created_at: now,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sessionToken = newToken();
  await ctx.db.kysely
    .insertInto('sessions')
    .values({
      token_hash: hashToken(sessionToken),
      user_id: user.id,
      created_at: now,
      expires_at: now + 30 * DAY,
    })
    .execute();
  const apiToken = newToken();
  await ctx.db.kysely
    .insertInto('api_tokens')
    .values({
      user_id: user.id,
      name: 'test',
      token_hash: hashToken(apiToken),
      token_prefix: apiToken.slice(0, 8),
      created_at: now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id: user.id, email, sessionToken, apiToken };
}
