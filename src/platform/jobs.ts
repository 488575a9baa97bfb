import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { claimNextJob } from '#src/db/claim.ts';
import type { Database } from '#src/db/schema.ts';
import type { AppContext } from '#src/platform/context.ts';
import { MINUTE } from '#src/platform/time.ts';

export type JobHandler = (ctx: AppContext, payload: unknown) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface EnqueueOptions {
  runAt?: number;
  maxAttempts?: number;
}

/** Adds a job; pass the transaction of the action it belongs to, so both land or neither. */
export async function enqueueJob(
  db: Kysely<Database> | Transaction<Database>,
  now: number,
  kind: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      kind,
      payload: JSON.stringify(payload),
      status: 'queued',
      run_at: options.runAt ?? now,
      max_attempts: options.maxAttempts ?? 5,
      created_at: now,
      finished_at: null,
      last_error: null,
      locked_by: null,
      locked_until: null,
    })
    .execute();
}

const LOCK_DURATION = 5 * MINUTE;

/** Back-off before retry n (1-based): 1, 4, 9 … minutes. */
function retryDelay(attempt: number): number {
  return attempt * attempt * MINUTE;
}

/**
 * Claims and runs one due job. Returns false when none was due. A claimed job is locked to this
 * worker; another worker only takes it over after the lock expires (the first one died).
 */
export async function runOneJob(ctx: AppContext, handlers: JobHandlers, workerId: string): Promise<boolean> {
  const now = ctx.clock.now();
  const job = await claimNextJob(ctx.db, workerId, now, now + LOCK_DURATION);
  if (job === undefined) return false;
  const handler = handlers[job.kind];
  try {
    if (handler === undefined) throw new Error(`no handler for job kind "${job.kind}"`);
    await handler(ctx, JSON.parse(job.payload));
    await ctx.db.kysely
      .updateTable('jobs')
      .set({ status: 'done', finished_at: ctx.clock.now(), locked_by: null, locked_until: null })
      .where('id', '=', job.id)
      .where('locked_by', '=', workerId)
      .execute();
  } catch (error) {
    const failedForGood = job.attempts >= job.max_attempts;
    await ctx.db.kysely
      .updateTable('jobs')
      .set({
        status: failedForGood ? 'failed' : 'queued',
        run_at: ctx.clock.now() + retryDelay(job.attempts),
        last_error: error instanceof Error ? error.message : String(error),
        finished_at: failedForGood ? ctx.clock.now() : null,
        locked_by: null,
        locked_until: null,
      })
      .where('id', '=', job.id)
      .where('locked_by', '=', workerId)
      .execute();
  }
  return true;
}

/** Runs due jobs until none is left; tests and the CLI use it to drain the queue. */
export async function runDueJobs(
  ctx: AppContext,
  handlers: JobHandlers,
  workerId = randomUUID(),
): Promise<number> {
  let count = 0;
  while (await runOneJob(ctx, handlers, workerId)) count += 1;
  return count;
}

export interface Worker {
  stop(): Promise<void>;
}

/** Polls for jobs every `intervalMs` until stopped; stopping waits for the job in hand. */
export function startWorker(ctx: AppContext, handlers: JobHandlers, intervalMs = 1000): Worker {
  const workerId = randomUUID();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    running = runDueJobs(ctx, handlers, workerId)
      .catch(() => 0)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
