import { type ApiTokenSummary, listApiTokens } from '#src/modules/accounts/api-tokens-service.ts';
import {
  anonymiseUser,
  deleteApiTokensOfUser,
  deleteInvitationsTo,
  deleteMembershipsOfUser,
  deleteSessionsOfUser,
  deleteUserTokensOfUser,
  listInvitationsSentBy,
  listSessionsOfUser,
} from '#src/modules/accounts/queries.ts';
import { confirmPassword, getProfile, type Profile } from '#src/modules/accounts/service.ts';
import {
  membershipsOfUser,
  organisationsOnlyAdministeredBy,
  type UserMembership,
} from '#src/modules/organisations/service.ts';
import type { MembershipRole } from '#src/modules/organisations/types.ts';
import type { AppContext } from '#src/platform/context.ts';
import { ConflictError } from '#src/platform/errors.ts';
import type { PersonalDataSection } from '#src/platform/personal-data.ts';

export interface SessionSummary {
  createdAt: number;
  expiresAt: number;
}

export interface SentInvitation {
  organisationId: number;
  organisationName: string;
  email: string;
  role: MembershipRole;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
}

/** Everything Byliv holds about one person (GDPR art. 15/20); never a hash of any secret. */
export interface PersonalData {
  exportedAt: number;
  profile: Profile;
  memberships: UserMembership[];
  sessions: SessionSummary[];
  apiTokens: ApiTokenSummary[];
  invitationsSent: SentInvitation[];
  /** Each module's section by its key, in the order of the composed list. */
  sections: Array<[key: string, data: unknown]>;
}

/**
 * The account's own data and each module's section of it. The sections come from the app's
 * composition (`src/personal-data-sections.ts`), so accounts imports no module that holds them.
 */
export async function exportPersonalData(
  ctx: AppContext,
  userId: number,
  sections: readonly PersonalDataSection[],
): Promise<PersonalData> {
  const db = ctx.db.kysely;
  const profile = await getProfile(ctx, userId);
  const person = { id: userId, email: profile.email };
  const [memberships, sessions, apiTokens, invitations, sectionData] = await Promise.all([
    membershipsOfUser(ctx, userId),
    listSessionsOfUser(db, userId),
    listApiTokens(ctx, userId),
    listInvitationsSentBy(db, userId),
    Promise.all(sections.map((section) => section.collect(ctx, person))),
  ]);
  return {
    exportedAt: ctx.clock.now(),
    profile,
    memberships,
    sessions: sessions.map((row) => ({ createdAt: row.created_at, expiresAt: row.expires_at })),
    apiTokens,
    invitationsSent: invitations.map((row) => ({
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      email: row.email,
      role: row.role,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      acceptedAt: row.accepted_at,
    })),
    sections: sections.map((section, index) => [section.key, sectionData[index]]),
  };
}

/** Thrown when deleting the account would leave organisations with members but no admin. */
export class SoleAdminError extends ConflictError {
  constructor(readonly organisations: UserMembership[]) {
    super('sole_admin', {
      key: 'accounts.delete.soleAdmin',
      params: { organisations: organisations.map((organisation) => organisation.name).join(', ') },
    });
  }
}

/** Organisations that would be left with members but no admin: while any remain, deletion is refused. */
export async function deletionBlockers(ctx: AppContext, userId: number): Promise<UserMembership[]> {
  return organisationsOnlyAdministeredBy(ctx, userId);
}

/**
 * Deletes a person's account after checking their password: name, e-mail and password go, and so
 * do sessions, links, API tokens, memberships and invitations addressed to them, in one
 * transaction. The row itself stays, so what they wrote is shown as by "deleted user".
 * Refused while they are the only admin of an organisation that has other members.
 */
export async function deleteAccount(
  ctx: AppContext,
  userId: number,
  input: { password?: string },
): Promise<void> {
  await confirmPassword(ctx, userId, 'password', input.password);
  const stranded = await deletionBlockers(ctx, userId);
  if (stranded.length > 0) throw new SoleAdminError(stranded);
  const profile = await getProfile(ctx, userId);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await deleteSessionsOfUser(trx, userId);
    await deleteUserTokensOfUser(trx, userId);
    await deleteApiTokensOfUser(trx, userId);
    await deleteMembershipsOfUser(trx, userId);
    await deleteInvitationsTo(trx, profile.email);
    await anonymiseUser(trx, userId, now);
  });
}
