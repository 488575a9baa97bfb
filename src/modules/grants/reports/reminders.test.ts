import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '#src/job-handlers.ts';
import { recordPayout } from '#src/modules/grants/money/service.ts';
import {
  REPORT_REMINDER_JOB,
  reportReminderJob,
  sendDueReportReminders,
  submitReport,
} from '#src/modules/grants/reports/service.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { localToEpoch } from '#src/platform/local-time.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the reminder for a missing report', () => {
  let t: TestApp;
  let world: GrantsWorld;
  let silent: number;
  let reported: number;

  async function paidApplication(title: string): Promise<number> {
    const id = await submitApplication(
      t.ctx,
      world,
      applicationInput({ title, startsOn: '2026-12-05', endsOn: '2026-12-20' }),
    );
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await decideApplication(t.ctx, asUser(world.chair), world.pool.slug, id, {
      outcome: 'approve',
      amount: { ore: undefined },
    });
    await recordPayout(t.ctx, asUser(world.chair), world.pool.slug, id, {
      date: '2026-12-01',
      amount: { ore: 250_000 },
      reference: '',
    });
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    silent = await paidApplication('Vinterbål');
    reported = await paidApplication('Juletræ');
    await submitReport(t.ctx, asUser(world.applicant), reported, {
      text: 'Det gik fint.',
      actualSpend: { ore: 240_000 },
    });
    await t.takeMail();
  });
  afterAll(async () => {
    await t.close();
  });

  async function queuedSweeps() {
    return t.ctx.db.kysely
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', REPORT_REMINDER_JOB)
      .where('status', '=', 'queued')
      .execute();
  }

  it('is registered with the worker and queued once money is paid out, for 09:00 the next morning', async () => {
    expect(jobHandlers[REPORT_REMINDER_JOB]).toBe(reportReminderJob);
    expect(await queuedSweeps()).toEqual([{ run_at: localToEpoch('2026-12-01', 9 * 60) }]);
  });

  it('sends nothing 13 days after the end date', async () => {
    t.clock.set(localToEpoch('2027-01-02', 9 * 60));
    expect(await sendDueReportReminders(t.ctx)).toBe(0);
    expect(await t.takeMail()).toEqual([]);
  });

  it('reminds the applicant once, 14 days after the end date, and only where the report is missing', async () => {
    t.clock.set(localToEpoch('2027-01-03', 9 * 60));
    await reportReminderJob(t.ctx, {});
    const mail = await t.takeMail();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.to).toBe(world.applicant.email);
    expect(mail[0]?.subject).toBe('Husk rapporten: Vinterbål');
    expect(mail[0]?.text).toContain(`/mine-ansogninger/${silent}/rapport`);
    expect(mail[0]?.text).toContain('Initiativet sluttede 2026-12-20');

    await reportReminderJob(t.ctx, {});
    t.clock.set(localToEpoch('2027-01-04', 9 * 60));
    await reportReminderJob(t.ctx, {});
    expect(await t.takeMail()).toEqual([]);
    const row = await t.ctx.db.kysely
      .selectFrom('grant_applications')
      .select('report_reminder_sent_at')
      .where('id', '=', silent)
      .executeTakeFirstOrThrow();
    expect(row.report_reminder_sent_at).toBe(localToEpoch('2027-01-03', 9 * 60));
  });

  it('stops the daily sweep once no paid application waits for a reminder', async () => {
    await t.ctx.db.kysely.deleteFrom('jobs').where('kind', '=', REPORT_REMINDER_JOB).execute();
    await reportReminderJob(t.ctx, {});
    expect(await queuedSweeps()).toEqual([]);
  });
});
