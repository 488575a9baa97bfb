// Frozen in time: a migration never imports application code.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Live bookings of one place never overlap, so sorted by start they are sorted by block end too:
 * the bookings touching [from, to) are those starting in [from, to) plus at most ONE before
 * `from` (the latest). This index answers both with two short range reads, however many bookings
 * the place has had; it holds only live bookings, and block_end rides along so the reads need
 * no table lookup. The status list is written as literals so both databases can prove a query's
 * `status in ('requested', 'approved')` implies the index's condition.
 */
async function createLiveIndex(db: AnyDb): Promise<void> {
  await sql`create index bookings_live_place_start on bookings (place_id, starts_at, block_end)
    where status in ('requested', 'approved')`.execute(db);
}

/**
 * SQLite's overlap triggers (010) looked at every earlier booking of the place. The same
 * guarantee, read the short way: a live booking starting within the new block, or the latest
 * one starting before it reaching into it.
 */
async function boundTriggers(db: AnyDb): Promise<void> {
  const clash = sql`
    new.status in ('requested', 'approved') and (
      exists (
        select 1 from bookings other
         where other.place_id = new.place_id
           and other.status in ('requested', 'approved')
           and other.id is not new.id
           and other.starts_at >= new.starts_at
           and other.starts_at < new.block_end)
      or coalesce((
        select other.block_end from bookings other
         where other.place_id = new.place_id
           and other.status in ('requested', 'approved')
           and other.id is not new.id
           and other.starts_at < new.starts_at
         order by other.starts_at desc
         limit 1), new.starts_at) > new.starts_at)`;
  await sql`drop trigger bookings_no_overlap_insert`.execute(db);
  await sql`drop trigger bookings_no_overlap_update`.execute(db);
  await sql`create trigger bookings_no_overlap_insert before insert on bookings
    when ${clash}
    begin select raise(abort, 'bookings_no_overlap'); end`.execute(db);
  await sql`create trigger bookings_no_overlap_update
    before update of place_id, starts_at, block_end, status on bookings
    when ${clash}
    begin select raise(abort, 'bookings_no_overlap'); end`.execute(db);
}

/**
 * The room search reads places in the order it shows them and stops when a page is full: by name
 * along `places_name`, or nearest first through `places_lat_band_lon`, 0.01° bands of latitude
 * (about 1.1 km), each ordered by longitude, so a box around a point is a few short ranges.
 */
async function createPlaceOrderIndexes(db: AnyDb): Promise<void> {
  await sql`create index places_name on places (name, id)`.execute(db);
  await sql`create index places_lat_band_lon on places ((cast(lat * 100 as integer)), lon)`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await createLiveIndex(db);
  await createPlaceOrderIndexes(db);
  if (!isPostgres(db)) await boundTriggers(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index places_lat_band_lon`.execute(db);
  await sql`drop index places_name`.execute(db);
  await sql`drop index bookings_live_place_start`.execute(db);
}
