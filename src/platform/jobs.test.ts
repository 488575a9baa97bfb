import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimNextJob } from '#src/db/claim.ts';
import { openDatabase } from '#src/db/database.ts';
import type { AppContext } from '#src/platform/context.ts';
import {
  enqueueJob,
  type JobHandlers,
  LOCK_DURATION,
  runDueJobs,
  runOneJob,
  startWorker,
} from '#src/platform/jobs.ts';
import { processLogger } from '#src/platform/observability.ts';
import { MINUTE } from '#src/platform/time.ts';
import { TestClock, testConfig } from '#src/testing/test-app.ts';
import { createTestDatabase, type TestDatabase, testDialect } from '#src/testing/test-db.ts';

let folder: string;
let database: TestDatabase;
let clock: TestClock;
let ctx: AppContext;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'byliv-jobs-'));
  // Two connections must share one database, so SQLite runs on a file here, not in memory.
  database = await createTestDatabase(join(folder, 'jobs.sqlite'));
  clock = new TestClock();
  ctx = { db: database.db, config: testConfig(folder), clock };
});

afterEach(async () => {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
});

async function jobRow(id = 1) {
  return ctx.db.kysely.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A promise the test resolves by hand, to hold a handler in the middle of its work. */
function gate(): { opened: Promise<void>; open(): void } {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('two workers on one database', () => {
  it('run each of 200 jobs exactly once', async () => {
    const second = openDatabase(database.config);
    try {
      await sql`create table job_runs (job_key integer primary key, worker text not null)`.execute(
        ctx.db.kysely,
      );
      for (let key = 0; key < 200; key += 1)
        await enqueueJob(ctx.db.kysely, clock.now(), 'test.record', { key });
      const runs = new Map<number, number>();
      const handlers: JobHandlers = {
        async 'test.record'(workerCtx, payload) {
          const { key } = payload as { key: number };
          runs.set(key, (runs.get(key) ?? 0) + 1);
          await new Promise((resolve) => setImmediate(resolve));
          await sql`insert into job_runs (job_key, worker) values (${key}, ${workerCtx.db === second ? 'B' : 'A'})`.execute(
            workerCtx.db.kysely,
          );
        },
      };
      const workerA: AppContext = ctx;
      const workerB: AppContext = { ...ctx, db: second };

      let left = 200;
      for (let round = 0; left > 0 && round < 10; round += 1) {
        await Promise.all([runDueJobs(workerA, handlers, 'A'), runDueJobs(workerB, handlers, 'B')]);
        const queued = await ctx.db.kysely
          .selectFrom('jobs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '!=', 'done')
          .executeTakeFirstOrThrow();
        left = Number(queued.n);
      }

      expect(left).toBe(0);
      expect(runs.size).toBe(200);
      expect([...runs.values()].every((count) => count === 1)).toBe(true);
      const jobs = await ctx.db.kysely.selectFrom('jobs').select(['status', 'attempts']).execute();
      expect(jobs.every((job) => job.status === 'done' && job.attempts === 1)).toBe(true);
      const byWorker = await sql<{ worker: string; n: number }>`
        select worker, count(*) as n from job_runs group by worker order by worker`.execute(ctx.db.kysely);
      expect(byWorker.rows.map((row) => row.worker)).toEqual(['A', 'B']);
      expect(byWorker.rows.reduce((sum, row) => sum + Number(row.n), 0)).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('a failing job', () => {
  const failing: JobHandlers = {
    async 'test.fail'() {
      throw new Error('the mail server said no');
    },
  };

  it('is retried with a growing back-off, then marked failed after its last attempt', async () => {
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.fail', {}, { maxAttempts: 3 });
    const start = clock.now();

    expect(await runDueJobs(ctx, failing)).toBe(1);
    expect(await jobRow()).toMatchObject({
      status: 'queued',
      attempts: 1,
      run_at: start + MINUTE,
      last_error: 'the mail server said no',
    });
    expect(await runDueJobs(ctx, failing)).toBe(0);

    clock.advance(MINUTE);
    expect(await runDueJobs(ctx, failing)).toBe(1);
    expect(await jobRow()).toMatchObject({
      status: 'queued',
      attempts: 2,
      run_at: start + MINUTE + 4 * MINUTE,
    });

    clock.advance(4 * MINUTE);
    expect(await runDueJobs(ctx, failing)).toBe(1);
    expect(await jobRow()).toMatchObject({ status: 'failed', attempts: 3, finished_at: clock.now() });

    clock.advance(24 * 60 * MINUTE);
    expect(await runDueJobs(ctx, failing)).toBe(0);
  });

  it('succeeds on a later attempt', async () => {
    let calls = 0;
    const flaky: JobHandlers = {
      async 'test.flaky'() {
        calls += 1;
        if (calls === 1) throw new Error('try again');
      },
    };
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.flaky', {});
    await runDueJobs(ctx, flaky);
    clock.advance(MINUTE);
    await runDueJobs(ctx, flaky);
    expect(await jobRow()).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
  });
});

describe('a worker that died holding a job', () => {
  it('leaves the job locked until the lock expires, then another worker takes it over', async () => {
    const ran: string[] = [];
    const handlers: JobHandlers = {
      async 'test.once'() {
        ran.push('ran');
      },
    };
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.once', {});
    await claimNextJob(ctx.db, 'worker-that-died', clock.now(), clock.now() + LOCK_DURATION);

    clock.advance(LOCK_DURATION - 1);
    expect(await runDueJobs(ctx, handlers, 'survivor')).toBe(0);

    clock.advance(2);
    expect(await runDueJobs(ctx, handlers, 'survivor')).toBe(1);
    expect(ran).toEqual(['ran']);
    expect(await jobRow()).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('fails the job without running it again when that was its last attempt', async () => {
    const ran: string[] = [];
    const handlers: JobHandlers = {
      async 'test.once'() {
        ran.push('ran');
      },
    };
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.once', {}, { maxAttempts: 1 });
    await claimNextJob(ctx.db, 'worker-that-died', clock.now(), clock.now() + LOCK_DURATION);
    clock.advance(LOCK_DURATION + 1);

    expect(await runDueJobs(ctx, handlers, 'survivor')).toBe(1);
    expect(ran).toEqual([]);
    expect(await jobRow()).toMatchObject({ status: 'failed' });
  });
});

describe('a slow job', () => {
  it('keeps its lock while it runs, so no other worker takes it over', async () => {
    const slow = gate();
    const started = gate();
    let runs = 0;
    const handlers: JobHandlers = {
      async 'test.slow'() {
        runs += 1;
        started.open();
        await slow.opened;
      },
    };
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.slow', {});
    const claimedAt = clock.now();
    const first = runOneJob(ctx, handlers, 'first', { heartbeatMs: 5 });
    await started.opened;

    clock.advance(LOCK_DURATION - MINUTE);
    await vi.waitFor(
      async () => expect((await jobRow()).locked_until).toBeGreaterThan(claimedAt + LOCK_DURATION),
      { timeout: 5000, interval: 10 },
    );
    clock.advance(2 * MINUTE);
    expect(await runDueJobs(ctx, handlers, 'second')).toBe(0);

    slow.open();
    await first;
    expect(runs).toBe(1);
    expect(await jobRow()).toMatchObject({ status: 'done', attempts: 1 });
  });
});

describe('the polling worker', () => {
  it('finishes the job in hand when stopped and claims no more', async () => {
    const hold = gate();
    const started = gate();
    const ran: number[] = [];
    const handlers: JobHandlers = {
      async 'test.step'(_ctx, payload) {
        ran.push((payload as { n: number }).n);
        started.open();
        await hold.opened;
      },
    };
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.step', { n: 1 });
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.step', { n: 2 });

    const worker = startWorker(ctx, handlers, { intervalMs: 10 });
    await started.opened;
    const stopped = worker.stop();
    hold.open();
    await stopped;

    expect(ran).toEqual([1]);
    expect((await jobRow(1)).status).toBe('done');
    expect((await jobRow(2)).status).toBe('queued');
  });
});

describe.runIf(testDialect() === 'postgres')('claiming on PostgreSQL', () => {
  it('skips a row another transaction is claiming instead of waiting for it', async () => {
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.a', {});
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.b', {});
    const second = openDatabase(database.config);
    try {
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await sql`select id from jobs where id = 1 for update`.execute(trx);
        const claimed = await claimNextJob(second, 'other', clock.now(), clock.now() + LOCK_DURATION);
        expect(claimed?.kind).toBe('test.b');
      });
    } finally {
      await second.close();
    }
  });
});

describe('the job worker run on its own', () => {
  it('logs through pino with the server redaction, so a secret in a job log line is hidden', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').trim().split('\n'));
        done();
      },
    });
    const leaky: JobHandlers = {
      async 'test.leak'() {
        // An error from a client library that carries the credentials it was called with.
        throw Object.assign(new Error('the mail server said no'), {
          token: 'link-token-0123',
          password: 'hunter2-secret',
        });
      },
    };
    await enqueueJob(ctx.db.kysely, clock.now(), 'test.leak', {});

    await runOneJob(ctx, leaky, 'worker-1', { log: processLogger('info', stream) });

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 40,
      msg: 'job failed, will retry',
      kind: 'test.leak',
      err: { message: 'the mail server said no', token: '[redacted]', password: '[redacted]' },
    });
    expect(lines[0]).not.toContain('link-token-0123');
    expect(lines[0]).not.toContain('hunter2-secret');
  });
});
