import { ConfigError, loadConfig } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { serve } from '#src/server.ts';

const USAGE = `Usage: byliv [serve | migrate | seed | backup FILE | restore FILE | worker]`;

async function migrate(): Promise<void> {
  const db = openDatabase(loadConfig().database);
  try {
    const applied = await migrateToLatest(db);
    process.stdout.write(
      applied.length === 0 ? 'Database is up to date.\n' : `Applied: ${applied.join(', ')}\n`,
    );
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve'] = argv;
  switch (command) {
    case 'serve':
      return serve(loadConfig());
    case 'migrate':
      return migrate();
    default:
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
