import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { enqueueJob } from '#src/platform/jobs.ts';
import { MAIL_JOB, type MailMessage, queueMail } from '#src/platform/mail.ts';

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

/** When the next mail of a key goes, and whether it is folded (held back behind an earlier one). */
export interface FoldSlot {
  sendAt: number;
  /** False when the mail goes at once, as the first of its interval. */
  folded: boolean;
  /** When the mail before it was due (what a folded mail tells the news since); null if none. */
  previousAt: number | null;
}

/**
 * Where a mail of this key would land now: at once, or folded into the end of the interval after
 * the last one. Lets a caller write a folded mail differently (a summary) before queueing it.
 */
export async function nextFoldSlot(db: Db, key: string, intervalMs: number, now: number): Promise<FoldSlot> {
  const waiting = await db
    .selectFrom('jobs')
    .select('run_at')
    .where('dedupe_key', '=', dedupeKey(key))
    .where('status', '=', 'queued')
    .where('attempts', '=', 0)
    .executeTakeFirst();
  if (waiting !== undefined) {
    return { sendAt: waiting.run_at, folded: true, previousAt: waiting.run_at - intervalMs };
  }
  const last = await db
    .selectFrom('rate_limits')
    .select('window_started_at')
    .where('key', '=', dedupeKey(key))
    .executeTakeFirst();
  if (last !== undefined && now < last.window_started_at + intervalMs) {
    // The last mail went at its due time (never before it, unless a test sent it early).
    const previousAt = Math.min(last.window_started_at, now);
    return { sendAt: last.window_started_at + intervalMs, folded: true, previousAt };
  }
  return { sendAt: now, folded: false, previousAt: last?.window_started_at ?? null };
}

/**
 * Sends a mail of this key at once, outside the folding, and drops the one of the key that still
 * waits (the new mail states the newer state). For news the recipient did not cause themself and
 * should act on now, such as a seat freed by someone else.
 */
export async function sendNowInsteadOfWaiting(
  db: Db,
  now: number,
  mail: Omit<FoldedMail, 'intervalMs'>,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now })
    .where('dedupe_key', '=', dedupeKey(mail.key))
    .where('status', '=', 'queued')
    .where('attempts', '=', 0)
    .execute();
  await queueMail(db, now, mail.message);
}

/** Queues a folded mail, in the transaction of the action it tells about. */
export async function queueFoldedMail(db: Db, now: number, mail: FoldedMail): Promise<void> {
  if (await replaceWaitingMail(db, mail)) return;
  const key = dedupeKey(mail.key);
  const { sendAt: runAt } = await nextFoldSlot(db, mail.key, mail.intervalMs, now);
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
