import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { type ClaimedJob, claimNextJob, extendJobLock } from '#src/db/claim.ts';
import type { Database } from '#src/db/schema.ts';
import type { AppContext } from '#src/platform/context.ts';
import { MINUTE } from '#src/platform/time.ts';

export type JobHandler = (ctx: AppContext, payload: unknown) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface EnqueueOptions {
  runAt?: number;
  maxAttempts?: number;
  /**
   * At most one untried job per key waits in the queue: a job with the key of one that is still
   * waiting replaces its payload and keeps its run time (the newest state wins).
   */
  dedupeKey?: string;
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
      dedupe_key: options.dedupeKey ?? null,
    })
    .onConflict((oc) =>
      // The same predicate as the partial index `jobs_waiting_dedupe_key`, as literals so that
      // PostgreSQL can match the index.
      oc
        .column('dedupe_key')
        .where(sql<boolean>`status = 'queued' and attempts = 0`)
        .doUpdateSet({ payload: (eb) => eb.ref('excluded.payload') }),
    )
    .execute();
}

/** The part of pino the worker uses, so the CLI worker can log without a web server. */
export interface JobLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const silentLogger: JobLogger = { info() {}, warn() {}, error() {} };

export interface JobRunOptions {
  log?: JobLogger;
  /** How long a claim holds before another worker may take the job over (clock time). */
  lockMs?: number;
  /** How often (real time) a worker renews the lock of the job in hand. */
  heartbeatMs?: number;
}

export const LOCK_DURATION = 5 * MINUTE;

/** Back-off before retry n (1-based): 1, 4, 9 … minutes. */
export function retryDelay(attempt: number): number {
  return attempt * attempt * MINUTE;
}

/** Renews the lock while a handler runs, so a slow job is never taken over by a second worker. */
function keepLocked(ctx: AppContext, job: ClaimedJob, workerId: string, options: JobRunOptions): () => void {
  const lockMs = options.lockMs ?? LOCK_DURATION;
  const timer = setInterval(
    () => {
      extendJobLock(ctx.db, job.id, workerId, ctx.clock.now() + lockMs).catch((error: unknown) => {
        options.log?.warn({ jobId: job.id, err: error }, 'could not renew job lock');
      });
    },
    options.heartbeatMs ?? lockMs / 3,
  );
  timer.unref();
  return () => clearInterval(timer);
}

async function finishJob(ctx: AppContext, job: ClaimedJob, workerId: string): Promise<void> {
  await ctx.db.kysely
    .updateTable('jobs')
    .set({ status: 'done', finished_at: ctx.clock.now(), locked_by: null, locked_until: null })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .execute();
}

async function failAttempt(
  ctx: AppContext,
  job: ClaimedJob,
  workerId: string,
  reason: string,
): Promise<void> {
  const failedForGood = job.attempts >= job.max_attempts;
  const now = ctx.clock.now();
  await ctx.db.kysely
    .updateTable('jobs')
    .set({
      status: failedForGood ? 'failed' : 'queued',
      run_at: failedForGood ? now : now + retryDelay(job.attempts),
      last_error: reason.slice(0, 2000),
      finished_at: failedForGood ? now : null,
      locked_by: null,
      locked_until: null,
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .execute();
}

/**
 * Claims and runs one due job. Returns false when none was due. A claimed job is locked to this
 * worker, and the lock is renewed while the handler runs; another worker only takes the job over
 * once the lock has expired, i.e. the first worker died. Delivery is at least once: a worker that
 * dies after the handler finished but before it recorded so leaves the job to run again.
 */
export async function runOneJob(
  ctx: AppContext,
  handlers: JobHandlers,
  workerId: string,
  options: JobRunOptions = {},
): Promise<boolean> {
  const log = options.log ?? silentLogger;
  const now = ctx.clock.now();
  const job = await claimNextJob(ctx.db, workerId, now, now + (options.lockMs ?? LOCK_DURATION));
  if (job === undefined) return false;
  const details = { jobId: job.id, kind: job.kind, attempt: job.attempts };
  if (job.attempts > job.max_attempts) {
    // Taken over after its last attempt's worker died: running it again would exceed the limit.
    await failAttempt(ctx, job, workerId, 'the worker stopped during the last attempt');
    log.error(details, 'job failed for good');
    return true;
  }
  const handler = handlers[job.kind];
  const stopRenewing = keepLocked(ctx, job, workerId, options);
  try {
    if (handler === undefined) throw new Error(`no handler for job kind "${job.kind}"`);
    await handler(ctx, JSON.parse(job.payload));
    stopRenewing();
    await finishJob(ctx, job, workerId);
    log.info(details, 'job done');
  } catch (error) {
    stopRenewing();
    const reason = error instanceof Error ? error.message : String(error);
    await failAttempt(ctx, job, workerId, reason);
    const gaveUp = job.attempts >= job.max_attempts;
    (gaveUp ? log.error : log.warn).call(
      log,
      { ...details, err: error },
      gaveUp ? 'job failed for good' : 'job failed, will retry',
    );
  }
  return true;
}

/** Runs due jobs until none is left (or `shouldStop` says so); tests and the CLI drain the queue with it. */
export async function runDueJobs(
  ctx: AppContext,
  handlers: JobHandlers,
  workerId: string = randomUUID(),
  options: JobRunOptions & { shouldStop?: () => boolean } = {},
): Promise<number> {
  let count = 0;
  while (!(options.shouldStop?.() ?? false) && (await runOneJob(ctx, handlers, workerId, options)))
    count += 1;
  return count;
}

export interface Worker {
  readonly id: string;
  /** Finishes the job in hand (if any), then resolves; no new job is claimed. */
  stop(): Promise<void>;
}

/** Polls for jobs every `intervalMs` until stopped. */
export function startWorker(
  ctx: AppContext,
  handlers: JobHandlers,
  options: JobRunOptions & { intervalMs?: number } = {},
): Worker {
  const workerId = randomUUID();
  const log = options.log ?? silentLogger;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    running = runDueJobs(ctx, handlers, workerId, { ...options, shouldStop: () => stopped })
      .catch((error: unknown) => log.error({ workerId, err: error }, 'job worker could not claim a job'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 1000);
      });
  };
  timer = setTimeout(tick, 0);
  log.info({ workerId }, 'job worker started');
  return {
    id: workerId,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
      log.info({ workerId }, 'job worker stopped');
    },
  };
}
