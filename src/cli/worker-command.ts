import type { Config, LogLevel } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { jobHandlers } from '#src/platform/job-handlers.ts';
import { type JobLogger, startWorker } from '#src/platform/jobs.ts';
import { systemClock } from '#src/platform/time.ts';

const LEVELS: Record<LogLevel, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

function errorDetails(value: unknown): unknown {
  return value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
}

/** JSON lines on stdout in pino's shape, so the worker's logs read like the server's. */
function jsonLogger(level: LogLevel): JobLogger {
  const write = (at: number, details: object, msg: string): void => {
    if (at < LEVELS[level]) return;
    const entries = Object.entries(details).map(([key, value]) => [key, errorDetails(value)]);
    const line = { level: at, time: Date.now(), pid: process.pid, ...Object.fromEntries(entries), msg };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  };
  return {
    info: (details, msg) => write(LEVELS.info, details, msg),
    warn: (details, msg) => write(LEVELS.warn, details, msg),
    error: (details, msg) => write(LEVELS.error, details, msg),
  };
}

/** Runs the job worker on its own until SIGINT or SIGTERM, then finishes the job in hand. */
export async function workerCommand(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const log = jsonLogger(config.logLevel);
  const worker = startWorker({ db, config, clock: systemClock }, jobHandlers, { log });
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info({ signal }, 'stopping the job worker');
  await worker.stop();
  await db.close();
}
