import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { UserTokenPurpose } from '#src/modules/accounts/tables.ts';
import type { Locale } from '#src/platform/locale.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NewUserRow {
  name: string;
  email: string;
  passwordHash: string;
  locale: Locale;
  isAdmin: boolean;
  emailVerifiedAt: number | null;
  createdAt: number;
}

export async function insertUser(db: Executor, user: NewUserRow): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      name: user.name,
      email: user.email,
      password_hash: user.passwordHash,
      locale: user.locale,
      is_admin: user.isAdmin ? 1 : 0,
      email_verified_at: user.emailVerifiedAt,
      created_at: user.createdAt,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function emailIsTaken(db: Executor, email: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  return row !== undefined;
}

/** A live (not deleted) account by its lower-cased e-mail. */
export async function findLiveUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function findLiveUserById(db: Executor, id: number) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function updateUserProfile(
  db: Executor,
  id: number,
  profile: { name: string; locale: Locale },
): Promise<void> {
  await db.updateTable('users').set(profile).where('id', '=', id).execute();
}

export async function updatePasswordHash(db: Executor, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export async function markEmailVerified(db: Executor, id: number, now: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ email_verified_at: now })
    .where('id', '=', id)
    .where('email_verified_at', 'is', null)
    .execute();
}

/** Clears every personal field; the row stays so that what the person wrote keeps an author. */
export async function anonymiseUser(db: Executor, id: number, now: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ email: null, name: null, password_hash: null, email_verified_at: null, deleted_at: now })
    .where('id', '=', id)
    .execute();
}

// Sessions

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; userId: number; createdAt: number; expiresAt: number },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function listSessionsOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('sessions')
    .select(['created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

// Single-use links

export async function insertUserToken(
  db: Executor,
  token: {
    tokenHash: string;
    userId: number;
    purpose: UserTokenPurpose;
    createdAt: number;
    expiresAt: number;
  },
): Promise<void> {
  await db
    .insertInto('user_tokens')
    .values({
      token_hash: token.tokenHash,
      user_id: token.userId,
      purpose: token.purpose,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      used_at: null,
    })
    .execute();
}

export async function findUserToken(db: Executor, tokenHash: string, purpose: UserTokenPurpose) {
  return db
    .selectFrom('user_tokens')
    .innerJoin('users', 'users.id', 'user_tokens.user_id')
    .select([
      'user_tokens.user_id',
      'user_tokens.expires_at',
      'user_tokens.used_at',
      'users.email_verified_at',
      'users.deleted_at',
    ])
    .where('user_tokens.token_hash', '=', tokenHash)
    .where('user_tokens.purpose', '=', purpose)
    .executeTakeFirst();
}

/** Marks one unused link used; returns false when it was already used (a concurrent click). */
export async function markUserTokenUsed(db: Executor, tokenHash: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markUserTokensUsed(
  db: Executor,
  userId: number,
  purpose: UserTokenPurpose,
  now: number,
): Promise<void> {
  await db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

export async function deleteUserTokensOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('user_tokens').where('user_id', '=', userId).execute();
}

// Personal API tokens

export async function insertApiToken(
  db: Executor,
  token: { userId: number; name: string; tokenHash: string; prefix: string; createdAt: number },
): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      token_prefix: token.prefix,
      created_at: token.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listApiTokensOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'token_prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes one of this person's tokens; returns false when they have no such token. */
export async function revokeApiToken(db: Executor, userId: number, tokenId: number, now: number) {
  const token = await db
    .selectFrom('api_tokens')
    .select(['id', 'revoked_at'])
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (token === undefined) return false;
  if (token.revoked_at === null) {
    await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', tokenId).execute();
  }
  return true;
}

export async function deleteApiTokensOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('api_tokens').where('user_id', '=', userId).execute();
}

// Rows in other tables that hold this person's data (for export and deletion)

export async function listInvitationsSentBy(db: Executor, userId: number) {
  return db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .select([
      'invitations.id',
      'invitations.organisation_id',
      'organisations.name as organisation_name',
      'invitations.email',
      'invitations.role',
      'invitations.created_at',
      'invitations.expires_at',
      'invitations.accepted_at',
    ])
    .where('invitations.invited_by', '=', userId)
    .orderBy('invitations.created_at')
    .execute();
}

export async function deleteMembershipsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('memberships').where('user_id', '=', userId).execute();
}

/** Invitations addressed to the person's e-mail carry that address; they go with the account. */
export async function deleteInvitationsTo(db: Executor, email: string): Promise<void> {
  await db
    .deleteFrom('invitations')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .execute();
}
