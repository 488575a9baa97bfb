import {
  deletePendingInvitation,
  findInvitationByTokenHash,
  findLocaleByEmail,
  insertInvitation,
  isMemberByEmail,
  listPendingInvitations,
  markInvitationAccepted,
} from '#src/modules/organisations/invitation-queries.ts';
import { assertCanManageMembers } from '#src/modules/organisations/policy.ts';
import {
  findMembershipRole,
  insertMembership,
  updateMembershipRole,
} from '#src/modules/organisations/queries.ts';
import { getOrganisation, type Organisation, viewerOf } from '#src/modules/organisations/service.ts';
import {
  MEMBERSHIP_ROLES,
  type MembershipRole,
  type OrganisationKind,
} from '#src/modules/organisations/types.ts';
import { EMAIL_MAX, isEmailAddress } from '#src/modules/organisations/validation.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, type FieldErrors, NotFoundError, throwIfInvalid } from '#src/platform/errors.ts';
import { queueFoldedMail } from '#src/platform/folded-mail.ts';
import { format, type Locale, translator } from '#src/platform/i18n.ts';
import { mailText } from '#src/platform/mail-layout.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { DAY, MINUTE } from '#src/platform/time.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';

export const INVITATION_VALIDITY_MS = 14 * DAY;
export const INVITATIONS_PER_ORGANISATION_PER_DAY = 50;
export const INVITATION_MAIL_INTERVAL = 10 * MINUTE;
const INVITATIONS_PER_PERSON_PER_DAY = 100;

export interface PendingInvitation {
  id: number;
  email: string;
  role: MembershipRole;
  createdAt: number;
  expiresAt: number;
}

export type InvitationStatus = 'pending' | 'expired' | 'used';

export interface InvitationView {
  organisation: { name: string; slug: string; kind: OrganisationKind };
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: number;
  /** Whether the person looking is already a member (then accepting changes nothing). */
  viewerIsMember: boolean;
}

export interface InvitationInput {
  email?: string;
  role?: string;
}

function validateInvitation(input: InvitationInput): { email: string; role: MembershipRole } {
  const errors: FieldErrors = {};
  const email = (input.email ?? '').trim().toLowerCase();
  if (email === '') errors.email = { key: 'validation.required' };
  else if (email.length > EMAIL_MAX || !isEmailAddress(email)) {
    errors.email = { key: 'organisations.validation.email' };
  }
  const role = MEMBERSHIP_ROLES.find((candidate) => candidate === input.role);
  if (role === undefined) errors.role = { key: 'organisations.validation.role' };
  throwIfInvalid(errors);
  return { email, role: role ?? 'member' };
}

async function assertAdminOf(ctx: AppContext, organisation: Organisation, actor: CurrentUser): Promise<void> {
  assertCanManageMembers(await viewerOf(ctx, organisation, actor));
}

function invitationMail(
  locale: Locale,
  params: { organisation: string; inviter: string; role: MembershipRole; link: string },
) {
  const role = format(
    locale,
    params.role === 'admin' ? 'organisations.role.admin' : 'organisations.role.member',
  );
  const values = { ...params, role: role.toLowerCase(), days: 14 };
  return {
    subject: format(locale, 'organisations.mail.invitation.subject', values),
    text: mailText(translator(locale), null, [format(locale, 'organisations.mail.invitation.body', values)]),
  };
}

/**
 * An admin invites someone by e-mail. The mail (in the invitee's language when they have an
 * account, else Danish) carries a single-use link valid for 14 days. Inviting the same address
 * again replaces the earlier invitation.
 */
export async function inviteMember(
  ctx: AppContext,
  actor: CurrentUser,
  slug: string,
  input: InvitationInput,
): Promise<void> {
  const organisation = await getOrganisation(ctx, slug);
  await assertAdminOf(ctx, organisation, actor);
  const { email, role } = validateInvitation(input);
  if (await isMemberByEmail(ctx.db.kysely, organisation.id, email)) {
    throwIfInvalid({ email: { key: 'organisations.validation.alreadyMember' } });
  }
  await consumeRateLimit(ctx, {
    key: `organisations:invite:org:${organisation.id}`,
    limit: INVITATIONS_PER_ORGANISATION_PER_DAY,
    windowMs: DAY,
  });
  await consumeRateLimit(ctx, {
    key: `organisations:invite:user:${actor.id}`,
    limit: INVITATIONS_PER_PERSON_PER_DAY,
    windowMs: DAY,
  });
  const token = newToken();
  const link = `${ctx.config.baseUrl}/invitationer/${token}`;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    await trx
      .deleteFrom('invitations')
      .where('organisation_id', '=', organisation.id)
      .where('email', '=', email)
      .where('accepted_at', 'is', null)
      .execute();
    await insertInvitation(trx, {
      organisation_id: organisation.id,
      email,
      role,
      token_hash: hashToken(token),
      invited_by: actor.id,
      created_at: now,
      expires_at: now + INVITATION_VALIDITY_MS,
    });
    const locale = (await findLocaleByEmail(trx, email)) ?? 'da';
    const mail = invitationMail(locale, { organisation: organisation.name, inviter: actor.name, role, link });
    // Inviting the same address again replaces the link, so its mails fold: at most one per
    // interval, carrying the newest link, however often an admin presses the button.
    await queueFoldedMail(trx, now, {
      key: `organisation-invitation:${organisation.id}:${email}`,
      intervalMs: INVITATION_MAIL_INTERVAL,
      message: { to: email, ...mail },
    });
  });
}

/** Invitations not yet accepted and not expired, for the organisation's admins. */
export async function pendingInvitations(
  ctx: AppContext,
  actor: CurrentUser,
  slug: string,
): Promise<PendingInvitation[]> {
  const organisation = await getOrganisation(ctx, slug);
  await assertAdminOf(ctx, organisation, actor);
  const rows = await listPendingInvitations(ctx.db.kysely, organisation.id, ctx.clock.now());
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }));
}

/** An admin withdraws an invitation; its link stops working. */
export async function withdrawInvitation(
  ctx: AppContext,
  actor: CurrentUser,
  slug: string,
  invitationId: number,
): Promise<void> {
  const organisation = await getOrganisation(ctx, slug);
  await assertAdminOf(ctx, organisation, actor);
  if (!(await deletePendingInvitation(ctx.db.kysely, organisation.id, invitationId))) {
    throw new NotFoundError('organisations.error.invitationNotFound');
  }
}

function statusOf(
  invitation: { accepted_at: number | null; expires_at: number },
  now: number,
): InvitationStatus {
  if (invitation.accepted_at !== null) return 'used';
  return invitation.expires_at <= now ? 'expired' : 'pending';
}

/** What an invitation link shows; NotFoundError for an unknown or withdrawn link. */
export async function invitationForToken(
  ctx: AppContext,
  token: string,
  viewer: CurrentUser | null,
): Promise<InvitationView> {
  const invitation = await findInvitationByTokenHash(ctx.db.kysely, hashToken(token));
  if (invitation === undefined) throw new NotFoundError('organisations.invitation.notFound');
  const viewerRole =
    viewer === null
      ? undefined
      : await findMembershipRole(ctx.db.kysely, invitation.organisation_id, viewer.id);
  return {
    organisation: {
      name: invitation.organisation_name,
      slug: invitation.organisation_slug,
      kind: invitation.organisation_kind,
    },
    role: invitation.role,
    status: statusOf(invitation, ctx.clock.now()),
    expiresAt: invitation.expires_at,
    viewerIsMember: viewerRole !== undefined,
  };
}

export type AcceptOutcome = 'joined' | 'alreadyMember';

/**
 * The logged-in person accepts an invitation. The link is the proof: the account's e-mail need not
 * match the invited address, but each link works once. Accepting again is harmless.
 */
export async function acceptInvitation(
  ctx: AppContext,
  actor: CurrentUser,
  token: string,
): Promise<{ slug: string; outcome: AcceptOutcome }> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const invitation = await findInvitationByTokenHash(trx, hashToken(token));
    if (invitation === undefined) throw new NotFoundError('organisations.invitation.notFound');
    const slug = invitation.organisation_slug;
    if (invitation.accepted_at !== null) {
      if (invitation.accepted_by === actor.id) return { slug, outcome: 'alreadyMember' };
      throw new ConflictError('invitation_used', 'organisations.invitation.used');
    }
    if (invitation.expires_at <= now) {
      throw new ConflictError('invitation_expired', 'organisations.invitation.expired');
    }
    if (!(await markInvitationAccepted(trx, invitation.id, actor.id, now))) {
      throw new ConflictError('invitation_used', 'organisations.invitation.used');
    }
    const current = await findMembershipRole(trx, invitation.organisation_id, actor.id);
    if (current === undefined) {
      await insertMembership(trx, {
        organisation_id: invitation.organisation_id,
        user_id: actor.id,
        role: invitation.role,
        created_at: now,
      });
      return { slug, outcome: 'joined' };
    }
    if (current === 'member' && invitation.role === 'admin') {
      await updateMembershipRole(trx, invitation.organisation_id, actor.id, 'admin');
      return { slug, outcome: 'joined' };
    }
    return { slug, outcome: 'alreadyMember' };
  });
}
