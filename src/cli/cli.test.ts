import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, type ExpectStatic, expect, it, type TestContext, vi } from 'vitest';
import { runCli } from '#src/cli/run-cli.ts';
import { loadConfig } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { queueMail } from '#src/platform/mail.ts';
import { testDialect } from '#src/testing/test-db.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'byliv-cli-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function cliEnv(env: Record<string, string> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'info', ...env };
}

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Captures what one stream is given while a command runs. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  return { text: () => chunks.join(''), restore: () => spy.mockRestore() };
}

/**
 * A command line run in this process, as `src/main.ts` runs it (config from the given environment,
 * the exit code returned). Spawning `tsx` cost seconds per command; the real entry's exit on a
 * failure is covered by config.test.ts, and its start and SIGTERM by the worker tests below.
 */
async function byliv(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  try {
    const status = await runCli(args, () => loadConfig(cliEnv(env)));
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    stdout.restore();
    stderr.restore();
  }
}

describe('the byliv command line', () => {
  it('answers an unknown command with the usage and exit code 2', async () => {
    const result = await byliv(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "frobnicate"');
    expect(result.stderr).toContain('backup FILE');
  });

  it('points to pg_dump when asked to back up a PostgreSQL database', async () => {
    const result = await byliv(['backup', join(dataDir, 'x.sqlite')], {
      DATABASE_URL: 'postgres://byliv@127.0.0.1:1/byliv',
      SESSION_SECRET: 'a-shared-secret-of-at-least-32-characters',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('pg_dump');
  });

  it.skipIf(testDialect() === 'postgres')('backs up and restores the SQLite database', async () => {
    expect((await byliv(['migrate'])).status).toBe(0);
    const backupFile = join(dataDir, 'saved.sqlite');
    const backup = await byliv(['backup', backupFile]);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(existsSync(backupFile)).toBe(true);

    const restore = await byliv(['restore', backupFile]);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('stopped');
    expect(restore.stdout).toContain('Restored');
  });

  it.skipIf(testDialect() === 'postgres')('refuses to restore a file that is not a backup', async () => {
    const result = await byliv(['restore', join(process.cwd(), 'package.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a SQLite database');
  });
});

// Each test has its own data folder and process, so the two starts (seconds of tsx each) overlap.
describe.skipIf(testDialect() === 'postgres')('the job worker, alone and in the server', () => {
  function ownDataDir(onTestFinished: TestContext['onTestFinished']): string {
    const folder = mkdtempSync(join(tmpdir(), 'byliv-cli-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    return folder;
  }

  async function queueOneMail(folder: string): Promise<void> {
    const db = openDatabase({ dialect: 'sqlite', filename: join(folder, 'byliv.sqlite') });
    await migrateToLatest(db);
    await queueMail(db.kysely, Date.now(), { to: 'anna@example.dk', subject: 'Hej', text: 'Velkommen' });
    await db.close();
  }

  async function expectOneMailWritten(folder: string, expect: ExpectStatic): Promise<void> {
    const mailFolder = join(folder, 'mail');
    // The file may be seen while it is still being written, so its content is waited for too.
    await vi.waitFor(
      () => {
        expect(existsSync(mailFolder) && readdirSync(mailFolder).length).toBe(1);
        const [file = ''] = readdirSync(mailFolder);
        expect(readFileSync(join(mailFolder, file), 'utf8')).toContain('Subject: Hej');
      },
      { timeout: 20_000, interval: 50 },
    );
  }

  function start(
    folder: string,
    onTestFinished: TestContext['onTestFinished'],
    args: string[],
    env: Record<string, string> = {},
  ) {
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      env: { ...cliEnv(env), DATA_DIR: folder },
    });
    onTestFinished(() => {
      started.kill('SIGKILL');
    });
    const exited = new Promise<number | null>((resolve) => started.on('exit', (code) => resolve(code)));
    return { process: started, exited };
  }

  it.concurrent('sends queued mail on its own and stops cleanly on SIGTERM', async ({
    expect,
    onTestFinished,
  }) => {
    const folder = ownDataDir(onTestFinished);
    await queueOneMail(folder);
    const worker = start(folder, onTestFinished, ['worker']);
    await expectOneMailWritten(folder, expect);
    worker.process.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  });

  it.concurrent('runs inside the server when WORKER is on, and the server stops cleanly on SIGTERM', async ({
    expect,
    onTestFinished,
  }) => {
    const folder = ownDataDir(onTestFinished);
    await queueOneMail(folder);
    const server = start(folder, onTestFinished, ['serve'], {
      PORT: '0',
      HOST: '127.0.0.1',
      WORKER: 'true',
      MAP_TILE_URL: 'none',
    });
    await expectOneMailWritten(folder, expect);
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
