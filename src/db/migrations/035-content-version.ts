// Frozen in time: a migration never imports application code.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

/**
 * Tables whose rows can change what a visitor who is not logged in sees (a page, a feed, the open
 * API). Any write to them bumps the content version, so every cached public page is rebuilt.
 * When in doubt a table is here: a needless bump costs one re-render, a missing one a stale page.
 *
 * - users: names of organisers, applicants and authors are shown (and "deleted user" after erasure).
 * - organisations, memberships: organisation pages and lists, who acts for whom.
 * - areas: districts and neighbourhoods, their pages, polygons and the GeoJSON.
 * - places and place_*: place pages, lists, maps, facilities, rules, photos, opening hours, closures;
 *   place_managers because a place shows who manages it.
 * - booking_series, bookings: the public week calendar, free times, room search, place feeds.
 * - grant_*: pools, categories, reviewers, applications and their lines, photos, votes, comments,
 *   events, ledger (the pool figures) and sponsorships are read by the public pool pages, the
 *   granted list, the figures and the GeoJSON.
 * - activities and activity_* (not the feed tokens, below): lists, pages, maps, feeds, seats left.
 * - give_items, give_contacts: the give-board and whether an offer is taken.
 * - moderation_decisions: hiding and restoring content.
 *
 * Left out, because no page shown to an anonymous visitor reads them:
 * - sessions, user_tokens, api_tokens, invitations: log-ins, e-mail links, API keys, pending invites.
 * - booking_calendar_feeds, activity_calendar_feeds: tokens of personal calendar feeds.
 * - jobs, rate_limits: the job queue and counters.
 * - door_code_views: who looked at a door code (an audit trail).
 * - moderation_reports: what reporters wrote, seen by administrators only.
 * - kysely_migration, kysely_migration_lock, content_version: bookkeeping.
 */
export const BUMPING_TABLES = [
  'users',
  'organisations',
  'memberships',
  'areas',
  'places',
  'place_facilities',
  'place_allowed_kinds',
  'place_managers',
  'place_windows',
  'place_closed_dates',
  'place_photos',
  'booking_series',
  'bookings',
  'grant_pools',
  'grant_pool_categories',
  'grant_pool_reviewers',
  'grant_applications',
  'grant_budget_lines',
  'grant_photos',
  'grant_votes',
  'grant_comments',
  'grant_events',
  'grant_ledger',
  'grant_sponsorships',
  'activities',
  'activity_stops',
  'activity_cohosts',
  'activity_bookings',
  'activity_occurrence_changes',
  'activity_participants',
  'give_items',
  'give_contacts',
  'moderation_decisions',
] as const;

const BUMP_FUNCTION = 'byliv_bump_content_version';

function triggerName(table: string, event = ''): string {
  return `content_bump_${table}${event === '' ? '' : `_${event}`}`;
}

/**
 * SQLite: a write transaction holds the whole database, so an AFTER row trigger per change is
 * enough; the bump commits (or rolls back) with the write.
 */
async function upSqlite(db: AnyDb): Promise<void> {
  for (const table of BUMPING_TABLES) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql
        .raw(
          `create trigger ${triggerName(table, event)} after ${event} on ${table} begin ` +
            'update content_version set version = version + 1 where id = 1; end',
        )
        .execute(db);
    }
  }
}

/**
 * PostgreSQL: a deferred constraint trigger fires at commit, so the update of the one version row
 * is the last lock a transaction takes (no lock waits or deadlocks mid-transaction), and the
 * transaction-local setting makes it bump once per transaction however many rows it wrote. The
 * bump commits with the data: a reader that sees the new version also sees the new rows.
 */
async function upPostgres(db: AnyDb): Promise<void> {
  await sql
    .raw(
      `create function ${BUMP_FUNCTION}() returns trigger language plpgsql as $$
begin
  if current_setting('byliv.content_bumped', true) is distinct from txid_current()::text then
    perform set_config('byliv.content_bumped', txid_current()::text, true);
    update content_version set version = version + 1 where id = 1;
  end if;
  return null;
end
$$`,
    )
    .execute(db);
  for (const table of BUMPING_TABLES) {
    await sql
      .raw(
        `create constraint trigger ${triggerName(table)} after insert or update or delete on ${table} ` +
          `deferrable initially deferred for each row execute function ${BUMP_FUNCTION}()`,
      )
      .execute(db);
  }
}

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('content_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('content_version').values({ id: 1, version: 1 }).execute();
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

export async function down(db: AnyDb): Promise<void> {
  const postgres = isPostgres(db);
  for (const table of BUMPING_TABLES) {
    if (postgres) await sql.raw(`drop trigger if exists ${triggerName(table)} on ${table}`).execute(db);
    else
      for (const event of ['insert', 'update', 'delete'])
        await sql.raw(`drop trigger if exists ${triggerName(table, event)}`).execute(db);
  }
  if (postgres) await sql.raw(`drop function if exists ${BUMP_FUNCTION}()`).execute(db);
  await db.schema.dropTable('content_version').execute();
}
