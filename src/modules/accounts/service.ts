import { isUniqueViolation } from '#src/db/constraint-errors.ts';
import { queueVerificationMail } from '#src/modules/accounts/mails.ts';
import { hashPassword, passwordMatches } from '#src/modules/accounts/passwords.ts';
import {
  deleteSessionsOfUser,
  emailIsTaken,
  findLiveUserByEmail,
  findLiveUserById,
  insertUser,
  updatePasswordHash,
  updateUserProfile,
} from '#src/modules/accounts/queries.ts';
import { openSession } from '#src/modules/accounts/sessions.ts';
import {
  checkEmail,
  checkLocale,
  checkName,
  checkNewPassword,
  normaliseEmail,
} from '#src/modules/accounts/validation.ts';
import type { AppContext } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';
import { clearGrowingDelay, type GrowingDelayRule, takeDelayedAttempt } from '#src/platform/growing-delay.ts';
import type { Locale } from '#src/platform/locale.ts';
import { consumeRateLimit, refundRateLimit } from '#src/platform/rate-limit.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';

/** How long a log-in lasts; the privacy notice states it. */
export { SESSION_LIFETIME } from '#src/modules/accounts/sessions.ts';

const REGISTER_LIMIT_PER_IP = 20;

/** A person's own account, as the profile page and `/api/v1/me` show it. */
export interface Profile {
  id: number;
  name: string;
  email: string;
  emailVerifiedAt: number | null;
  locale: Locale;
  isAdmin: boolean;
  createdAt: number;
}

/** What a successful log-in (or registration, or reset) hands the route: the cookie and language. */
export interface StartedSession {
  userId: number;
  sessionToken: string;
  locale: Locale;
}

export interface NewUser {
  name: string;
  email: string;
  password: string;
  locale?: Locale;
  /** Marks the e-mail as already verified (demo data, administrators creating people). */
  verified?: boolean;
  isAdmin?: boolean;
}

const LOGIN_WINDOW = 15 * MINUTE;
/** Failed log-ins per IP address in LOGIN_WINDOW; successes are given back. */
export const LOGIN_FAILURES_PER_IP = 100;

/** Per e-mail address: 5 free failures, then waits of 1, 2, 4 … seconds up to one minute. */
export function loginDelayRule(email: string): GrowingDelayRule {
  return {
    key: `login-delay:email:${email}`,
    freeAttempts: 5,
    firstDelayMs: 1000,
    maxDelayMs: MINUTE,
    forgetAfterMs: HOUR,
    messageKey: 'accounts.login.wait',
  };
}
const PASSWORD_CHECK_LIMIT = 10;

const emailTaken: FieldErrors = { email: { key: 'accounts.validation.emailTaken' } };

function validateNewUser(input: NewUser) {
  const errors: FieldErrors = {};
  const name = checkName(errors, 'name', input.name);
  const email = checkEmail(errors, 'email', input.email);
  const password = checkNewPassword(errors, 'password', input.password);
  throwIfInvalid(errors);
  return { name, email, password };
}

/**
 * Creates an account without logging anyone in or sending mail (demo data, tests).
 * Throws ValidationError for bad input or an e-mail already in use. Returns the new user's id.
 */
export async function createUser(ctx: AppContext, input: NewUser): Promise<number> {
  const { name, email, password } = validateNewUser(input);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  try {
    return await insertUser(ctx.db.kysely, {
      name,
      email,
      passwordHash,
      locale: input.locale ?? 'da',
      isAdmin: input.isAdmin === true,
      emailVerifiedAt: input.verified === true ? now : null,
      createdAt: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(emailTaken);
    throw error;
  }
}

/**
 * Registers a person: creates the account, logs them in and mails a link to confirm the
 * address, all in one transaction.
 */
export async function registerUser(
  ctx: AppContext,
  input: { name?: string; email?: string; password?: string; locale: Locale; ip: string },
): Promise<StartedSession> {
  const { name, email, password } = validateNewUser({
    name: input.name ?? '',
    email: input.email ?? '',
    password: input.password ?? '',
  });
  // Registration sends mail: limit it per address so the form cannot be used to flood inboxes.
  await consumeRateLimit(ctx, {
    key: `register:ip:${input.ip}`,
    limit: REGISTER_LIMIT_PER_IP,
    windowMs: HOUR,
  });
  if (await emailIsTaken(ctx.db.kysely, email)) throw new ValidationError(emailTaken);
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      const userId = await insertUser(trx, {
        name,
        email,
        passwordHash,
        locale: input.locale,
        isAdmin: false,
        emailVerifiedAt: null,
        createdAt: now,
      });
      await queueVerificationMail(ctx, trx, { id: userId, name, email, locale: input.locale });
      const sessionToken = await openSession(trx, userId, now);
      return { userId, sessionToken, locale: input.locale };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(emailTaken);
    throw error;
  }
}

/**
 * Logs a person in. Wrong e-mail and wrong password get the same message. Only failures count:
 * a generous limit per IP address (a school's shared Wi-Fi must not lock everyone out), and per
 * e-mail address growing delays rather than a lock-out, so a stranger who knows the address
 * cannot keep its owner out for more than a minute. An attempt inside the wait is refused (429)
 * and counts for nothing; a success forgets the account's failures.
 */
export async function logIn(
  ctx: AppContext,
  input: { email?: string; password?: string; ip: string },
): Promise<StartedSession> {
  const email = normaliseEmail(input.email);
  const password = input.password ?? '';
  const errors: FieldErrors = {};
  if (email === '') errors.email = { key: 'accounts.validation.emailRequired' };
  if (password === '') errors.password = { key: 'accounts.validation.passwordRequired' };
  throwIfInvalid(errors);
  const ipKey = `login:ip:${input.ip}`;
  await consumeRateLimit(ctx, { key: ipKey, limit: LOGIN_FAILURES_PER_IP, windowMs: LOGIN_WINDOW });
  const delay = loginDelayRule(email);
  try {
    await takeDelayedAttempt(ctx, delay);
  } catch (error) {
    // Waiting is not failing: give the IP address its attempt back.
    await refundRateLimit(ctx, ipKey);
    throw error;
  }
  const user = await findLiveUserByEmail(ctx.db.kysely, email);
  const matches = await passwordMatches(user?.password_hash, password);
  if (user === undefined || !matches) {
    throw new ValidationError({ email: { key: 'accounts.login.failed' } }, 'accounts.login.failed');
  }
  await refundRateLimit(ctx, ipKey);
  await clearGrowingDelay(ctx, delay.key);
  const sessionToken = await openSession(ctx.db.kysely, user.id, ctx.clock.now());
  return { userId: user.id, sessionToken, locale: user.locale };
}

export async function getProfile(ctx: AppContext, userId: number): Promise<Profile> {
  const row = await findLiveUserById(ctx.db.kysely, userId);
  if (row === undefined || row.name === null || row.email === null) throw new NotFoundError();
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerifiedAt: row.email_verified_at,
    locale: row.locale,
    isAdmin: row.is_admin === 1,
    createdAt: row.created_at,
  };
}

/** Saves the name and language preference; returns the language to remember in the cookie. */
export async function updateProfile(
  ctx: AppContext,
  userId: number,
  input: { name?: string; locale?: string },
): Promise<Locale> {
  const errors: FieldErrors = {};
  const name = checkName(errors, 'name', input.name);
  const locale = checkLocale(errors, 'locale', input.locale);
  throwIfInvalid(errors);
  await updateUserProfile(ctx.db.kysely, userId, { name, locale });
  return locale;
}

/**
 * Checks the person's current password before a sensitive change (new password, deletion),
 * limited so that a borrowed session cannot be used to guess it.
 */
export async function confirmPassword(
  ctx: AppContext,
  userId: number,
  field: string,
  password: string | undefined,
): Promise<void> {
  await consumeRateLimit(ctx, {
    key: `password-check:user:${userId}`,
    limit: PASSWORD_CHECK_LIMIT,
    windowMs: LOGIN_WINDOW,
  });
  if (password === undefined || password === '') {
    throw new ValidationError({ [field]: { key: 'accounts.validation.passwordRequired' } });
  }
  const user = await findLiveUserById(ctx.db.kysely, userId);
  if (!(await passwordMatches(user?.password_hash, password))) {
    throw new ValidationError({ [field]: { key: 'accounts.validation.passwordWrong' } });
  }
}

/**
 * Changes the password after checking the current one. Every session, on every device, is
 * ended; the person continues in a fresh one (returned).
 */
export async function changePassword(
  ctx: AppContext,
  userId: number,
  input: { currentPassword?: string; newPassword?: string },
): Promise<string> {
  const errors: FieldErrors = {};
  const newPassword = checkNewPassword(errors, 'newPassword', input.newPassword);
  throwIfInvalid(errors);
  await confirmPassword(ctx, userId, 'currentPassword', input.currentPassword);
  const passwordHash = await hashPassword(newPassword);
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, userId, passwordHash);
    await deleteSessionsOfUser(trx, userId);
    return openSession(trx, userId, now);
  });
}
