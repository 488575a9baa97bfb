// Activity scenarios for `npm run bench`: the activity list and a neighbourhood's iCalendar feed
// with 10,000 activities (1 in 100 a weekly series). `setupActivitiesBench(env)` writes the data
// into the bench database (after the demo seed, before the server starts) and returns the
// scenarios to measure. Hook: in bench/run.ts, beside setupBookingsBench,
//   const activityScenarios = await setupActivitiesBench(env);
// and measure `[...scenarios, ...bookingScenarios, ...activityScenarios]`.
import { loadConfig } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import type { ActivityKind } from '#src/modules/activities/tables.ts';
import { ACTIVITY_KINDS } from '#src/modules/activities/tables.ts';
import { localParts, localToEpoch } from '#src/platform/local-time.ts';
import { DAY, HOUR } from '#src/platform/time.ts';
import type { Scenario } from './scenarios.ts';

export const BENCH_ACTIVITIES = 10_000;
const SERIES_EVERY = 100;
const DAYS_AHEAD = 365;

type Db = ReturnType<typeof openDatabase>;

async function benchOrganiser(db: Db, now: number): Promise<number> {
  const row = await db.kysely
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
  organiserId: number,
  neighbourhood: { id: number; parentId: number | null },
  today: string,
  now: number,
) {
  const day = index % DAYS_AHEAD;
  const startMinute = (9 + (index % 12)) * 60;
  const startsAt = localToEpoch(today, startMinute) + (day + 1) * DAY;
  const series = index % SERIES_EVERY === 0;
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

export async function setupActivitiesBench(env: NodeJS.ProcessEnv): Promise<Scenario[]> {
  const config = loadConfig(env);
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    const now = Date.now();
    const today = localParts(now).date;
    const organiserId = await benchOrganiser(db, now);
    const areas = await db.kysely
      .selectFrom('areas')
      .select(['id', 'slug', 'parent_id'])
      .where('kind', '=', 'neighbourhood')
      .orderBy('sort_order')
      .execute();
    const neighbourhoods = areas.map((area) => ({ id: area.id, parentId: area.parent_id }));
    if (neighbourhoods.length === 0) throw new Error('the bench database has no neighbourhoods');
    for (let start = 0; start < BENCH_ACTIVITIES; start += 200) {
      const rows = [];
      for (let index = start; index < Math.min(start + 200, BENCH_ACTIVITIES); index += 1) {
        const neighbourhood = neighbourhoods[index % neighbourhoods.length] ?? { id: 0, parentId: null };
        rows.push(activityRow(index, organiserId, neighbourhood, today, now));
      }
      await db.kysely.insertInto('activities').values(rows).execute();
    }
    const slug = areas[0]?.slug ?? 'sluseholmen';
    process.stdout.write(
      `Bench data: ${BENCH_ACTIVITIES} activities (${BENCH_ACTIVITIES / SERIES_EVERY} weekly series) over ${neighbourhoods.length} neighbourhoods.\n`,
    );
    return [
      { name: `activity list (${BENCH_ACTIVITIES} activities)`, path: '/aktiviteter' },
      {
        name: 'activity list, filtered (neighbourhood, kind, tag)',
        path: `/aktiviteter?omraade=${slug}&type=neighbour_coffee&boernevenligt=1`,
      },
      { name: 'activities API list', path: '/api/v1/activities' },
      {
        name: `neighbourhood iCalendar feed (${BENCH_ACTIVITIES} activities)`,
        path: `/aktiviteter/omraader/${slug}.ics`,
      },
      { name: 'all activities iCalendar feed (a year ahead)', path: '/aktiviteter.ics' },
      {
        name: 'all activities iCalendar feed, client has it (304)',
        path: '/aktiviteter.ics',
        headers: { 'if-none-match': '*' },
      },
      {
        name: 'all activities iCalendar feed, gzip',
        path: '/aktiviteter.ics',
        headers: { 'accept-encoding': 'gzip' },
      },
      { name: 'activities CSV (RFC 4180)', path: '/aktiviteter.csv' },
      { name: 'activities CSV (Danish Excel)', path: '/aktiviteter.csv?format=excel' },
      { name: 'activities map GeoJSON', path: '/aktiviteter/kort.geojson' },
    ];
  } finally {
    await db.close();
  }
}
