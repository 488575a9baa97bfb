import { sql } from 'kysely';
import type { Db } from '#src/db/database.ts';

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: string;
  attempts: number;
  max_attempts: number;
}

/**
 * Takes the oldest due job (queued, or running with an expired lock) and locks it to one worker,
 * in one statement, so the check and the claim cannot be split by another worker.
 * PostgreSQL: the inner select locks the row `FOR UPDATE SKIP LOCKED`, so concurrent workers each
 * take a different row; a row another worker claimed meanwhile fails the re-check of the WHERE
 * clause and is skipped. SQLite: the statement runs under the database's single writer lock.
 */
export async function claimNextJob(
  db: Db,
  workerId: string,
  now: number,
  lockedUntil: number,
): Promise<ClaimedJob | undefined> {
  const lockClause = db.dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<ClaimedJob>`
    update jobs
       set status = 'running', locked_by = ${workerId}, locked_until = ${lockedUntil}, attempts = attempts + 1
     where id = (
       select id from jobs
        where (status = 'queued' and run_at <= ${now})
           or (status = 'running' and locked_until < ${now})
        order by run_at, id
        limit 1
        ${lockClause}
     )
    returning id, kind, payload, attempts, max_attempts`.execute(db.kysely);
  return result.rows[0];
}

/** Pushes the lock of a job this worker still holds further out; does nothing once it lost the job. */
export async function extendJobLock(
  db: Db,
  jobId: number,
  workerId: string,
  lockedUntil: number,
): Promise<void> {
  await db.kysely
    .updateTable('jobs')
    .set({ locked_until: lockedUntil })
    .where('id', '=', jobId)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}
