import { CliError, USAGE_EXIT_CODE } from '#src/cli/cli-error.ts';
import type { Config } from '#src/config.ts';
import { BackupError, type BackupSummary, backupSqlite, restoreSqlite } from '#src/db/backup.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { prepareData } from '#src/db/seed/prepare.ts';
import { systemClock } from '#src/platform/time.ts';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

export async function migrateCommand(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(db);
    say(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.join(', ')}`);
  } finally {
    await db.close();
  }
}

/** Migrates, loads the districts and (on an empty database, with SEED_DEMO on) the demo data. */
export async function seedCommand(config: Config): Promise<void> {
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    const logins = await prepareData({ db, config, clock: systemClock });
    say('Districts and neighbourhoods are loaded.');
    if (!config.seedDemo) {
      say('Demo data is off: set SEED_DEMO=true to add it (on by default only without DATABASE_URL).');
      return;
    }
    if (logins.length === 0) {
      say('No demo data was added: it is only added to a database with no people in it.');
      return;
    }
    say('Demo logins (e-mail, password, role):');
    for (const login of logins) say(`  ${login.email}  ${login.password}  (${login.role})`);
  } finally {
    await db.close();
  }
}

function sqliteFile(config: Config, command: 'backup' | 'restore'): string {
  if (config.database.dialect === 'postgres') {
    const tool = command === 'backup' ? 'pg_dump --format=custom' : 'pg_restore --clean';
    throw new CliError(
      `${command} works on the SQLite database only. This set-up uses PostgreSQL: use ${tool} instead.`,
      USAGE_EXIT_CODE,
    );
  }
  if (config.database.filename === ':memory:') {
    throw new CliError(`${command} needs a database file, not :memory:.`, USAGE_EXIT_CODE);
  }
  return config.database.filename;
}

function summarise(summary: BackupSummary): string {
  const latest = summary.migrations.at(-1) ?? 'none';
  return `${summary.users} user(s), latest migration ${latest}`;
}

function backupFailure(error: unknown): never {
  if (error instanceof BackupError) throw new CliError(error.message);
  throw error;
}

/** An online backup: the server may keep running. */
export async function backupCommand(config: Config, file: string): Promise<void> {
  const database = sqliteFile(config, 'backup');
  const summary = await backupSqlite(database, file).catch(backupFailure);
  say(`Backed up ${database} to ${file} (${summarise(summary)}).`);
}

/** Replaces the database with a checked backup; the server must be stopped first. */
export async function restoreCommand(config: Config, file: string): Promise<void> {
  const database = sqliteFile(config, 'restore');
  say('Make sure the Byliv server and any worker are stopped: they keep the old database open.');
  const summary = await restoreSqlite(file, database).catch(backupFailure);
  say(`Restored ${file} into ${database} (${summarise(summary)}).`);
  say('Start the server again; it applies any newer migrations on start.');
}
