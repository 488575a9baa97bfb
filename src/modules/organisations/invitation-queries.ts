import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { MembershipRole } from '#src/modules/organisations/types.ts';
import type { Locale } from '#src/platform/locale.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertInvitation(
  db: Executor,
  values: {
    organisation_id: number;
    email: string;
    role: MembershipRole;
    token_hash: string;
    invited_by: number;
    created_at: number;
    expires_at: number;
  },
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({ ...values, accepted_at: null, accepted_by: null })
    .execute();
}

export async function listPendingInvitations(db: Executor, organisationId: number, now: number) {
  return db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'created_at', 'expires_at'])
    .where('organisation_id', '=', organisationId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function deletePendingInvitation(
  db: Executor,
  organisationId: number,
  invitationId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('invitations')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findInvitationByTokenHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('organisations', 'organisations.id', 'invitations.organisation_id')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.role',
      'invitations.expires_at',
      'invitations.accepted_at',
      'invitations.accepted_by',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.slug as organisation_slug',
      'organisations.kind as organisation_kind',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a pending invitation used; false when someone else used it first. */
export async function markInvitationAccepted(
  db: Executor,
  invitationId: number,
  userId: number,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: userId })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The language of the account with this e-mail address, if there is one. */
export async function findLocaleByEmail(db: Executor, email: string): Promise<Locale | undefined> {
  const row = await db
    .selectFrom('users')
    .select('locale')
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.locale;
}

export async function isMemberByEmail(db: Executor, organisationId: number, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.id')
    .where('memberships.organisation_id', '=', organisationId)
    .where('users.email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}
