import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#src/db/database.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';
import { testDialect } from '#src/testing/test-db.ts';

/**
 * Every table of the schema, sorted into one of two lists. A new table fails this test until it
 * is put in one: in the first, with a trigger that bumps the content version (see migration 035);
 * in the second, with the reason no page shown to an anonymous visitor reads it.
 */
const BUMPS_THE_VERSION = [
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
];

const EXCLUDED: Record<string, string> = {
  sessions: 'log-ins: a logged-in visitor never gets a kept page',
  user_tokens: 'e-mail verification and reset links',
  api_tokens: 'personal API keys; a call with a token skips the cache',
  invitations: 'pending invitations are shown to the invited and the organisation only',
  booking_calendar_feeds: 'tokens of personal booking feeds, which are never kept',
  activity_calendar_feeds: 'tokens of personal activity feeds, which are never kept',
  jobs: 'the job queue',
  rate_limits: 'counters of attempts',
  door_code_views: 'an audit trail of who saw a door code',
  moderation_reports: 'what reporters wrote, seen by administrators only',
  kysely_migration: 'migration bookkeeping',
  kysely_migration_lock: 'migration bookkeeping',
  content_version: 'the version itself',
};

async function tableNames(db: Db): Promise<string[]> {
  const query =
    db.dialect === 'postgres'
      ? sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`
      : sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`;
  const { rows } = await query.execute(db.kysely);
  return rows.map((row) => row.name).sort();
}

/** Tables with a content-bump trigger on each kind of write (PostgreSQL: one trigger for all three). */
async function tablesWithBumpTriggers(db: Db): Promise<string[]> {
  if (db.dialect === 'postgres') {
    const { rows } = await sql<{ name: string }>`
      select c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname like 'content_bump_%' and t.tgdeferrable and t.tginitdeferred
        and (t.tgtype & 28) = 28`.execute(db.kysely);
    return rows.map((row) => row.name).sort();
  }
  const { rows } = await sql<{ name: string; events: number }>`
    select tbl_name as name, count(*) as events from sqlite_master
    where type = 'trigger' and name like 'content_bump_%' group by tbl_name`.execute(db.kysely);
  return rows
    .filter((row) => Number(row.events) === 3)
    .map((row) => row.name)
    .sort();
}

async function version(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('content_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

describe('the content version kept by the database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sorts every table into "bumps the version" or "left out, because …"', async () => {
    const unsorted = (await tableNames(t.ctx.db)).filter(
      (name) => !BUMPS_THE_VERSION.includes(name) && EXCLUDED[name] === undefined,
    );
    expect(unsorted).toEqual([]);
  });

  it('has a trigger for inserts, updates and deletes on every table that bumps it, and none elsewhere', async () => {
    expect(await tablesWithBumpTriggers(t.ctx.db)).toEqual([...BUMPS_THE_VERSION].sort());
  });

  it('goes up with a write to a table pages read, and not with a log-in', async () => {
    const before = await version(t.ctx.db);
    const person = await createPerson(t.ctx);
    const afterPerson = await version(t.ctx.db);
    expect(afterPerson).toBeGreaterThan(before);
    await t.ctx.db.kysely.deleteFrom('sessions').where('user_id', '=', person.id).execute();
    expect(await version(t.ctx.db)).toBe(afterPerson);
    await t.ctx.db.kysely
      .updateTable('users')
      .set({ name: 'Nyt navn' })
      .where('id', '=', person.id)
      .execute();
    expect(await version(t.ctx.db)).toBeGreaterThan(afterPerson);
  });

  it('does not move when the write is rolled back', async () => {
    const before = await version(t.ctx.db);
    await expect(
      t.ctx.db.kysely.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ locale: 'en' }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await version(t.ctx.db)).toBe(before);
  });

  it.skipIf(testDialect() !== 'postgres')(
    'goes up once per transaction on PostgreSQL, at commit',
    async () => {
      await createPerson(t.ctx);
      const before = await version(t.ctx.db);
      await t.ctx.db.kysely.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ locale: 'en' }).execute();
        await trx.updateTable('users').set({ locale: 'da' }).execute();
        // Deferred to commit: inside the transaction the version has not moved yet.
        const inside = await trx.selectFrom('content_version').select('version').executeTakeFirstOrThrow();
        expect(Number(inside.version)).toBe(before);
      });
      expect(await version(t.ctx.db)).toBe(before + 1);
    },
  );
});
