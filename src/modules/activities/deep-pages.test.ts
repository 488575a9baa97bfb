import { type CompiledQuery, DefaultQueryExecutor, type QueryExecutor, type QueryResult } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseActivityQuery } from '#src/modules/activities/filters.ts';
import {
  ACTIVITIES_PER_PAGE,
  listActivities,
  occurrencesInWindow,
} from '#src/modules/activities/listing-service.ts';
import { createPerson } from '#src/testing/fixtures.ts';
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
    if (/"rrule" is null/.test(query.sql) && /limit/i.test(query.sql)) rows += result.rows.length;
    return result;
  } as ExecuteQuery;
  try {
    return { result: await block(), rows };
  } finally {
    executorBase.executeQuery = original;
  }
}

describe('paging deep into the activity list', () => {
  it('shows every occurrence once, in order, while reading about one page of rows per page', async () => {
    // Two weekly series: one between two singles, one at the very same time as a single.
    const seriesStarts = [JUNE_FIRST + HOUR, JUNE_FIRST + 9 * HOUR];
    await insertActivities(150, seriesStarts);
    const raw = { fra: '2027-06-01', til: '2027-06-30' };
    const parsed = await parseActivityQuery(testApp.ctx, raw);
    const everything = await occurrencesInWindow(testApp.ctx, parsed.filter, parsed.from, parsed.to);
    const seriesOccurrences = everything.filter((occurrence) => occurrence.activity.rrule !== null).length;
    expect(seriesOccurrences).toBeGreaterThan(4);
    const pageCount = Math.ceil(everything.length / ACTIVITIES_PER_PAGE);
    expect(pageCount).toBeGreaterThanOrEqual(8);

    const seen: string[] = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const query = await parseActivityQuery(testApp.ctx, { ...raw, side: String(page) });
      const { result, rows } = await singleRowsRead(() => listActivities(testApp.ctx, query, null));
      expect(result.page).toBe(page);
      expect(result.pages).toBe(pageCount);
      expect(rows).toBeLessThanOrEqual(ACTIVITIES_PER_PAGE + seriesOccurrences);
      seen.push(...result.items.map((item) => `${item.activity.id}:${item.key}`));
    }
    expect(seen).toEqual(everything.map((occurrence) => `${occurrence.activity.id}:${occurrence.key}`));
  });
});
