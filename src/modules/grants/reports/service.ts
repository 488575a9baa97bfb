import {
  anyPaidWithoutReminder,
  insertEvent,
  listDueReportReminders,
  markReminderSent,
  updateApplicationFrom,
} from '#src/modules/grants/applications/queries.ts';
import { type AmountInput, readAmountInput, readText } from '#src/modules/grants/input.ts';
import { REPORT_TEXT_MAX } from '#src/modules/grants/limits.ts';
import { reportReceiptToApplicant, reportReminderToApplicant } from '#src/modules/grants/mails.ts';
import { loadApplication, mailApplicant, mailReviewers } from '#src/modules/grants/notifications.ts';
import { assertApplicant } from '#src/modules/grants/policy.ts';
import { type Db, hasQueuedJob } from '#src/modules/grants/queries.ts';
import { reportToReviewer } from '#src/modules/grants/reviewer-mails.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import { enqueueJob, type JobHandler } from '#src/platform/jobs.ts';
import { addDays, localParts, localToEpoch } from '#src/platform/local-time.ts';

/** The daily sweep that reminds applicants of missing reports. */
export const REPORT_REMINDER_JOB = 'grants.report-reminders';
/** Days after the initiative's end date before the reminder goes out. */
export const REPORT_GRACE_DAYS = 14;
const SWEEP_MINUTE = 9 * 60;

export interface ReportInput {
  text?: unknown;
  actualSpend: AmountInput;
}

/**
 * The applicant's report after the initiative: a short text and the actual spend (photos are
 * added on the same page). The first report moves the application to `reported` and tells the
 * reviewers; the applicant may correct it afterwards.
 */
export async function submitReport(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  input: ReportInput,
): Promise<void> {
  const { application } = await loadApplication(ctx.db.kysely, id);
  assertApplicant(application, user);
  if (application.status !== 'paid' && application.status !== 'reported') {
    throw new ConflictError('not_reportable', 'grants.report.notPaid');
  }
  const errors: FieldErrors = {};
  const text = readText(errors, 'text', input.text, {
    max: REPORT_TEXT_MAX,
    required: 'grants.report.textRequired',
  });
  const spend = readAmountInput(errors, 'actualSpend', input.actualSpend, { required: true });
  throwIfInvalid(errors);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const first = application.status === 'paid';
    const saved = await updateApplicationFrom(trx, id, [application.status], {
      status: 'reported',
      report_text: text,
      actual_spend_ore: spend,
      reported_at: first ? now : (application.reportedAt ?? now),
      updated_at: now,
    });
    if (!saved) throw new ConflictError('application_changed', 'grants.error.changedMeanwhile');
    if (!first) return;
    await insertEvent(trx, {
      applicationId: id,
      from: 'paid',
      to: 'reported',
      actorId: user.id,
      note: '',
      at: now,
    });
    const { application: fresh, applicant } = await loadApplication(trx, id);
    const baseUrl = ctx.config.baseUrl;
    await mailApplicant(trx, now, applicant, (to) => reportReceiptToApplicant(to, fresh, baseUrl));
    await mailReviewers(trx, now, fresh.poolId, (to) => reportToReviewer(to, fresh, baseUrl), [user.id]);
  });
}

/**
 * Sends one reminder for each paid application whose report is missing 14 days after the
 * initiative's end date. Idempotent: `report_reminder_sent_at` is set in the same transaction as
 * the mail, by a conditional update, so a second run (or a second worker) sends nothing.
 */
export async function sendDueReportReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const endedBy = addDays(localParts(now).date, -REPORT_GRACE_DAYS);
  const due = await listDueReportReminders(ctx.db.kysely, endedBy);
  let sent = 0;
  for (const row of due) {
    const didSend = await ctx.db.kysely.transaction().execute(async (trx) => {
      if (!(await markReminderSent(trx, row.id, now))) return false;
      const { application, applicant } = await loadApplication(trx, row.id);
      await mailApplicant(trx, now, applicant, (to) =>
        reportReminderToApplicant(to, application, ctx.config.baseUrl),
      );
      return true;
    });
    if (didSend) sent += 1;
  }
  return sent;
}

/** The next 09:00 in Copenhagen after `now`. */
export function nextSweepAt(now: number): number {
  const today = localParts(now).date;
  const atToday = localToEpoch(today, SWEEP_MINUTE);
  return atToday > now ? atToday : localToEpoch(addDays(today, 1), SWEEP_MINUTE);
}

/** Makes sure a daily sweep is queued (called when money is paid out, so a report will be due). */
export async function scheduleReminderSweep(db: Db, now: number): Promise<void> {
  if (await hasQueuedJob(db, REPORT_REMINDER_JOB)) return;
  await enqueueJob(db, now, REPORT_REMINDER_JOB, {}, { runAt: nextSweepAt(now) });
}

/** Runs the sweep, then queues tomorrow's while any paid application may still need a reminder. */
export const reportReminderJob: JobHandler = async (ctx) => {
  await sendDueReportReminders(ctx);
  if (await anyPaidWithoutReminder(ctx.db.kysely))
    await scheduleReminderSweep(ctx.db.kysely, ctx.clock.now());
};

/** Every job kind of grants, for `src/job-handlers.ts`. */
export const grantJobHandlers = { [REPORT_REMINDER_JOB]: reportReminderJob };
