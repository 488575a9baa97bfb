// Frozen in time: a migration never imports application code.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

/**
 * Indexes that let the activity lists read only what a page shows (ADR: activity lists bounded).
 * Partial indexes (both databases have them) hold only listed rows, so counting and paging the
 * one-off activities of a window never visits series or hidden rows, and the series (few) are
 * found without a scan of the table. `updated_at` answers the feeds' version with one index probe.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('activities_listed_singles')
    .on('activities')
    .columns(['starts_at', 'id'])
    .where(sql.ref('rrule'), 'is', null)
    .where(sql.ref('hidden_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('activities_listed_series')
    .on('activities')
    .columns(['starts_at', 'id'])
    .where(sql.ref('rrule'), 'is not', null)
    .where(sql.ref('hidden_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('activities_district')
    .on('activities')
    .columns(['district_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('activities_updated').on('activities').column('updated_at').execute();
  await db.schema.createIndex('activities_lat').on('activities').columns(['lat', 'lon']).execute();
  await db.schema
    .createIndex('activity_occurrence_changes_changed')
    .on('activity_occurrence_changes')
    .column('changed_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const name of [
    'activity_occurrence_changes_changed',
    'activities_lat',
    'activities_updated',
    'activities_district',
    'activities_listed_series',
    'activities_listed_singles',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
