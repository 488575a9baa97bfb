import type { FastifyInstance } from 'fastify';
import { buildApp } from '#src/app.ts';
import type { Config } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { prepareData } from '#src/db/seed/prepare.ts';
import { jobHandlers } from '#src/platform/job-handlers.ts';
import { startWorker, type Worker } from '#src/platform/jobs.ts';

/** Opens and migrates the database, seeds what is missing, listens, and shuts down gracefully. */
export async function serve(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const app: FastifyInstance = await buildApp({ config, db });
  const demoLogins = await prepareData(app.ctx);
  await app.listen({ port: config.port, host: config.host });
  let worker: Worker | null = null;
  if (config.inProcessWorker) worker = startWorker(app.ctx, jobHandlers);

  const lines = [`Byliv kører på ${config.baseUrl}`];
  if (demoLogins.length > 0) {
    lines.push('Demo-logins (adgangskode / password):');
    for (const login of demoLogins) lines.push(`  ${login.email}  ${login.password}  (${login.role})`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  const shutdown = async (signal: string): Promise<void> => {
    app.log.info({ signal }, 'shutting down');
    await worker?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
