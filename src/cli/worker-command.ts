import type { Config } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { jobHandlers } from '#src/job-handlers.ts';
import { startWorker } from '#src/platform/jobs.ts';
import { processLogger } from '#src/platform/observability.ts';
import { systemClock } from '#src/platform/time.ts';

/** Runs the job worker on its own until SIGINT or SIGTERM, then finishes the job in hand. */
export async function workerCommand(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const log = processLogger(config.logLevel);
  const worker = startWorker({ db, config, clock: systemClock }, jobHandlers, { log });
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log.info({ signal }, 'stopping the job worker');
  await worker.stop();
  await db.close();
}
