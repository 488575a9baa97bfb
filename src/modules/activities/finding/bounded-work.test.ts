import { type CompiledQuery, DefaultQueryExecutor, type QueryExecutor, type QueryResult } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeWeek, nearThisWeek } from '#src/modules/activities/finding/service.ts';
import { stepping } from '#src/modules/activities/occurrences/recurrence.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The work of each list page must depend on what it shows, not on how many activities exist:
// the same queries, the same rows read and the same occurrences stepped with ten times as many
// activities outside what the page shows (before it, after it, far away, on later pages).

let testApp: TestApp;
let organiserId: number;
beforeAll(async () => {
  testApp = await createTestApp();
  organiserId = (await createPerson(testApp.ctx, { name: 'Arrangør' })).id;
});
afterAll(async () => {
  await testApp.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** The test clock: Monday 30 November 2026, 10:00 in Copenhagen. */
const NOW = Date.UTC(2026, 10, 30, 9);
const SLUSEHOLMEN = { lat: 55.645, lon: 12.545 };
const AARHUS = { lat: 56.15, lon: 10.2 };

interface Shape {
  starts: number;
  rrule?: string;
  seriesEnds?: number | null;
  point?: { lat: number; lon: number };
  kind?: 'neighbour_coffee' | 'workshop';
}

async function insert(shapes: readonly Shape[]): Promise<void> {
  const rows = shapes.map((shape, index) => ({
    kind: shape.kind ?? ('neighbour_coffee' as const),
    title: `Aktivitet ${index}`,
    description: '',
    starts_at: shape.starts,
    ends_at: shape.starts + HOUR,
    rrule: shape.rrule ?? null,
    series_ends_at: shape.rrule === undefined ? shape.starts + HOUR : (shape.seriesEnds ?? null),
    location_kind: 'point' as const,
    place_id: null,
    address: 'Sluseholmen 8',
    lat: (shape.point ?? SLUSEHOLMEN).lat,
    lon: (shape.point ?? SLUSEHOLMEN).lon,
    neighbourhood_id: null,
    district_id: null,
    organiser_id: organiserId,
    organisation_id: null,
    capacity: null,
    child_friendly: 1 as const,
    step_free: 0 as const,
    free_of_charge: 1 as const,
    languages: 'da',
    cancelled_at: null,
    cancel_reason: '',
    hidden_at: null,
    created_at: NOW,
    updated_at: NOW,
  }));
  for (let start = 0; start < rows.length; start += 100) {
    await testApp.ctx.db.kysely
      .insertInto('activities')
      .values(rows.slice(start, start + 100))
      .execute();
  }
}

type ExecuteQuery = QueryExecutor['executeQuery'];
const executorBase = Object.getPrototypeOf(DefaultQueryExecutor.prototype) as { executeQuery: ExecuteQuery };

interface Work {
  queries: number;
  rows: number;
  stepped: number;
}

/** The statements a block sends, the rows they bring back and the occurrences stepped for it. */
async function workOf(block: () => Promise<unknown>): Promise<Work> {
  await block(); // once before, so that what is kept between requests (areas, rules) is kept
  const original = executorBase.executeQuery;
  const work = { queries: 0, rows: 0, stepped: 0 };
  const steppedBefore = stepping.occurrences;
  executorBase.executeQuery = async function (this: QueryExecutor, query: CompiledQuery, options) {
    const result: QueryResult<unknown> = await original.call(this, query, options);
    work.queries += 1;
    work.rows += result.rows.length;
    return result;
  } as ExecuteQuery;
  try {
    await block();
  } finally {
    executorBase.executeQuery = original;
  }
  work.stepped = stepping.occurrences - steppedBefore;
  return work;
}

async function page(url: string): Promise<void> {
  const response = await testApp.app.inject({ url });
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
}

const PAGES: Record<string, () => Promise<unknown>> = {
  'activity list': () => page('/aktiviteter'),
  'filtered list': () => page('/aktiviteter?type=neighbour_coffee&boernevenligt=1'),
  'API list': () => page('/api/v1/activities'),
  'month calendar': () => page('/aktiviteter/kalender?maaned=2026-12'),
  'home this week': () => homeWeek(testApp.ctx, 6),
  'near me': () => nearThisWeek(testApp.ctx, SLUSEHOLMEN, null),
};

/** Ten times as much of what none of the pages shows. */
function outside(times: number): Shape[] {
  const shapes: Shape[] = [];
  for (let index = 0; index < times; index += 1) {
    // Over: a year before now, and long after the list's year ahead.
    shapes.push({ starts: NOW - 400 * DAY + index * HOUR });
    shapes.push({ starts: NOW + 800 * DAY + index * HOUR });
    // A weekly series that ended before now, and one that starts after the list's window.
    shapes.push({
      starts: NOW - 300 * DAY + index * HOUR,
      rrule: 'FREQ=WEEKLY;INTERVAL=1;UNTIL=20260101T225959Z',
      seriesEnds: Date.UTC(2026, 0, 1, 23),
    });
    shapes.push({ starts: NOW + 900 * DAY + index * HOUR, rrule: 'FREQ=WEEKLY;INTERVAL=1' });
  }
  return shapes;
}

/** This week, but in Aarhus and of another kind: not near, not in the filtered list, not first. */
function farAway(times: number): Shape[] {
  return Array.from({ length: times }, (_, index) => ({
    starts: NOW + 4 * DAY + index * 60_000,
    point: AARHUS,
    kind: 'workshop' as const,
  }));
}

describe('the work of the activity pages', () => {
  it('stays the same with ten times as many activities outside what they show', async () => {
    // What the pages show: this week and the coming months, some weekly series among them.
    await insert([
      ...Array.from({ length: 30 }, (_, index) => ({ starts: NOW + 2 * HOUR + index * 5 * HOUR })),
      ...Array.from({ length: 3 }, (_, index) => ({
        starts: NOW - 10 * WEEK + index * HOUR,
        rrule: 'FREQ=WEEKLY;INTERVAL=1',
      })),
    ]);
    await insert([...outside(20), ...farAway(20)]);
    const before: Record<string, Work> = {};
    for (const [name, run] of Object.entries(PAGES)) before[name] = await workOf(run);

    await insert(outside(200));
    for (const [name, run] of Object.entries(PAGES)) {
      const after = await workOf(run);
      expect({ page: name, ...after }).toEqual({ page: name, ...before[name] });
    }
    // The month shows every activity of its month, so only the others are asked to ignore these.
    await insert(farAway(200));
    for (const [name, run] of Object.entries(PAGES).filter(([name]) => name !== 'month calendar')) {
      const after = await workOf(run);
      expect({ page: name, ...after }).toEqual({ page: name, ...before[name] });
    }
    // They did show something: the work compared is the work of real pages.
    const list = await testApp.app.inject({ url: '/api/v1/activities' });
    // 30 singles and 3 series near, 220 singles far away; none of the ones outside the window.
    expect(list.json<{ items: unknown[]; total: number }>()).toMatchObject({ total: 253 });
    expect((await homeWeek(testApp.ctx, 6)).items).toHaveLength(6);
    expect((await nearThisWeek(testApp.ctx, SLUSEHOLMEN, null)).length).toBeGreaterThan(10);
  });

  it('reads the same rows for the first page however many activities follow it in the window', async () => {
    const list = () => page('/aktiviteter');
    const few = await workOf(list);
    await insert(Array.from({ length: 400 }, (_, index) => ({ starts: NOW + 200 * DAY + index * HOUR })));
    const many = await workOf(list);
    expect(many).toEqual(few);
  });
});
