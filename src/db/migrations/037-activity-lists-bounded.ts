// Frozen in time: a migration never imports application code.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Tables whose every write changes what a public activity feed shows. */
const VERSIONED = ['activities', 'activity_occurrence_changes', 'activity_stops'] as const;

/**
 * One number that every write to the activities (insert, update, delete, in any code path) moves
 * on, by trigger, in the writing transaction: the public feeds' version in one row read, where
 * counting and max() over the table grew with it. On PostgreSQL the row is updated once per
 * statement and its lock is held to commit, so a reader never sees a version ahead of the data.
 */
async function addPublicVersion(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('activity_public_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('activity_public_version').values({ id: 1, version: 0 }).execute();
  const bump = sql`update activity_public_version set version = version + 1 where id = 1`;
  if (isPostgres(db)) {
    await sql`create function activity_public_version_bump() returns trigger language plpgsql as $$
      begin ${bump}; return null; end $$`.execute(db);
    for (const table of VERSIONED) {
      await sql`create trigger ${sql.id(`${table}_public_version`)}
        after insert or update or delete on ${sql.table(table)}
        for each statement execute function activity_public_version_bump()`.execute(db);
    }
    return;
  }
  for (const table of VERSIONED) {
    for (const event of ['insert', 'update', 'delete'] as const) {
      await sql`create trigger ${sql.id(`${table}_public_version_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        begin ${bump}; end`.execute(db);
    }
  }
}

/**
 * Indexes that let the activity lists read only what a page shows (ADR: activity lists bounded).
 * Partial indexes (both databases have them) hold only listed rows, so counting and paging the
 * one-off activities of a window never visits series or hidden rows, and the series (few) are
 * found without a scan of the table; near me reads a box of latitude and longitude.
 */
export async function up(db: AnyDb): Promise<void> {
  // The filters' yes/no columns ride along, so a filtered count is read from the index alone.
  const filterColumns = ['kind', 'child_friendly', 'step_free', 'free_of_charge'];
  const singles: Array<[string, string[]]> = [
    ['activities_listed_singles', ['starts_at', 'id', ...filterColumns]],
    ['activities_listed_singles_neighbourhood', ['neighbourhood_id', 'starts_at', 'id', ...filterColumns]],
    ['activities_listed_singles_district', ['district_id', 'starts_at', 'id', ...filterColumns]],
  ];
  for (const [name, columns] of singles) {
    await db.schema
      .createIndex(name)
      .on('activities')
      .columns(columns)
      .where(sql.ref('rrule'), 'is', null)
      .where(sql.ref('hidden_at'), 'is', null)
      .execute();
  }
  await db.schema
    .createIndex('activities_listed_series')
    .on('activities')
    .columns(['starts_at', 'id'])
    .where(sql.ref('rrule'), 'is not', null)
    .where(sql.ref('hidden_at'), 'is', null)
    .execute();
  await db.schema.createIndex('activities_lat').on('activities').columns(['lat', 'lon']).execute();
  await addPublicVersion(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    for (const table of VERSIONED)
      await sql`drop trigger ${sql.id(`${table}_public_version`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function activity_public_version_bump()`.execute(db);
  } else {
    for (const table of VERSIONED) {
      for (const event of ['insert', 'update', 'delete'] as const) {
        await sql`drop trigger ${sql.id(`${table}_public_version_${event}`)}`.execute(db);
      }
    }
  }
  await db.schema.dropTable('activity_public_version').execute();
  for (const name of [
    'activities_lat',
    'activities_listed_series',
    'activities_listed_singles_district',
    'activities_listed_singles_neighbourhood',
    'activities_listed_singles',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
