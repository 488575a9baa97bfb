import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

/** A backup or restore that was refused; the message is meant for the person at the terminal. */
export class BackupError extends Error {}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const MIGRATION_TABLE = 'kysely_migration';
// Copy every page in one step: a step that notices another connection's write starts the copy
// over, so small steps could chase a busy database for ever. One step reads one snapshot.
const ALL_PAGES = 0x7fffffff;

function hasSqliteHeader(file: string): boolean {
  if (!statSync(file).isFile()) return false;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

function temporaryNextTo(file: string, purpose: string): string {
  return `${file}.${purpose}-${randomBytes(4).toString('hex')}`;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

/** A copy in rollback-journal mode is one file, with no -wal or -shm beside it; the server turns WAL back on. */
function makeSelfContained(file: string): void {
  const database = new SqliteDatabase(file, { fileMustExist: true });
  try {
    database.pragma('journal_mode = DELETE');
  } finally {
    database.close();
  }
}

/** Copies the database into a new file beside the target, then renames it into place. */
async function copyInto(source: SqliteDatabase.Database, target: string, purpose: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = temporaryNextTo(target, purpose);
  try {
    await source.backup(temporary, { progress: () => ALL_PAGES });
    makeSelfContained(temporary);
    removeWithSidecars(target);
    renameSync(temporary, target);
  } finally {
    removeWithSidecars(temporary);
  }
}

export interface BackupSummary {
  /** Names of the migrations the file has applied, oldest first. */
  migrations: string[];
  users: number;
}

/** Opens a file read-only and checks that it is a whole, readable Byliv database. */
export function inspectBylivDatabase(file: string): BackupSummary {
  if (!existsSync(file)) throw new BackupError(`There is no file at ${file}.`);
  if (!hasSqliteHeader(file)) throw new BackupError(`${file} is not a SQLite database.`);
  const database = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const table = database
      .prepare('select name from sqlite_master where type = ? and name = ?')
      .get('table', MIGRATION_TABLE);
    if (table === undefined) {
      throw new BackupError(
        `${file} is a SQLite database, but not a Byliv one (no ${MIGRATION_TABLE} table).`,
      );
    }
    const check = database.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${String(check)}`);
    const migrations = database
      .prepare(`select name from ${MIGRATION_TABLE} order by name`)
      .pluck()
      .all()
      .map(String);
    const users = Number(database.prepare('select count(*) from users').pluck().get());
    return { migrations, users };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read as a Byliv database: ${(error as Error).message}`);
  } finally {
    database.close();
  }
}

/**
 * A consistent copy of a live SQLite database, taken with SQLite's online backup API while the
 * server may keep reading and writing. The copy appears under `targetFile` only once complete.
 */
export async function backupSqlite(databaseFile: string, targetFile: string): Promise<BackupSummary> {
  if (resolve(databaseFile) === resolve(targetFile)) {
    throw new BackupError('The backup file must not be the database file itself.');
  }
  if (!existsSync(databaseFile)) throw new BackupError(`There is no database at ${databaseFile}.`);
  if (!existsSync(dirname(resolve(targetFile)))) {
    throw new BackupError(`The folder ${dirname(resolve(targetFile))} does not exist.`);
  }
  const source = new SqliteDatabase(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await copyInto(source, resolve(targetFile), 'backup');
  } finally {
    source.close();
  }
  return inspectBylivDatabase(targetFile);
}

/**
 * Replaces the database file with a checked backup. The server must be stopped: it would keep
 * the old file open. The copy is written beside the database and renamed over it, and the old
 * write-ahead log is removed with it, so no stale page from the old database survives.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<BackupSummary> {
  if (resolve(databaseFile) === resolve(backupFile)) {
    throw new BackupError('The backup file is the database file itself.');
  }
  inspectBylivDatabase(backupFile);
  const source = new SqliteDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    await copyInto(source, resolve(databaseFile), 'restore');
  } finally {
    source.close();
  }
  return inspectBylivDatabase(databaseFile);
}
