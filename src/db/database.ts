import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase as SqliteDialectDatabase } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { DatabaseConfig } from '#src/config.ts';
import { migrations } from '#src/db/migrations/index.ts';
import type { Database } from '#src/db/schema.ts';
import { FOLD_FUNCTION, foldText } from '#src/db/text-search.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

// int8 (bigint) columns hold epoch milliseconds, well inside Number's safe range.
pg.types.setTypeParser(20, Number);

/** Prepared statements kept per connection; queries with long `in (…)` lists make many texts. */
const STATEMENTS_KEPT = 500;

/**
 * Kysely prepares every query anew, and SQLite's parsing and planning was about a tenth of a
 * page's CPU. The same SQL text (parameters apart) reuses its statement, the most recently used
 * kept; a statement still being iterated is never handed out twice. SQLite re-prepares a kept
 * statement by itself when a migration changes the schema.
 */
function reusingStatements(database: SqliteDatabase.Database): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (text: string) => {
      const kept = statements.get(text);
      if (kept !== undefined && !kept.busy) {
        statements.delete(text);
        statements.set(text, kept);
        return kept;
      }
      const statement = database.prepare(text);
      statements.set(text, statement);
      if (statements.size > STATEMENTS_KEPT) {
        const oldest = statements.keys().next();
        if (oldest.done !== true) statements.delete(oldest.value);
      }
      return statement;
    },
  };
}

function openSqlite(filename: string): Db {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // SQLite's own lower() and LIKE fold ASCII only; text search needs "Ø" to match "ø" (text-search.ts).
  database.function(FOLD_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value,
  );
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: reusingStatements(database) }),
  });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

function openPostgres(connectionString: string): Db {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection closed by the server (restart, failover) is dropped from the pool and the
  // next query opens a fresh one; without a listener the 'error' event would end the process.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL pool: ${error.message}`));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

export function openDatabase(config: DatabaseConfig): Db {
  return config.dialect === 'sqlite' ? openSqlite(config.filename) : openPostgres(config.connectionString);
}

/** Applies every pending migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

/** True when the database answers a trivial query. */
export async function isReachable(db: Db): Promise<boolean> {
  try {
    await db.kysely
      .selectFrom('areas')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return true;
  } catch {
    return false;
  }
}
