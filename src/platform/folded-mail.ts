import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { enqueueJob } from '#src/platform/jobs.ts';
import { MAIL_JOB, type MailMessage } from '#src/platform/mail.ts';

/**
 * Mails that one person's repeated clicks could multiply (join, leave, join …) are folded: per
 * key (who is told about what) at most one mail per interval, and while one waits to be sent, a
 * newer one replaces it, so the mail that goes out states the newest state. The first goes at
 * once. The time the last mail of a key was due is kept in `rate_limits` (`mail-fold:<key>`).
 */
export interface FoldedMail {
  /** Who is told about what, e.g. `activity-sign-up:12:1764774000000:ana@example.dk`. */
  key: string;
  intervalMs: number;
  message: MailMessage;
}

type Db = Kysely<Database> | Transaction<Database>;

function dedupeKey(key: string): string {
  return `mail-fold:${key}`;
}

/** Replaces the mail of this key that still waits to be sent; false when none waits. */
export async function replaceWaitingMail(db: Db, mail: Omit<FoldedMail, 'intervalMs'>): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ payload: JSON.stringify(mail.message) })
    .where('dedupe_key', '=', dedupeKey(mail.key))
    .where('status', '=', 'queued')
    .where('attempts', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Queues a folded mail, in the transaction of the action it tells about. */
export async function queueFoldedMail(db: Db, now: number, mail: FoldedMail): Promise<void> {
  if (await replaceWaitingMail(db, mail)) return;
  const key = dedupeKey(mail.key);
  const last = await db
    .selectFrom('rate_limits')
    .select('window_started_at')
    .where('key', '=', key)
    .executeTakeFirst();
  const runAt =
    last !== undefined && now < last.window_started_at + mail.intervalMs
      ? last.window_started_at + mail.intervalMs
      : now;
  await enqueueJob(db, now, MAIL_JOB, mail.message, { runAt, dedupeKey: key });
  await db
    .insertInto('rate_limits')
    .values({ key, window_started_at: runAt, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        window_started_at: runAt,
        count: eb('rate_limits.count', '+', 1),
      })),
    )
    .execute();
}
