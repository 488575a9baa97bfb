import { CompiledQuery, DefaultQueryExecutor, type QueryExecutor, type QueryResult } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import type { BookingStatus } from '#src/modules/places/tables.ts';
import { addDays, instantAt } from '#src/platform/local-time.ts';
import { HOUR } from '#src/platform/time.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

type ExecuteQuery = QueryExecutor['executeQuery'];
const executorBase = Object.getPrototypeOf(DefaultQueryExecutor.prototype) as { executeQuery: ExecuteQuery };

interface Statement {
  query: CompiledQuery;
  rows: number;
}

/** Every statement a block sends, with how many rows came back (as `countQueries`, plus rows). */
async function recordStatements(block: () => Promise<unknown>): Promise<Statement[]> {
  const original = executorBase.executeQuery;
  const statements: Statement[] = [];
  const recording = async function (this: QueryExecutor, query: CompiledQuery, options?: unknown) {
    const result = (await original.call(this, query, options as never)) as QueryResult<unknown>;
    statements.push({ query, rows: result.rows.length });
    return result;
  } as ExecuteQuery;
  executorBase.executeQuery = recording;
  try {
    await block();
    return statements;
  } finally {
    executorBase.executeQuery = original;
  }
}

/**
 * The room search (HTML and API), the place page with its week calendar and the booking page do
 * the same work however much else there is: bookings before and after the week or the
 * searched evening, and places that fail the search's filters. Same statements, same rows back,
 * and (SQLite) every read of bookings an index range of the live-bookings index, never a scan.
 */
describe('the work of the booking pages does not grow with data outside them', () => {
  let t: TestApp;
  let person: TestPerson;
  let owner: number;
  let slug: string;
  const matching: number[] = [];

  const week = '2026-12-07';
  const searchDay = '2026-12-10';
  const searchUrl = `/find-lokale?antal=10&dato=${searchDay}&fra=18%3A00&til=20%3A00&facilitet=kitchen`;
  const apiSearchUrl = `/api/v1/bookings/search?attendees=10&startsAt=${encodeURIComponent(
    new Date(instantAt(searchDay, 18 * 60)).toISOString(),
  )}&endsAt=${encodeURIComponent(new Date(instantAt(searchDay, 20 * 60)).toISOString())}&facility=kitchen&lat=55.65&lon=12.54`;

  function bookingRow(placeId: number, startsAt: number, status: BookingStatus) {
    return {
      place_id: placeId,
      series_id: null,
      booker_id: person.id,
      organisation_id: null,
      title: 'Møde',
      attendees: 4,
      responsible_host_name: '',
      responsible_host_phone: '',
      starts_at: startsAt,
      ends_at: startsAt + 2 * HOUR,
      block_end: startsAt + 2 * HOUR,
      status,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      cancelled_at: null,
      cancelled_by: null,
      door_code: null,
      created_at: t.clock.now(),
    };
  }

  /** Bookings every day at 10:00 and 14:00 at the matching places, on days outside the page. */
  async function addBookingsOutside(days: number[]): Promise<void> {
    const rows = matching.flatMap((placeId, index) =>
      days.flatMap((day) => [
        bookingRow(placeId, instantAt(addDays(week, day), 10 * 60), 'approved'),
        bookingRow(
          placeId,
          instantAt(addDays(week, day), 14 * 60),
          index % 2 === 0 ? 'cancelled' : 'requested',
        ),
      ]),
    );
    for (let start = 0; start < rows.length; start += 200) {
      await t.ctx.db.kysely
        .insertInto('bookings')
        .values(rows.slice(start, start + 200))
        .execute();
    }
  }

  /** Places the search's filters drop: too small, not bookable, or without a kitchen. */
  async function addPlacesThatDoNotMatch(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      const options = [{ capacity: 4 }, { accessMode: 'open' as const }, { facilities: ['wifi'] }][index % 3];
      await createPlace(t.ctx, { organisationId: owner, facilities: ['kitchen'], ...options });
    }
  }

  async function statementsOf(url: string, withSession = false): Promise<Statement[]> {
    let status = 0;
    const statements = await recordStatements(async () => {
      const response = await t.app.inject({
        url,
        cookies: withSession ? { byliv_session: person.sessionToken } : {},
      });
      status = response.statusCode;
    });
    expect(status, url).toBe(200);
    return statements;
  }

  async function measure() {
    const pages = {
      search: await statementsOf(searchUrl),
      apiSearch: await statementsOf(apiSearchUrl),
      placePage: await statementsOf(`/steder/${slug}?uge=${week}`),
      bookPage: await statementsOf(`/steder/${slug}/book?uge=${week}`, true),
    };
    return pages;
  }

  /** Per page: each statement's first words and its rows back (sorted: some run side by side). */
  function shape(pages: Record<string, Statement[]>) {
    return Object.fromEntries(
      Object.entries(pages).map(([name, statements]) => [
        name,
        statements.map((statement) => `${statement.query.sql.slice(0, 60)} → ${statement.rows}`).sort(),
      ]),
    );
  }

  beforeAll(async () => {
    // Counts the work of building the pages, so the public page cache is off (public-cache.ts).
    t = await createTestApp({ env: { PUBLIC_CACHE_MB: '0' } }); // 30 November 2026
    person = await createPerson(t.ctx, { name: 'Tæller' });
    owner = await createOrganisation(t.ctx, { kind: 'municipality' });
    for (let index = 0; index < 6; index += 1) {
      const place = await createPlace(t.ctx, { organisationId: owner, facilities: ['kitchen'] });
      matching.push(place.id);
      if (index === 0) slug = place.slug;
    }
    // What the pages show: the evening searched is taken at two places, and the week has bookings.
    const inWeek = matching.flatMap((placeId, index) => [
      bookingRow(placeId, instantAt(searchDay, (index < 2 ? 18 : 15) * 60), 'approved'),
      bookingRow(placeId, instantAt(addDays(week, 1), 9 * 60), 'approved'),
    ]);
    await t.ctx.db.kysely.insertInto('bookings').values(inWeek).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the same statements and reads back the same rows at 10 times the data outside the pages', async () => {
    await addBookingsOutside([-6, -5, 8, 9]);
    await addPlacesThatDoNotMatch(3);
    await measure(); // warms what loads once per process (the areas)
    const before = shape(await measure());
    await addBookingsOutside([-60, -40, -30, -20, -12, -10, -8, 10, 12, 14, 20, 30, 40, 60, 80, 120]);
    await addPlacesThatDoNotMatch(30);
    const after = shape(await measure());
    expect(after).toEqual(before);
    // And the pages did find what they show: four free places, and the week's bookings.
    const search = await t.app.inject({ url: searchUrl });
    expect(search.body).toContain('4 ledige steder');
    const api = (await t.app.inject({ url: apiSearchUrl })).json();
    expect(api.total).toBe(4);
    const page = await t.app.inject({ url: `/steder/${slug}?uge=${week}` });
    expect(page.body).toContain('app-week-calendar__cell--busy');
  });

  it('reads bookings only through ranges of the live-bookings index (SQLite plans)', async (context) => {
    if (t.ctx.db.dialect !== 'sqlite') context.skip();
    const pages = await measure();
    const reads = Object.values(pages)
      .flat()
      .filter((statement) => /from "bookings"/.test(statement.query.sql));
    expect(reads.length).toBeGreaterThanOrEqual(4);
    const executor = t.ctx.db.kysely.getExecutor();
    for (const read of reads) {
      const plan = await executor.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${read.query.sql}`, [...read.query.parameters]),
      );
      const bookingSteps = plan.rows
        .map((row) => row.detail)
        .filter((detail) => /\b(bookings|earlier)\b/.test(detail) && !/SUBQUERY/.test(detail));
      expect(bookingSteps.length, read.query.sql).toBeGreaterThan(0);
      for (const step of bookingSteps) {
        // A range closed on both sides, or the one latest booking before the start (LIMIT 1).
        const expected = step.startsWith('SEARCH earlier')
          ? /^SEARCH earlier USING (COVERING )?INDEX bookings_live_place_start \(place_id=\? AND starts_at<\?\)$/
          : /^SEARCH bookings USING (COVERING )?INDEX bookings_(live_place_start|place_time) \(place_id=\? AND starts_at>\? AND starts_at<\?\)$/;
        expect(step, read.query.sql).toMatch(expected);
      }
    }
  });
});
