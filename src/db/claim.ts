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
 * Takes the oldest due job (queued, or running with an expired lock) and locks it to one worker.
 * PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent workers never take the same row.
 * SQLite: one statement inside the single writer lock does the same.
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
