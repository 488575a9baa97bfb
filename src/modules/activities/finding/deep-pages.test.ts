import { type CompiledQuery, DefaultQueryExecutor, type QueryExecutor, type QueryResult } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseActivityQuery } from '#src/modules/activities/finding/filters.ts';
import {
  ACTIVITIES_PER_PAGE,
  listActivities,
  occurrencesInWindow,
} from '#src/modules/activities/finding/listing-service.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const HOUR = 3_600_000;
const JUNE_FIRST = Date.UTC(2027, 5, 1, 6);

/** `singles` one-off activities three hours apart from 1 June 2027, and weekly series among them. */
async function insertActivities(singles: number, seriesStarts: readonly number[]): Promise<void> {
  const person = await createPerson(testApp.ctx, { name: 'Mange' });
  const now = testApp.clock.now();
  const row = (starts: number, title: string, rrule: string | null) => ({
    kind: 'neighbour_coffee' as const,
    title,
    description: '',
    starts_at: starts,
    ends_at: starts + HOUR,
    rrule,
    series_ends_at: rrule === null ? starts + HOUR : null,
    location_kind: 'point' as const,
    place_id: null,
    address: 'Sydhavnen',
    lat: null,
    lon: null,
    neighbourhood_id: null,
    district_id: null,
    organiser_id: person.id,
    organisation_id: null,
    capacity: null,
    child_friendly: 0 as const,
    step_free: 0 as const,
    free_of_charge: 1 as const,
    languages: 'da',
    cancelled_at: null,
    cancel_reason: '',
    hidden_at: null,
    created_at: now,
    updated_at: now,
  });
  const rows = [
    ...seriesStarts.map((starts, index) => row(starts, `Serie ${index}`, 'FREQ=WEEKLY;INTERVAL=1')),
    ...Array.from({ length: singles }, (_, index) =>
      row(JUNE_FIRST + index * 3 * HOUR, `Enkelt ${index}`, null),
    ),
  ];
  await testApp.ctx.db.kysely.insertInto('activities').values(rows).execute();
}

type ExecuteQuery = QueryExecutor['executeQuery'];
const executorBase = Object.getPrototypeOf(DefaultQueryExecutor.prototype) as { executeQuery: ExecuteQuery };

/** How many rows of one-off activities (`rrule is null`, with their names) the block read. */
async function singleRowsRead<T>(block: () => Promise<T>): Promise<{ result: T; rows: number }> {
  const original = executorBase.executeQuery;
  let rows = 0;
  executorBase.executeQuery = async function (this: QueryExecutor, query: CompiledQuery, options) {
    const result: QueryResult<unknown> = await original.call(this, query, options);
    // The count's own row (it is bounded by a limit too) is not a row of activities.
    const count = /count\(\*\)/i.test(query.sql);
    if (/"rrule" is null/.test(query.sql) && /limit/i.test(query.sql) && !count) rows += result.rows.length;
    return result;
  } as ExecuteQuery;
  try {
    return { result: await block(), rows };
  } finally {
    executorBase.executeQuery = original;
  }
}

describe('paging deep into the activity list', () => {
  it('shows every activity once, by its next time, while reading about one page of rows per page', async () => {
    // Two weekly series: one between two singles, one at the very same time as a single.
    const seriesStarts = [JUNE_FIRST + HOUR, JUNE_FIRST + 9 * HOUR];
    await insertActivities(150, seriesStarts);
    const raw = { fra: '2027-06-01', til: '2027-06-30' };
    const parsed = await parseActivityQuery(testApp.ctx, raw);
    const everything = await occurrencesInWindow(testApp.ctx, parsed.filter, parsed.from, parsed.to);
    const seriesOccurrences = everything.filter((occurrence) => occurrence.activity.rrule !== null).length;
    expect(seriesOccurrences).toBeGreaterThan(4);
    const firsts = everything.filter(
      (occurrence, index) =>
        everything.findIndex((other) => other.activity.id === occurrence.activity.id) === index,
    );
    expect(firsts).toHaveLength(152);
    const pageCount = Math.ceil(firsts.length / ACTIVITIES_PER_PAGE);

    const seen: string[] = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const query = await parseActivityQuery(testApp.ctx, { ...raw, side: String(page) });
      const { result, rows } = await singleRowsRead(() => listActivities(testApp.ctx, query, null));
      expect(result.page).toBe(page);
      expect(result.pages).toBe(pageCount);
      expect(result.total).toBe(152);
      expect(rows).toBeLessThanOrEqual(ACTIVITIES_PER_PAGE + seriesStarts.length);
      seen.push(...result.items.map((item) => `${item.activity.id}:${item.next.key}`));
    }
    expect(seen).toEqual(firsts.map((occurrence) => `${occurrence.activity.id}:${occurrence.key}`));
  });
});

describe('a series in the list', () => {
  it('costs the same queries and rows however many of its occurrences lie beyond the page', async () => {
    const start = Date.UTC(2028, 0, 8, 9);
    await insertActivities(0, [start]);
    const seriesId = (
      await testApp.ctx.db.kysely
        .selectFrom('activities')
        .select('id')
        .where('starts_at', '=', start)
        .executeTakeFirstOrThrow()
    ).id;
    const list = async (til: string) => {
      const query = await parseActivityQuery(testApp.ctx, { fra: '2028-01-01', til });
      const rows: number[] = [];
      const counted = await countQueries(async () => {
        const original = executorBase.executeQuery;
        executorBase.executeQuery = async function (this: QueryExecutor, compiled: CompiledQuery, options) {
          const result: QueryResult<unknown> = await original.call(this, compiled, options);
          rows.push(result.rows.length);
          return result;
        } as ExecuteQuery;
        try {
          return await listActivities(testApp.ctx, query, null);
        } finally {
          executorBase.executeQuery = original;
        }
      });
      return { listing: counted.result, queries: counted.count, rows: rows.reduce((a, b) => a + b, 0) };
    };
    const month = await list('2028-01-31');
    // Ten years of Saturdays, each later one with people signed up.
    const person = await createPerson(testApp.ctx, { name: 'Tilmeldt' });
    await testApp.ctx.db.kysely
      .insertInto('activity_participants')
      .values(
        Array.from({ length: 100 }, (_, week) => ({
          activity_id: seriesId,
          occurrence_start: start + (week + 10) * 7 * 24 * HOUR,
          user_id: person.id,
          name: 'Tilmeldt',
          email: 'tilmeldt@example.org',
          locale: 'da' as const,
          status: 'joined' as const,
          created_at: testApp.clock.now(),
          queued_at: testApp.clock.now(),
          cancelled_at: null,
        })),
      )
      .execute();
    const decade = await list('2037-12-31');
    // The series of the test above run on through 2028 too: each series is one item.
    const ids = decade.listing.items.map((item) => item.activity.id);
    expect(ids.filter((id) => id === seriesId)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(decade.listing.total).toBe(month.listing.total);
    const series = decade.listing.items.find((item) => item.activity.id === seriesId);
    expect(series?.upcoming.map((occurrence) => occurrence.key)).toEqual(
      [0, 1, 2, 3].map((week) => start + week * 7 * 24 * HOUR),
    );
    expect(decade.queries).toBe(month.queries);
    expect(decade.rows).toBe(month.rows);
  });
});
