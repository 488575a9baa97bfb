// Frozen in time: a migration never imports application code.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

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
}

export async function down(db: AnyDb): Promise<void> {
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
