import type { Transaction } from 'kysely';
import { lockRowForUpdate } from '#src/db/locks.ts';
import type { Database } from '#src/db/schema.ts';
import { fullWhereabouts } from '#src/modules/activities/address-visibility.ts';
import { EMAIL_MAX, GUEST_NAME_MAX } from '#src/modules/activities/limits.ts';
import type { Activity } from '#src/modules/activities/model.ts';
import {
  confirmMail,
  leftMail,
  type MailActivity,
  type SignUpOutcome,
  signUpMail,
} from '#src/modules/activities/participation/mails.ts';
import {
  countJoined,
  findLiveSignUp,
  findParticipant,
  firstWaiting,
  insertParticipant,
  setParticipantStatus,
} from '#src/modules/activities/participation/queries.ts';
import { findOccurrence, type LoadedActivity, loadActivity } from '#src/modules/activities/reading.ts';
import type { ActivityParticipantsTable } from '#src/modules/activities/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, type FieldErrors, NotFoundError, throwIfInvalid } from '#src/platform/errors.ts';
import { queueFoldedMail, replaceWaitingMail, sendNowInsteadOfWaiting } from '#src/platform/folded-mail.ts';
import { readText } from '#src/platform/form-input.ts';
import type { Locale } from '#src/platform/locale.ts';
import { queueMail } from '#src/platform/mail.ts';
import type { MailRecipient } from '#src/platform/mail-layout.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';
import { hmac, safeEqual } from '#src/platform/tokens.ts';

/**
 * Joining: one click with an account; a guest gives name and e-mail and confirms by a link (an
 * unconfirmed sign-up holds no seat). With a capacity, later sign-ups wait; when someone cancels,
 * the first on the waiting list moves up and is told by e-mail. A sign-up is for ONE occurrence.
 */
export type LinkPurpose = 'cancel' | 'confirm';

/** The secret in a participant's link: an HMAC, so nothing stored can be turned into a link. */
export function participantToken(secret: string, participantId: number, purpose: LinkPurpose): string {
  return hmac(secret, `activity-participant:${purpose}:${participantId}`);
}

export function participantLink(ctx: AppContext, participantId: number, purpose: LinkPurpose): string {
  const token = participantToken(ctx.config.sessionSecret, participantId, purpose);
  const path = `/aktiviteter/tilmelding/${participantId}/${token}`;
  return `${ctx.config.baseUrl}${path}${purpose === 'confirm' ? '/bekraeft' : ''}`;
}

export function activityUrl(ctx: AppContext, activityId: number): string {
  return `${ctx.config.baseUrl}/aktiviteter/${activityId}`;
}

/** The activity as a mail names it; `fullAddress` only for mails to someone holding a seat. */
export function mailActivity(activity: Activity, options: { fullAddress?: boolean } = {}): MailActivity {
  const { address } = options.fullAddress === true ? fullWhereabouts(activity) : activity;
  const where = activity.place === null ? address : `${activity.place.name}, ${address}`;
  return { id: activity.id, title: activity.title, where };
}

type ParticipantRow = Pick<ActivityParticipantsTable, 'email' | 'name' | 'locale'> & { id: number };

function recipientOf(row: ParticipantRow): MailRecipient {
  return { email: row.email, name: row.name, locale: row.locale };
}

/**
 * Sign-up mails to one person about one occurrence are folded (see folded-mail.ts): joining and
 * leaving fifty times brings at most one mail per interval, stating where they ended up.
 */
export const SIGN_UP_MAIL_INTERVAL = 10 * MINUTE;

function signUpMailKey(activityId: number, occurrence: { startsAt: number }, email: string): string {
  return `activity-sign-up:${activityId}:${occurrence.startsAt}:${email}`;
}

/** Queues the mail saying what a sign-up came to, with a link to cancel. */
export async function queueSignUpMail(
  trx: Transaction<Database>,
  ctx: AppContext,
  row: ParticipantRow,
  outcome: SignUpOutcome,
  activity: Activity,
  occurrence: { startsAt: number; endsAt: number },
  now: number,
): Promise<void> {
  const key = signUpMailKey(activity.id, occurrence, row.email);
  const message = signUpMail(
    recipientOf(row),
    outcome,
    // A seat (joined, or moved up from the waiting list) brings the full address with it.
    mailActivity(activity, { fullAddress: outcome !== 'waiting' }),
    occurrence,
    {
      page: activityUrl(ctx, activity.id),
      cancel: participantLink(ctx, row.id, 'cancel'),
    },
  );
  // A seat freed by someone else is news to act on now, so it is not held back with the person's
  // own clicks. It cannot be multiplied: once moved up they hold the seat until they leave.
  if (outcome === 'promoted') await sendNowInsteadOfWaiting(trx, now, { key, message });
  else await queueFoldedMail(trx, now, { key, intervalMs: SIGN_UP_MAIL_INTERVAL, message });
}

/**
 * Leaving sends no mail of its own (the person did it on the page or from the link), but if a
 * sign-up mail still waits to be sent, it now says they left, so no mail states a stale seat.
 */
async function correctWaitingSignUpMail(
  trx: Transaction<Database>,
  ctx: AppContext,
  row: ParticipantRow,
  activity: Activity,
  occurrence: { startsAt: number; endsAt: number },
): Promise<void> {
  await replaceWaitingMail(trx, {
    key: signUpMailKey(activity.id, occurrence, row.email),
    message: leftMail(recipientOf(row), mailActivity(activity), occurrence, activityUrl(ctx, activity.id)),
  });
}

async function lockActivity(trx: Transaction<Database>, ctx: AppContext, id: number): Promise<void> {
  await lockRowForUpdate(trx, ctx.db.dialect, 'activities', id);
}

function joinableOccurrence(loaded: LoadedActivity, key: number, now: number) {
  const occurrence = findOccurrence(loaded, key);
  if (occurrence === null) throw new NotFoundError('activities.error.noSuchOccurrence');
  if (occurrence.cancelled) throw new ConflictError('activity_cancelled', 'activities.error.cancelled');
  if (occurrence.endsAt <= now) throw new ConflictError('activity_over', 'activities.error.over');
  return occurrence;
}

/** Seats the sign-up if there is room, else puts it on the waiting list; returns which. */
async function seat(
  trx: Transaction<Database>,
  activity: Activity,
  key: number,
): Promise<'joined' | 'waiting'> {
  if (activity.capacity === null) return 'joined';
  return (await countJoined(trx, activity.id, key)) < activity.capacity ? 'joined' : 'waiting';
}

/**
 * Moves people up from the waiting list of one occurrence while there are free seats, and tells
 * each of them. Call inside a transaction that holds the activity's lock.
 */
export async function promoteWaiting(
  trx: Transaction<Database>,
  ctx: AppContext,
  activity: Activity,
  occurrence: { key: number; startsAt: number; endsAt: number },
  now: number,
): Promise<number> {
  if (activity.capacity === null) return 0;
  const free = activity.capacity - (await countJoined(trx, activity.id, occurrence.key));
  if (free <= 0) return 0;
  const promoted = await firstWaiting(trx, activity.id, occurrence.key, free);
  for (const row of promoted) {
    await setParticipantStatus(trx, row.id, 'joined');
    await queueSignUpMail(trx, ctx, row, 'promoted', activity, occurrence, now);
  }
  return promoted.length;
}

/** "Tilmeld dig" with an account: a seat or the waiting list at once. Joining twice changes nothing. */
export async function joinActivity(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  occurrenceKey: number,
): Promise<'joined' | 'waiting'> {
  const loaded = await loadActivity(ctx, activityId);
  const now = ctx.clock.now();
  const occurrence = joinableOccurrence(loaded, occurrenceKey, now);
  const { activity } = loaded;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockActivity(trx, ctx, activityId);
    const existing = await findLiveSignUp(trx, activityId, occurrence.key, user.email);
    if (existing !== undefined && existing.status !== 'unconfirmed')
      return existing.status === 'waiting' ? 'waiting' : 'joined';
    const status = await seat(trx, activity, occurrence.key);
    let id: number;
    if (existing === undefined) {
      id = await insertParticipant(trx, {
        activity_id: activityId,
        occurrence_start: occurrence.key,
        user_id: user.id,
        name: user.name,
        email: user.email,
        locale: user.locale,
        status,
        created_at: now,
        queued_at: now,
      });
    } else {
      id = existing.id;
      await setParticipantStatus(trx, id, status, { queued_at: now });
    }
    await queueSignUpMail(
      trx,
      ctx,
      { id, email: user.email, name: user.name, locale: user.locale },
      status,
      activity,
      occurrence,
      now,
    );
    return status;
  });
}

export interface GuestSignUp {
  name?: string;
  email?: string;
  locale: Locale;
  /** The client's address, for the rate limit. */
  ip: string;
}

function readGuest(input: GuestSignUp): { name: string; email: string } {
  const errors: FieldErrors = {};
  const name = readText(errors, 'name', input.name, {
    max: GUEST_NAME_MAX,
    required: 'activities.validation.name',
  });
  const email = readText(errors, 'email', input.email, {
    max: EMAIL_MAX,
    required: 'activities.validation.email',
  }).toLowerCase();
  if (errors.email === undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    errors.email = { key: 'activities.validation.email' };
  throwIfInvalid(errors);
  return { name, email };
}

/**
 * A sign-up without an account: stored unconfirmed (no seat) and a confirmation link mailed. A
 * repeated request for the same e-mail re-sends the link. Rate-limited per address and per e-mail.
 */
export async function signUpGuest(
  ctx: AppContext,
  activityId: number,
  occurrenceKey: number,
  input: GuestSignUp,
): Promise<void> {
  const { name, email } = readGuest(input);
  await consumeRateLimit(ctx, { key: `activity-signup:ip:${input.ip}`, limit: 20, windowMs: HOUR });
  await consumeRateLimit(ctx, { key: `activity-signup:email:${email}`, limit: 5, windowMs: HOUR });
  const loaded = await loadActivity(ctx, activityId);
  const now = ctx.clock.now();
  const occurrence = joinableOccurrence(loaded, occurrenceKey, now);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await lockActivity(trx, ctx, activityId);
    const existing = await findLiveSignUp(trx, activityId, occurrence.key, email);
    if (existing !== undefined && existing.status !== 'unconfirmed') return;
    const id =
      existing?.id ??
      (await insertParticipant(trx, {
        activity_id: activityId,
        occurrence_start: occurrence.key,
        user_id: null,
        name,
        email,
        locale: input.locale,
        status: 'unconfirmed',
        created_at: now,
        queued_at: now,
      }));
    await queueMail(
      trx,
      now,
      confirmMail(
        { email, name, locale: input.locale },
        mailActivity(loaded.activity),
        occurrence,
        participantLink(ctx, id, 'confirm'),
      ),
    );
  });
}

/** The sign-up a link opens; NotFoundError for a wrong token. */
export async function signUpByLink(
  ctx: AppContext,
  participantId: number,
  token: string,
  purpose: LinkPurpose,
) {
  const row = await findParticipant(ctx.db.kysely, participantId);
  if (
    row === undefined ||
    !safeEqual(token, participantToken(ctx.config.sessionSecret, participantId, purpose))
  ) {
    throw new NotFoundError('activities.error.linkInvalid');
  }
  const loaded = await loadActivity(ctx, row.activity_id);
  const occurrence = findOccurrence(loaded, row.occurrence_start);
  if (occurrence === null) throw new NotFoundError('activities.error.linkInvalid');
  return { row, activity: loaded.activity, occurrence, loaded };
}

/** A guest clicked the link: the sign-up takes a seat now, or a place on the waiting list. */
export async function confirmGuest(
  ctx: AppContext,
  participantId: number,
  token: string,
): Promise<'joined' | 'waiting'> {
  const { row, activity, loaded } = await signUpByLink(ctx, participantId, token, 'confirm');
  if (row.status === 'joined' || row.status === 'waiting') return row.status;
  if (row.status === 'cancelled')
    throw new ConflictError('sign_up_cancelled', 'activities.error.signUpCancelled');
  const now = ctx.clock.now();
  const occurrence = joinableOccurrence(loaded, row.occurrence_start, now);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockActivity(trx, ctx, activity.id);
    const current = await findParticipant(trx, participantId);
    if (current === undefined || current.status !== 'unconfirmed')
      return current?.status === 'waiting' ? 'waiting' : 'joined';
    const status = await seat(trx, activity, row.occurrence_start);
    await setParticipantStatus(trx, participantId, status, { queued_at: now });
    await queueSignUpMail(trx, ctx, row, status, activity, occurrence, now);
    return status;
  });
}

async function cancelRow(ctx: AppContext, participantId: number, loaded: LoadedActivity): Promise<void> {
  const now = ctx.clock.now();
  const { activity } = loaded;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await lockActivity(trx, ctx, activity.id);
    const row = await findParticipant(trx, participantId);
    if (row === undefined || row.status === 'cancelled') return;
    await setParticipantStatus(trx, participantId, 'cancelled', { cancelled_at: now });
    const occurrence = findOccurrence(loaded, row.occurrence_start);
    if (occurrence !== null) await correctWaitingSignUpMail(trx, ctx, row, activity, occurrence);
    if (row.status === 'joined' && occurrence !== null && !occurrence.cancelled && occurrence.endsAt > now) {
      await promoteWaiting(trx, ctx, activity, occurrence, now);
    }
  });
}

/** Cancels from the link in the e-mail, without logging in. */
export async function cancelSignUpByLink(
  ctx: AppContext,
  participantId: number,
  token: string,
): Promise<void> {
  const { loaded } = await signUpByLink(ctx, participantId, token, 'cancel');
  await cancelRow(ctx, participantId, loaded);
}

/** "Afmeld" for a logged-in person; NotFoundError when they had not signed up. */
export async function leaveActivity(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  occurrenceKey: number,
): Promise<void> {
  const loaded = await loadActivity(ctx, activityId);
  const existing = await findLiveSignUp(ctx.db.kysely, activityId, occurrenceKey, user.email);
  if (existing === undefined) throw new NotFoundError('activities.error.notSignedUp');
  await cancelRow(ctx, existing.id, loaded);
}
