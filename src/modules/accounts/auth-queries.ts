import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { Locale } from '#src/platform/locale.ts';

export interface AuthUserRow {
  id: number;
  name: string | null;
  email: string | null;
  locale: Locale;
  is_admin: 0 | 1;
  email_verified_at: number | null;
}

const userColumns = [
  'users.id',
  'users.name',
  'users.email',
  'users.locale',
  'users.is_admin',
  'users.email_verified_at',
] as const;

export async function findUserBySessionHash(
  db: Kysely<Database>,
  tokenHash: string,
  now: number,
): Promise<AuthUserRow | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(userColumns)
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function findUserByApiTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<(AuthUserRow & { token_id: number }) | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([...userColumns, 'api_tokens.id as token_id'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiToken(db: Kysely<Database>, tokenId: number, now: number): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', tokenId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', now)]))
    .execute();
}
