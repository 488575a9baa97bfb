import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '#src/app.ts';
import { type Config, loadConfig } from '#src/config.ts';
import type { AppContext } from '#src/platform/context.ts';
import { MAIL_JOB, type MailMessage } from '#src/platform/mail.ts';
import type { Clock } from '#src/platform/time.ts';
import { createTestDatabase, type TestDatabase } from '#src/testing/test-db.ts';

/** A clock a test can set and move. */
export class TestClock implements Clock {
  constructor(private current = Date.UTC(2026, 10, 30, 9, 0, 0)) {}
  now(): number {
    return this.current;
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  database: TestDatabase;
  config: Config;
  /** Takes the mail queued so far (and marks it sent), oldest first. */
  takeMail(): Promise<MailMessage[]>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Share an existing database instead of creating one. */
  database?: TestDatabase;
  /** Adds test-only routes before the app is sealed (e.g. one that throws). */
  beforeReady?: (app: FastifyInstance) => void;
  /** A client build of the test's own (see assets.ts); default: dist/client, if built. */
  clientBuildDir?: string;
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    MAP_TILE_URL: 'none',
    WORKER: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    BASE_URL: 'http://localhost:3000',
    ...env,
  });
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'byliv-test-'));
  const config = testConfig(dataDir, options.env);
  const database = options.database ?? (await createTestDatabase());
  const clock = new TestClock();
  const app = await buildApp({
    config,
    db: database.db,
    clock,
    logger: false,
    clientBuildDir: options.clientBuildDir,
  });
  options.beforeReady?.(app);
  await app.ready();
  const ctx = app.ctx;
  return {
    app,
    ctx,
    clock,
    database,
    config,
    async takeMail() {
      const rows = await ctx.db.kysely
        .selectFrom('jobs')
        .select(['id', 'payload'])
        .where('kind', '=', MAIL_JOB)
        .where('status', '=', 'queued')
        .orderBy('id')
        .execute();
      if (rows.length === 0) return [];
      await ctx.db.kysely
        .updateTable('jobs')
        .set({ status: 'done', finished_at: clock.now() })
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
      return rows.map((row) => JSON.parse(row.payload) as MailMessage);
    },
    async close() {
      await app.close();
      if (options.database === undefined) await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
