import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, backupSqlite, inspectBylivDatabase, restoreSqlite } from '#src/db/backup.ts';
import { type Db, migrateToLatest, openDatabase } from '#src/db/database.ts';
import { testDialect } from '#src/testing/test-db.ts';

// A second thread writes to the database through its own connection, as a running server would.
// Every transaction books +1 and -1, so any consistent snapshot sums to zero with an even count.
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const insert = db.prepare('insert into ledger (amount, note) values (?, ?)');
const book = db.transaction((note) => { insert.run(1, note); insert.run(-1, note); });
const stop = new Int32Array(workerData.stop);
let written = 0;
while (Atomics.load(stop, 0) === 0) {
  book('x'.repeat(200));
  written += 1;
  if (written === 500) parentPort.postMessage('busy');
}
db.close();
parentPort.postMessage(written);
`;

function startWriter(file: string): { busy: Promise<void>; stop(): Promise<number> } {
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(WRITER, { eval: true, workerData: { file, stop } });
  let markBusy: () => void = () => {};
  const busy = new Promise<void>((resolve) => {
    markBusy = resolve;
  });
  const done = new Promise<number>((resolve, reject) => {
    worker.on('message', (message) => (message === 'busy' ? markBusy() : resolve(Number(message))));
    worker.on('error', reject);
  });
  return {
    busy,
    async stop() {
      Atomics.store(new Int32Array(stop), 0, 1);
      const written = await done;
      await worker.terminate();
      return written;
    },
  };
}

function ledger(file: string): { rows: number; sum: number } {
  const database = new SqliteDatabase(file, { readonly: true });
  try {
    const row = database
      .prepare('select count(*) as rows, coalesce(sum(amount), 0) as sum from ledger')
      .get();
    const { rows, sum } = row as { rows: number; sum: number };
    return { rows, sum };
  } finally {
    database.close();
  }
}

describe.skipIf(testDialect() === 'postgres')('SQLite backup and restore', () => {
  let folder: string;
  let liveFile: string;
  let db: Db;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'byliv-backup-'));
    liveFile = join(folder, 'byliv.sqlite');
    db = openDatabase({ dialect: 'sqlite', filename: liveFile });
    await migrateToLatest(db);
    await sql`create table ledger (id integer primary key, amount integer not null, note text not null)`.execute(
      db.kysely,
    );
  });

  afterEach(async () => {
    await db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('takes a consistent backup while another connection keeps writing', async () => {
    const writer = startWriter(liveFile);
    await writer.busy;
    const backupFile = join(folder, 'backup.sqlite');
    const summary = await backupSqlite(liveFile, backupFile);
    const written = await writer.stop();

    expect(summary.migrations.length).toBeGreaterThan(0);
    const copied = ledger(backupFile);
    expect(copied.sum).toBe(0);
    expect(copied.rows % 2).toBe(0);
    expect(copied.rows).toBeGreaterThanOrEqual(1000);
    expect(copied.rows).toBeLessThanOrEqual(written * 2);
    const copy = new SqliteDatabase(backupFile, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('restores a backup over a database that changed since', async () => {
    await sql`insert into ledger (amount, note) values (5, 'before the backup')`.execute(db.kysely);
    const backupFile = join(folder, 'backup.sqlite');
    await backupSqlite(liveFile, backupFile);
    await sql`delete from ledger`.execute(db.kysely);
    await sql`insert into ledger (amount, note) values (7, 'after the backup')`.execute(db.kysely);
    await db.close();

    await restoreSqlite(backupFile, liveFile);

    db = openDatabase({ dialect: 'sqlite', filename: liveFile });
    const rows = await sql<{ amount: number; note: string }>`select amount, note from ledger`.execute(
      db.kysely,
    );
    expect(rows.rows).toEqual([{ amount: 5, note: 'before the backup' }]);
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('refuses to restore a file that is not a SQLite database, and leaves the database alone', async () => {
    await sql`insert into ledger (amount, note) values (3, 'kept')`.execute(db.kysely);
    await db.close();
    const notADatabase = join(folder, 'notes.txt');
    writeFileSync(notADatabase, 'these are not the pages you are looking for\n'.repeat(10));

    await expect(restoreSqlite(notADatabase, liveFile)).rejects.toThrow(
      new BackupError(`${notADatabase} is not a SQLite database.`),
    );
    expect(ledger(liveFile)).toEqual({ rows: 1, sum: 3 });
    db = openDatabase({ dialect: 'sqlite', filename: liveFile });
  });

  it('refuses to restore a SQLite database that is not a Byliv one', async () => {
    const otherFile = join(folder, 'other.sqlite');
    const other = new SqliteDatabase(otherFile);
    other.exec('create table things (id integer primary key)');
    other.close();

    await expect(restoreSqlite(otherFile, liveFile)).rejects.toThrow(/not a Byliv one/);
    expect(() => inspectBylivDatabase(liveFile)).not.toThrow();
  });

  it('refuses to write the backup over the database itself', async () => {
    await expect(backupSqlite(liveFile, liveFile)).rejects.toThrow(BackupError);
  });
});
