// Booking scenarios for `npm run bench`: the room search over 500 places with 8 weeks of
// bookings, the place page with its week calendar, and booking creation under contention.
// `setupBookingsBench(env)` writes the data into the bench database (after the demo seed, before
// the server starts) and returns the scenarios to measure.
import { loadConfig } from '#src/config.ts';
import { migrateToLatest, openDatabase } from '#src/db/database.ts';
import { addDays, instantAt, localParts } from '#src/platform/local-time.ts';
import { DAY, HOUR } from '#src/platform/time.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';
import type { Scenario } from './scenarios.ts';

export const BENCH_PLACES = 500;
export const BENCH_WEEKS = 8;
const FACILITIES = ['kitchen', 'tables_chairs', 'projector', 'wifi', 'toilet'];

type Db = ReturnType<typeof openDatabase>;

async function benchPerson(db: Db, now: number): Promise<{ id: number; session: string; apiToken: string }> {
  const user = await db.kysely
    .insertInto('users')
    .values({
      email: `bench-${now}@byliv.example`,
      name: 'Bench Beboer',
      password_hash: null,
      email_verified_at: now,
      locale: 'da',
      is_admin: 0,
      created_at: now,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = newToken();
  await db.kysely
    .insertInto('sessions')
    .values({ token_hash: hashToken(session), user_id: user.id, created_at: now, expires_at: now + 30 * DAY })
    .execute();
  const apiToken = newToken();
  await db.kysely
    .insertInto('api_tokens')
    .values({
      user_id: user.id,
      name: 'bench',
      token_hash: hashToken(apiToken),
      token_prefix: apiToken.slice(0, 8),
      created_at: now,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id: user.id, session, apiToken };
}

async function benchPlaces(
  db: Db,
  organisationId: number,
  now: number,
): Promise<Array<{ id: number; slug: string }>> {
  const places: Array<{ id: number; slug: string }> = [];
  for (let index = 0; index < BENCH_PLACES; index += 1) {
    const slug = `bench-lokale-${index}`;
    const row = await db.kysely
      .insertInto('places')
      .values({
        slug,
        name: `Benchlokale ${index}`,
        kind: 'municipal_room',
        organisation_id: organisationId,
        description: '',
        address: `Sydhavnsgade ${index + 1}, 2450 København SV`,
        // Spread over Vesterbro and Sydhavn.
        lat: 55.64 + (index % 25) * 0.001,
        lon: 12.52 + Math.floor(index / 25) * 0.002,
        district_id: null,
        neighbourhood_id: null,
        capacity: 10 + (index % 5) * 10,
        step_free: index % 3 === 0 ? 0 : 1,
        accessible_toilet: 0,
        hearing_loop: 0,
        house_rules: '',
        price_note: '',
        access_mode: 'bookable',
        closed_reason: '',
        key_handover: 'none',
        key_instructions: '',
        code_visible_minutes_before: 60,
        min_duration_minutes: 30,
        max_duration_minutes: 480,
        max_advance_days: 90,
        min_notice_hours: 0,
        buffer_minutes: 0,
        booker_scope: 'anyone',
        approval_required: 0,
        responsible_host_required: 0,
        cancellation_deadline_hours: 24,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    places.push({ id: row.id, slug });
    await db.kysely
      .insertInto('place_windows')
      .values(
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          place_id: row.id,
          weekday,
          start_minute: 7 * 60,
          end_minute: 23 * 60,
        })),
      )
      .execute();
    await db.kysely
      .insertInto('place_facilities')
      .values(
        FACILITIES.filter((_, facility) => (index + facility) % 2 === 0).map((facility) => ({
          place_id: row.id,
          facility,
        })),
      )
      .execute();
  }
  return places;
}

/** Two bookings a day at every place (one evening slot on every other place), 8 weeks ahead. */
async function benchBookings(
  db: Db,
  places: Array<{ id: number }>,
  bookerId: number,
  today: string,
  now: number,
): Promise<number> {
  let count = 0;
  for (const [index, place] of places.entries()) {
    const rows = [];
    for (let day = 1; day <= BENCH_WEEKS * 7; day += 1) {
      const date = addDays(today, day);
      const starts = [10 * 60, index % 2 === 0 ? 18 * 60 : 14 * 60];
      for (const minute of starts) {
        const startsAt = instantAt(date, minute);
        rows.push({
          place_id: place.id,
          series_id: null,
          booker_id: bookerId,
          organisation_id: null,
          title: 'Benchmøde',
          attendees: 8,
          responsible_host_name: '',
          responsible_host_phone: '',
          starts_at: startsAt,
          ends_at: startsAt + 2 * HOUR,
          block_end: startsAt + 2 * HOUR,
          status: 'approved' as const,
          decision_reason: null,
          decided_by: null,
          decided_at: now,
          cancelled_at: null,
          cancelled_by: null,
          door_code: null,
          created_at: now,
        });
      }
    }
    for (let start = 0; start < rows.length; start += 500) {
      await db.kysely
        .insertInto('bookings')
        .values(rows.slice(start, start + 500))
        .execute();
    }
    count += rows.length;
  }
  return count;
}

/**
 * Writes 500 bookable places with 8 weeks of bookings into the database the server will use, and
 * returns the booking scenarios. Call it after the demo seed and before starting the server.
 */
export async function setupBookingsBench(env: NodeJS.ProcessEnv): Promise<Scenario[]> {
  const config = loadConfig(env);
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    const now = Date.now();
    const today = localParts(now).date;
    const person = await benchPerson(db, now);
    const organisation = await db.kysely
      .insertInto('organisations')
      .values({
        name: 'Bench Kommune',
        slug: `bench-kommune-${now}`,
        kind: 'municipality',
        cvr: null,
        description: '',
        created_by: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const places = await benchPlaces(db, organisation.id, now);
    const bookings = await benchBookings(db, places, person.id, today, now);
    process.stdout.write(
      `Bench data: ${places.length} places, ${bookings} bookings over ${BENCH_WEEKS} weeks.\n`,
    );

    const searchDate = addDays(today, 7);
    const from = new Date(instantAt(searchDate, 18 * 60)).toISOString();
    const to = new Date(instantAt(searchDate, 20 * 60)).toISOString();
    const contended = new Date(instantAt(addDays(today, 3), 20 * 60)).toISOString();
    const contendedEnd = new Date(instantAt(addDays(today, 3), 21 * 60)).toISOString();
    // Odd-numbered places have Wi-Fi and are free 18–20, so the searches below have results to rank.
    const place = places[1]?.slug ?? 'bench-lokale-1';
    return [
      {
        name: 'room search (HTML, 500 places)',
        path: `/find-lokale?antal=20&dato=${searchDate}&fra=18%3A00&til=20%3A00&facilitet=wifi`,
      },
      {
        name: 'room search (API, nearest first)',
        path: `/api/v1/bookings/search?attendees=20&startsAt=${encodeURIComponent(from)}&endsAt=${encodeURIComponent(to)}&lat=55.65&lon=12.54`,
      },
      { name: 'place page with week calendar', path: `/steder/${place}?uge=${searchDate}` },
      { name: 'place busy-times iCalendar feed', path: `/steder/${place}/kalender.ics` },
      { name: 'places map GeoJSON (500 places)', path: '/steder/kort.geojson' },
      {
        name: 'book page (logged in)',
        path: `/steder/${place}/book?uge=${searchDate}`,
        headers: { cookie: `byliv_session=${person.session}` },
      },
      {
        // Every request asks for the same hour: the first wins, the rest are refused with 409 (non-2xx).
        name: 'booking creation under contention',
        path: `/api/v1/places/${place}/bookings`,
        method: 'POST',
        headers: { authorization: `Bearer ${person.apiToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Kapløb', startsAt: contended, endsAt: contendedEnd, attendees: 5 }),
      },
    ];
  } finally {
    await db.close();
  }
}
