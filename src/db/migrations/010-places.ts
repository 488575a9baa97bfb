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

async function createPlaces(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('places')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('school_room', 'municipal_room', 'library_room', 'housing_common_room', 'ground_floor', 'outdoor_area', 'temporary_premises', 'swap_shelf', 'green_pocket', 'public_toilet')`,
        ),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('district_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('neighbourhood_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('capacity', 'integer', (c) => c.check(sql`capacity is null or capacity > 0`))
    .addColumn('step_free', 'integer', flag)
    .addColumn('accessible_toilet', 'integer', flag)
    .addColumn('hearing_loop', 'integer', flag)
    .addColumn('house_rules', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('price_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('access_mode', 'text', (c) =>
      c.notNull().check(sql`access_mode in ('open', 'bookable', 'on_request', 'closed')`),
    )
    .addColumn('closed_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('key_handover', 'text', (c) =>
      c.notNull().defaultTo('none').check(sql`key_handover in ('none', 'pickup', 'key_box', 'door_code')`),
    )
    .addColumn('key_instructions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('code_visible_minutes_before', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('min_duration_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('max_duration_minutes', 'integer', (c) => c.notNull().defaultTo(480))
    .addColumn('max_advance_days', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('min_notice_hours', 'integer', (c) => c.notNull().defaultTo(24))
    .addColumn('buffer_minutes', 'integer', (c) => c.notNull().defaultTo(0).check(sql`buffer_minutes >= 0`))
    .addColumn('booker_scope', 'text', (c) =>
      c.notNull().defaultTo('anyone').check(sql`booker_scope in ('anyone', 'org_kinds', 'own_members')`),
    )
    .addColumn('approval_required', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('responsible_host_required', 'integer', flag)
    .addColumn('cancellation_deadline_hours', 'integer', (c) => c.notNull().defaultTo(24))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint(
      'places_durations',
      sql`min_duration_minutes > 0 and max_duration_minutes >= min_duration_minutes`,
    )
    .execute();
  await db.schema.createIndex('places_organisation').on('places').column('organisation_id').execute();
  await db.schema.createIndex('places_district').on('places').column('district_id').execute();

  await db.schema
    .createTable('place_facilities')
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('facility', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('place_facilities_pk', ['place_id', 'facility'])
    .execute();
  await db.schema
    .createTable('place_allowed_kinds')
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('place_allowed_kinds_pk', ['place_id', 'kind'])
    .execute();
  await db.schema
    .createTable('place_managers')
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('place_managers_pk', ['place_id', 'user_id'])
    .execute();
  await db.schema.createIndex('place_managers_user').on('place_managers').column('user_id').execute();
  await db.schema
    .createTable('place_windows')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('start_minute', 'integer', (c) => c.notNull())
    .addColumn('end_minute', 'integer', (c) => c.notNull())
    .addCheckConstraint(
      'place_windows_range',
      sql`start_minute >= 0 and start_minute < end_minute and end_minute <= 1440`,
    )
    .execute();
  await db.schema.createIndex('place_windows_place').on('place_windows').column('place_id').execute();
  await db.schema
    .createTable('place_closed_dates')
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('place_closed_dates_pk', ['place_id', 'date'])
    .execute();
  await db.schema
    .createTable('place_photos')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('data', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('place_photos_place').on('place_photos').column('place_id').execute();
}

async function createBookings(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('booking_series')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('booker_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('rrule', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('bookings')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('series_id', 'integer', (c) => c.references('booking_series.id').onDelete('set null'))
    .addColumn('booker_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('attendees', 'integer', (c) => c.notNull().check(sql`attendees > 0`))
    .addColumn('responsible_host_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responsible_host_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('block_end', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('requested', 'approved', 'rejected', 'cancelled', 'expired')`),
    )
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'bigint')
    .addColumn('cancelled_at', 'bigint')
    .addColumn('cancelled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('door_code', 'text', (c) => c.check(sql`door_code is null or length(door_code) = 6`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('bookings_interval', sql`starts_at < ends_at and ends_at <= block_end`)
    .addCheckConstraint(
      'bookings_rejection_has_reason',
      sql`status <> 'rejected' or (decision_reason is not null and length(decision_reason) > 0)`,
    )
    .execute();
  await db.schema
    .createIndex('bookings_place_time')
    .on('bookings')
    .columns(['place_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('bookings_booker').on('bookings').column('booker_id').execute();
  await db.schema.createIndex('bookings_status').on('bookings').columns(['status', 'starts_at']).execute();
  await db.schema
    .createTable('door_code_views')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('viewed_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('door_code_views_booking').on('door_code_views').column('booking_id').execute();
}

/**
 * The guarantee: two live bookings (requested or approved) of one place never overlap. Ranges are
 * half-open [starts_at, block_end), so back-to-back bookings are allowed.
 */
async function addOverlapGuarantee(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`create extension if not exists btree_gist`.execute(db);
    await sql`alter table bookings add constraint bookings_no_overlap
      exclude using gist (place_id with =, int8range(starts_at, block_end) with &&)
      where (status in ('requested', 'approved'))`.execute(db);
    return;
  }
  const clash = sql`
    new.status in ('requested', 'approved') and exists (
      select 1 from bookings other
       where other.place_id = new.place_id
         and other.id is not new.id
         and other.status in ('requested', 'approved')
         and other.starts_at < new.block_end
         and new.starts_at < other.block_end)`;
  await sql`create trigger bookings_no_overlap_insert before insert on bookings
    when ${clash}
    begin select raise(abort, 'bookings_no_overlap'); end`.execute(db);
  await sql`create trigger bookings_no_overlap_update
    before update of place_id, starts_at, block_end, status on bookings
    when ${clash}
    begin select raise(abort, 'bookings_no_overlap'); end`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await createPlaces(db);
  await createBookings(db);
  await addOverlapGuarantee(db);
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'door_code_views',
    'bookings',
    'booking_series',
    'place_photos',
    'place_closed_dates',
    'place_windows',
    'place_managers',
    'place_allowed_kinds',
    'place_facilities',
    'places',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
