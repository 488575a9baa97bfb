import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import {
  approvedMail,
  cancelledMail,
  expiredMail,
  reminderMail,
  requestMail,
} from '#src/modules/places/bookings/mails.ts';
import { queueMailsToManagers } from '#src/modules/places/bookings/manager-mails.ts';
import {
  type BookingDetailsRow,
  changeStatus,
  findBookingDetails,
  findBookingsDetails,
  insertDoorCodeView,
} from '#src/modules/places/bookings/queries.ts';
import type { AppContext } from '#src/platform/context.ts';
import { enqueueJob, type JobHandler } from '#src/platform/jobs.ts';
import { instantAt, localParts } from '#src/platform/local-time.ts';
import { queueMail } from '#src/platform/mail.ts';
import type { MailRecipient } from '#src/platform/mail-layout.ts';
import { HOUR } from '#src/platform/time.ts';

export const REMINDER_JOB = 'bookings.reminder';
export const EXPIRE_JOB = 'bookings.expire';
const REMINDER_MINUTE = 7 * 60;

type Db = Kysely<Database>;

export function bookerOf(row: BookingDetailsRow): MailRecipient | null {
  if (row.booker_name === null || row.booker_email === null || row.booker_locale === null) return null;
  return { name: row.booker_name, email: row.booker_email, locale: row.booker_locale };
}

/** 07:00 local time on the booking's day (or an hour before an earlier start), never in the past. */
export function reminderTime(startsAt: number, now: number): number {
  const morning = instantAt(localParts(startsAt).date, REMINDER_MINUTE);
  return Math.max(now, Math.min(morning, startsAt - HOUR));
}

async function scheduleReminders(db: Db, rows: readonly BookingDetailsRow[], now: number): Promise<void> {
  for (const row of rows) {
    if (row.ends_at <= now) continue;
    await enqueueJob(
      db,
      now,
      REMINDER_JOB,
      { bookingId: row.id },
      { runAt: reminderTime(row.starts_at, now) },
    );
  }
}

/** The approval mail (with .ics) to each booker, and their morning reminders. */
export async function queueApprovalMails(
  db: Db,
  ctx: AppContext,
  rows: readonly BookingDetailsRow[],
  now: number,
): Promise<void> {
  const byBooker = new Map<number, BookingDetailsRow[]>();
  for (const row of rows) {
    if (row.booker_id === null) continue;
    byBooker.set(row.booker_id, [...(byBooker.get(row.booker_id) ?? []), row]);
  }
  for (const group of byBooker.values()) {
    const first = group[0];
    const booker = first === undefined ? null : bookerOf(first);
    if (booker !== null) await queueMail(db, now, approvedMail(booker, group, ctx.config.baseUrl, now));
  }
  await scheduleReminders(db, rows, now);
}

/**
 * After new bookings: requests go to the managers (folded per booker, see manager-mails.ts) and
 * lapse at their start; instant ones are confirmed.
 */
export async function queueNewBookingMails(
  db: Db,
  ctx: AppContext,
  ids: readonly number[],
  now: number,
): Promise<void> {
  const rows = await findBookingsDetails(db, ids);
  const requested = rows.filter((row) => row.status === 'requested');
  const first = requested[0];
  if (first !== undefined) {
    await queueMailsToManagers(
      db,
      ctx,
      first,
      (manager) => requestMail(manager, requested, ctx.config.baseUrl),
      now,
    );
    for (const row of requested) {
      await enqueueJob(db, now, EXPIRE_JOB, { bookingId: row.id }, { runAt: row.starts_at });
    }
  }
  const approved = rows.filter((row) => row.status === 'approved');
  if (approved.length > 0) await queueApprovalMails(db, ctx, approved, now);
}

/**
 * Tells the other party: the managers when the booker cancelled (folded with the booker's
 * requests, see manager-mails.ts), the booker when a manager did. Call after the status change.
 */
export async function queueCancellationMails(
  db: Db,
  ctx: AppContext,
  row: BookingDetailsRow,
  byManager: boolean,
  now: number,
): Promise<void> {
  if (byManager) {
    const booker = bookerOf(row);
    if (booker !== null) await queueMail(db, now, cancelledMail(booker, row, true, ctx.config.baseUrl));
    return;
  }
  await queueMailsToManagers(
    db,
    ctx,
    row,
    (manager) => cancelledMail(manager, row, false, ctx.config.baseUrl),
    now,
  );
}

function bookingIdOf(payload: unknown): number {
  if (typeof payload === 'object' && payload !== null && 'bookingId' in payload) {
    const { bookingId } = payload;
    if (typeof bookingId === 'number' && Number.isInteger(bookingId)) return bookingId;
  }
  throw new Error('booking job payload has no bookingId');
}

/** Expires one request if it is still undecided at its start, and tells the booker. */
export async function expireRequest(ctx: AppContext, bookingId: number): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await findBookingDetails(trx, bookingId);
    if (row === undefined || row.status !== 'requested' || row.starts_at > now) return false;
    if (!(await changeStatus(trx, bookingId, ['requested'], { status: 'expired', decided_at: now })))
      return false;
    const booker = bookerOf(row);
    if (booker !== null) await queueMail(trx, now, expiredMail(booker, row, ctx.config.baseUrl));
    return true;
  });
}

export const expireRequestJob: JobHandler = async (ctx, payload) => {
  await expireRequest(ctx, bookingIdOf(payload));
};

/**
 * The morning reminder of an approved booking. For door-code places the mail shows the code, so
 * sending it is logged as a showing to the booker.
 */
export const reminderJob: JobHandler = async (ctx, payload) => {
  const bookingId = bookingIdOf(payload);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await findBookingDetails(trx, bookingId);
    if (row === undefined || row.status !== 'approved' || row.ends_at <= now) return;
    const booker = bookerOf(row);
    if (booker === null || row.booker_id === null) return;
    if (row.key_handover === 'door_code' && row.door_code !== null) {
      await insertDoorCodeView(trx, row.id, row.booker_id, now);
    }
    await queueMail(trx, now, reminderMail(booker, row, ctx.config.baseUrl));
  });
};

/** Every job kind of bookings, for `src/job-handlers.ts`. */
export const bookingJobHandlers = {
  [REMINDER_JOB]: reminderJob,
  [EXPIRE_JOB]: expireRequestJob,
};
