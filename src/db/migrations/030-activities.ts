// Frozen in time: a migration never imports application code.
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function idColumn(db: AnyDb): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return isPostgres(db)
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

const flag = (col: ColumnDefinitionBuilder) => col.notNull().defaultTo(0);

async function createActivities(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('communal_dining', 'swap_corner', 'neighbour_coffee', 'tour_de_lejlighed', 'pop_up', 'workshop', 'outdoor', 'meeting', 'other')`,
        ),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('rrule', 'text')
    .addColumn('series_ends_at', 'bigint')
    .addColumn('location_kind', 'text', (c) =>
      c.notNull().check(sql`location_kind in ('place', 'point', 'route')`),
    )
    .addColumn('place_id', 'integer', (c) => c.references('places.id').onDelete('restrict'))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lat', 'double precision', (c) => c.check(sql`lat is null or lat between -90 and 90`))
    .addColumn('lon', 'double precision', (c) => c.check(sql`lon is null or lon between -180 and 180`))
    .addColumn('neighbourhood_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('district_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('organiser_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('capacity', 'integer', (c) => c.check(sql`capacity is null or capacity > 0`))
    .addColumn('child_friendly', 'integer', flag)
    .addColumn('step_free', 'integer', flag)
    .addColumn('free_of_charge', 'integer', flag)
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('da'))
    .addColumn('cancelled_at', 'bigint')
    .addColumn('cancel_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hidden_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('activities_interval', sql`starts_at < ends_at`)
    .addCheckConstraint('activities_place_location', sql`(location_kind = 'place') = (place_id is not null)`)
    .execute();
  await db.schema.createIndex('activities_starts').on('activities').columns(['starts_at']).execute();
  await db.schema
    .createIndex('activities_neighbourhood')
    .on('activities')
    .columns(['neighbourhood_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('activities_place').on('activities').column('place_id').execute();
  await db.schema.createIndex('activities_organisation').on('activities').column('organisation_id').execute();
  await db.schema.createIndex('activities_organiser').on('activities').column('organiser_id').execute();
}

async function createParts(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('activity_stops')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('minute_of_day', 'integer', (c) =>
      c.check(sql`minute_of_day is null or minute_of_day between 0 and 1440`),
    )
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addPrimaryKeyConstraint('activity_stops_pk', ['activity_id', 'position'])
    .execute();
  await db.schema
    .createTable('activity_cohosts')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_cohosts_pk', ['activity_id', 'user_id'])
    .execute();
  await db.schema.createIndex('activity_cohosts_user').on('activity_cohosts').column('user_id').execute();
  await db.schema
    .createTable('activity_bookings')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_bookings_pk', ['activity_id', 'booking_id'])
    .execute();
  await db.schema
    .createTable('activity_occurrence_changes')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'bigint', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_occurrence_changes_pk', ['activity_id', 'occurrence_start'])
    .addCheckConstraint('activity_occurrence_changes_interval', sql`starts_at < ends_at`)
    .execute();
}

async function createParticipants(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('activity_participants')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('da').check(sql`locale in ('da', 'en')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('unconfirmed', 'joined', 'waiting', 'cancelled')`),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('queued_at', 'bigint', (c) => c.notNull())
    .addColumn('cancelled_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('activity_participants_occurrence')
    .on('activity_participants')
    .columns(['activity_id', 'occurrence_start', 'status'])
    .execute();
  await db.schema
    .createIndex('activity_participants_user')
    .on('activity_participants')
    .column('user_id')
    .execute();
  // One live sign-up per e-mail and occurrence; a cancelled one may be followed by a new one.
  await db.schema
    .createIndex('activity_participants_one_live')
    .on('activity_participants')
    .columns(['activity_id', 'occurrence_start', 'email'])
    .unique()
    .where(sql.ref('status'), '<>', 'cancelled')
    .execute();

  await db.schema
    .createTable('activity_calendar_feeds')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function up(db: AnyDb): Promise<void> {
  await createActivities(db);
  await createParts(db);
  await createParticipants(db);
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'activity_calendar_feeds',
    'activity_participants',
    'activity_occurrence_changes',
    'activity_bookings',
    'activity_cohosts',
    'activity_stops',
    'activities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
