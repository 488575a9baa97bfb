import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, type Dialect, migrateToLatest, openDatabase } from '#src/db/database.ts';

/** The database this test run targets, set per Vitest project. */
export function testDialect(): Dialect {
  return process.env.BYLIV_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

function postgresAdminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database per test file, so files can run in parallel. */
async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `byliv_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

export interface TestDatabase {
  db: Db;
  /** Connection settings another app instance can use to share this database. */
  config: { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string };
  close(): Promise<void>;
}

/** A migrated, empty database of the dialect under test. */
export async function createTestDatabase(sqliteFile = ':memory:'): Promise<TestDatabase> {
  if (testDialect() === 'postgres') {
    const created = await createPostgresDatabase();
    const config = { dialect: 'postgres' as const, connectionString: created.url };
    const db = openDatabase(config);
    await migrateToLatest(db);
    return {
      db,
      config,
      async close() {
        await db.close();
        await created.drop();
      },
    };
  }
  const config = { dialect: 'sqlite' as const, filename: sqliteFile };
  const db = openDatabase(config);
  await migrateToLatest(db);
  return { db, config, close: () => db.close() };
}
