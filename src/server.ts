import type { FastifyInstance } from 'fastify';
import { buildApp } from '#src/app.ts';
import type { Config } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { prepareData } from '#src/db/seed/prepare.ts';
import { jobHandlers } from '#src/job-handlers.ts';
import { startWorker, type Worker } from '#src/platform/jobs.ts';

/** Opens and migrates the database, seeds what is missing, listens, and shuts down gracefully. */
export async function serve(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const app: FastifyInstance = await buildApp({ config, db });
  const demoLogins = await prepareData(app.ctx);
  await app.listen({ port: config.port, host: config.host });
  let worker: Worker | null = null;
  if (config.inProcessWorker) worker = startWorker(app.ctx, jobHandlers, { log: app.log });

  const lines = [`Byliv kører på ${config.baseUrl}`];
  if (demoLogins.length > 0) {
    lines.push('Demo-logins (adgangskode / password):');
    for (const login of demoLogins) lines.push(`  ${login.email}  ${login.password}  (${login.role})`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  let stopping = false;
  // Stop taking requests and jobs, let those in hand finish, then close the database.
  // A second signal while waiting stops at once.
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      app.log.warn({ signal }, 'stopping now without waiting');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await Promise.all([worker?.stop(), app.close()]);
      await db.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
