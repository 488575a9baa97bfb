// Activity data and scenarios for `npm run bench`: activities over the next year spread over every
// neighbourhood (one in `seriesEvery` a weekly series), the activity list, pages, calendar, map,
// near-me search and feeds over them.
import type { Transaction } from 'kysely';
import type { Db } from '#src/db/database.ts';
import type { Database } from '#src/db/schema.ts';
import type { ActivityKind } from '#src/modules/activities/tables.ts';
import { ACTIVITY_KINDS } from '#src/modules/activities/tables.ts';
import { localToEpoch } from '#src/platform/local-time.ts';
import { DAY, HOUR } from '#src/platform/time.ts';
import type { Scenario } from './scenarios.ts';
import type { DataSize } from './sizes.ts';

const DAYS_AHEAD = 365;
const BATCH = 200;

type Trx = Transaction<Database>;

/** What the activity scenarios address in the seeded database. */
export interface ActivityFixtures {
  neighbourhoodSlug: string;
  singleId: number;
  seriesId: number;
}

async function benchOrganiser(trx: Trx, now: number): Promise<number> {
  const row = await trx
    .insertInto('users')
    .values({
      email: `bench-arrangoer-${now}@byliv.example`,
      name: 'Bench Arrangør',
      password_hash: null,
      email_verified_at: now,
      locale: 'da',
      is_admin: 0,
      created_at: now,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function activityRow(
  index: number,
  seriesEvery: number,
  organiserId: number,
  neighbourhood: { id: number; parentId: number | null },
  today: string,
  now: number,
) {
  const day = index % DAYS_AHEAD;
  const startMinute = (9 + (index % 12)) * 60;
  const startsAt = localToEpoch(today, startMinute) + (day + 1) * DAY;
  const series = index % seriesEvery === 0;
  const kind: ActivityKind = ACTIVITY_KINDS[index % ACTIVITY_KINDS.length] ?? 'other';
  return {
    kind,
    title: `Benchaktivitet ${index}`,
    description: 'Kom og vær med. Alle er velkomne.',
    starts_at: startsAt,
    ends_at: startsAt + 2 * HOUR,
    rrule: series ? 'FREQ=WEEKLY;INTERVAL=1' : null,
    series_ends_at: series ? null : startsAt + 2 * HOUR,
    location_kind: 'point' as const,
    place_id: null,
    address: `Sydhavnsgade ${(index % 90) + 1}, 2450 København SV`,
    lat: 55.64 + (index % 25) * 0.001,
    lon: 12.52 + (index % 40) * 0.001,
    neighbourhood_id: neighbourhood.id,
    district_id: neighbourhood.parentId,
    organiser_id: organiserId,
    organisation_id: null,
    capacity: index % 3 === 0 ? 20 : null,
    child_friendly: (index % 2) as 0 | 1,
    step_free: (index % 4 === 0 ? 1 : 0) as 0 | 1,
    free_of_charge: 1 as const,
    languages: index % 5 === 0 ? 'da,en' : 'da',
    cancelled_at: null,
    cancel_reason: '',
    hidden_at: null,
    created_at: now,
    updated_at: now,
  };
}

/** Writes the size's activities in one transaction; index 0 is a series, index 1 a single activity. */
export async function seedActivities(
  db: Db,
  size: DataSize,
  today: string,
  now: number,
): Promise<ActivityFixtures> {
  return db.kysely.transaction().execute(async (trx) => {
    const organiserId = await benchOrganiser(trx, now);
    const areas = await trx
      .selectFrom('areas')
      .select(['id', 'slug', 'parent_id'])
      .where('kind', '=', 'neighbourhood')
      .orderBy('sort_order')
      .execute();
    const neighbourhoods = areas.map((area) => ({ id: area.id, parentId: area.parent_id }));
    if (neighbourhoods.length === 0) throw new Error('the bench database has no neighbourhoods');
    const ids: number[] = [];
    for (let start = 0; start < size.activities; start += BATCH) {
      const rows = [];
      for (let index = start; index < Math.min(start + BATCH, size.activities); index += 1) {
        const neighbourhood = neighbourhoods[index % neighbourhoods.length] ?? { id: 0, parentId: null };
        rows.push(activityRow(index, size.seriesEvery, organiserId, neighbourhood, today, now));
      }
      const inserted = await trx.insertInto('activities').values(rows).returning('id').execute();
      if (start === 0) ids.push(...inserted.slice(0, 2).map((row) => row.id));
    }
    const [seriesId, singleId] = ids;
    if (seriesId === undefined || singleId === undefined) throw new Error('the bench needs two activities');
    return { neighbourhoodSlug: areas[0]?.slug ?? 'sluseholmen', singleId, seriesId };
  });
}

export function activityScenarios(fixtures: ActivityFixtures): Scenario[] {
  const slug = fixtures.neighbourhoodSlug;
  return [
    { name: 'activity list', path: '/aktiviteter', target: 'read' },
    {
      name: 'activity list, filtered (neighbourhood, kind, tag)',
      path: `/aktiviteter?omraade=${slug}&type=neighbour_coffee&boernevenligt=1`,
      target: 'read',
    },
    { name: 'activity page (single)', path: `/aktiviteter/${fixtures.singleId}`, target: 'read' },
    { name: 'activity page (weekly series)', path: `/aktiviteter/${fixtures.seriesId}`, target: 'read' },
    { name: 'activity calendar month', path: '/aktiviteter/kalender', target: 'read' },
    { name: 'activities map page', path: '/aktiviteter/kort', target: 'read' },
    { name: 'activities map GeoJSON', path: '/aktiviteter/kort.geojson', target: 'read' },
    {
      name: 'activities near me (position)',
      path: '/aktiviteter/naer-mig?lat=55.65&lon=12.54',
      target: 'search',
    },
    { name: 'activities feed (iCal, a year ahead)', path: '/aktiviteter.ics', target: 'read' },
    {
      name: 'activities feed, client has it (304)',
      path: '/aktiviteter.ics',
      target: 'read',
      headers: { 'if-none-match': '*' },
      alsoExpected: [304],
    },
    {
      name: 'activities feed, gzip',
      path: '/aktiviteter.ics',
      target: 'read',
      headers: { 'accept-encoding': 'gzip' },
    },
    {
      name: 'neighbourhood activities feed (iCal)',
      path: `/aktiviteter/omraader/${slug}.ics`,
      target: 'read',
    },
    { name: 'activities CSV (RFC 4180)', path: '/aktiviteter.csv', target: 'read' },
    { name: 'activities CSV (Danish Excel)', path: '/aktiviteter.csv?format=excel', target: 'read' },
  ];
}
