import { queuePasswordResetMail, queueVerificationMail } from '#src/modules/accounts/mails.ts';
import { hashPassword } from '#src/modules/accounts/passwords.ts';
import {
  deleteSessionsOfUser,
  findLiveUserByEmail,
  findLiveUserById,
  findUserToken,
  markEmailVerified,
  markUserTokensUsed,
  markUserTokenUsed,
  updatePasswordHash,
} from '#src/modules/accounts/queries.ts';
import type { StartedSession } from '#src/modules/accounts/service.ts';
import { openSession } from '#src/modules/accounts/sessions.ts';
import type { UserTokenPurpose } from '#src/modules/accounts/tables.ts';
import { checkEmail, checkNewPassword } from '#src/modules/accounts/validation.ts';
import type { AppContext } from '#src/platform/context.ts';
import { type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';
import { hashToken } from '#src/platform/tokens.ts';

/** Why a single-use link from a mail cannot be used. */
export type LinkProblem = 'unknown' | 'expired' | 'used';
export type VerifyOutcome = 'verified' | 'alreadyVerified' | LinkProblem;

const RESEND_LIMIT = { limit: 3, windowMs: HOUR };
const RESET_LIMIT_PER_IP = { limit: 10, windowMs: 15 * MINUTE };
const RESET_LIMIT_PER_EMAIL = { limit: 3, windowMs: HOUR };

async function inspectLink(ctx: AppContext, token: string | undefined, purpose: UserTokenPurpose) {
  if (token === undefined || token === '' || token.length > 200) return { problem: 'unknown' as const };
  const tokenHash = hashToken(token);
  const row = await findUserToken(ctx.db.kysely, tokenHash, purpose);
  if (row === undefined || row.deleted_at !== null) return { problem: 'unknown' as const };
  let problem: LinkProblem | null = null;
  if (row.used_at !== null) problem = 'used';
  else if (row.expires_at <= ctx.clock.now()) problem = 'expired';
  return { problem, tokenHash, row };
}

/** Confirms an e-mail address from the link in the verification mail. */
export async function verifyEmail(ctx: AppContext, token: string | undefined): Promise<VerifyOutcome> {
  const link = await inspectLink(ctx, token, 'verify_email');
  if (link.row === undefined) return link.problem;
  const { row, tokenHash } = link;
  if (link.problem !== null) return row.email_verified_at === null ? link.problem : 'alreadyVerified';
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await markUserTokenUsed(trx, tokenHash, now))) return 'used';
    await markEmailVerified(trx, row.user_id, now);
    return 'verified';
  });
}

/** Mails a fresh verification link to a logged-in person whose address is not yet confirmed. */
export async function resendVerification(
  ctx: AppContext,
  userId: number,
): Promise<'sent' | 'alreadyVerified'> {
  const user = await findLiveUserById(ctx.db.kysely, userId);
  if (user === undefined || user.name === null || user.email === null) return 'alreadyVerified';
  if (user.email_verified_at !== null) return 'alreadyVerified';
  await consumeRateLimit(ctx, { key: `verify-resend:user:${userId}`, ...RESEND_LIMIT });
  const recipient = { id: user.id, name: user.name, email: user.email, locale: user.locale };
  await ctx.db.kysely.transaction().execute((trx) => queueVerificationMail(ctx, trx, recipient));
  return 'sent';
}

/**
 * Mails a reset link if a live account has this address. The caller always gives the same
 * answer, so nobody can learn which addresses have an account.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  input: { email?: string; ip: string },
): Promise<void> {
  const errors: FieldErrors = {};
  const email = checkEmail(errors, 'email', input.email);
  throwIfInvalid(errors);
  await consumeRateLimit(ctx, { key: `reset:ip:${input.ip}`, ...RESET_LIMIT_PER_IP });
  await consumeRateLimit(ctx, { key: `reset:email:${email}`, ...RESET_LIMIT_PER_EMAIL });
  const user = await findLiveUserByEmail(ctx.db.kysely, email);
  if (user === undefined || user.name === null || user.email === null) return;
  const recipient = { id: user.id, name: user.name, email: user.email, locale: user.locale };
  await ctx.db.kysely.transaction().execute((trx) => queuePasswordResetMail(ctx, trx, recipient));
}

/** Whether a reset link can still be used (to show the form or explain why not). */
export async function checkResetLink(
  ctx: AppContext,
  token: string | undefined,
): Promise<LinkProblem | null> {
  return (await inspectLink(ctx, token, 'reset_password')).problem;
}

export type ResetOutcome = ({ outcome: 'done' } & StartedSession) | { outcome: LinkProblem };

/**
 * Sets a new password from a reset link: the link is used up, every session of the account
 * ends (logged out everywhere) and the person continues in a fresh session. Completing a reset
 * proves the person reads that inbox, so the address counts as verified.
 */
export async function resetPassword(
  ctx: AppContext,
  input: { token?: string; password?: string },
): Promise<ResetOutcome> {
  const link = await inspectLink(ctx, input.token, 'reset_password');
  if (link.row === undefined) return { outcome: link.problem };
  if (link.problem !== null) return { outcome: link.problem };
  const { row, tokenHash } = link;
  const errors: FieldErrors = {};
  const password = checkNewPassword(errors, 'password', input.password);
  throwIfInvalid(errors);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx): Promise<ResetOutcome> => {
    if (!(await markUserTokenUsed(trx, tokenHash, now))) return { outcome: 'used' };
    await markUserTokensUsed(trx, row.user_id, 'reset_password', now);
    await updatePasswordHash(trx, row.user_id, passwordHash);
    await markEmailVerified(trx, row.user_id, now);
    await deleteSessionsOfUser(trx, row.user_id);
    const sessionToken = await openSession(trx, row.user_id, now);
    const user = await findLiveUserById(trx, row.user_id);
    return { outcome: 'done', userId: row.user_id, sessionToken, locale: user?.locale ?? 'da' };
  });
}
