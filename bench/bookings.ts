// Booking data and scenarios for `npm run bench`: bookable places with two bookings a day over the
// size's weeks, the room search over them, the place pages, and booking creation under contention.
import { type Insertable, sql, type Transaction } from 'kysely';
import type { Db } from '#src/db/database.ts';
import type { Database } from '#src/db/schema.ts';
import { addDays, instantAt } from '#src/platform/local-time.ts';
import { DAY, HOUR } from '#src/platform/time.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';
import type { Scenario } from './scenarios.ts';
import type { DataSize } from './sizes.ts';

const FACILITIES = ['kitchen', 'tables_chairs', 'projector', 'wifi', 'toilet'];
/** Rows per insert: well under SQLite's 32,766 bound parameters for the widest table here. */
const BATCH = 500;

type Trx = Transaction<Database>;

/** What the booking scenarios address in the seeded database. */
export interface BookingFixtures {
  placeSlug: string;
  /** The place every contended booking asks for; checked for overlaps after the run. */
  contendedPlaceId: number;
  session: string;
  apiToken: string;
  today: string;
}

async function benchPerson(
  trx: Trx,
  now: number,
): Promise<{ id: number; session: string; apiToken: string }> {
  const user = await trx
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
  await trx
    .insertInto('sessions')
    .values({ token_hash: hashToken(session), user_id: user.id, created_at: now, expires_at: now + 30 * DAY })
    .execute();
  const apiToken = newToken();
  await trx
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

async function benchOrganisation(trx: Trx, now: number): Promise<number> {
  const row = await trx
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
  return row.id;
}

function placeRow(
  index: number,
  count: number,
  organisationId: number,
  now: number,
): Insertable<Database['places']> {
  return {
    slug: `bench-lokale-${index}`,
    name: `Benchlokale ${index}`,
    kind: 'municipal_room',
    organisation_id: organisationId,
    description: '',
    address: `Sydhavnsgade ${index + 1}, 2450 København SV`,
    // Spread over Vesterbro and Sydhavn: a grid 25 rows high over the same area at every size.
    lat: 55.64 + (index % 25) * 0.001,
    lon: 12.52 + Math.floor(index / 25) * 0.002 * (500 / count),
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
  };
}

/** Inserts the places with opening hours 07–23 every day and a mix of facilities; returns their ids in order. */
async function benchPlaces(trx: Trx, count: number, organisationId: number, now: number): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, count - start) }, (_, offset) => start + offset);
    const rows = await trx
      .insertInto('places')
      .values(indexes.map((index) => placeRow(index, count, organisationId, now)))
      .returning('id')
      .execute();
    const batchIds = rows.map((row) => row.id);
    ids.push(...batchIds);
    await trx
      .insertInto('place_windows')
      .values(
        batchIds.flatMap((placeId) =>
          [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
            place_id: placeId,
            weekday,
            start_minute: 7 * 60,
            end_minute: 23 * 60,
          })),
        ),
      )
      .execute();
    await trx
      .insertInto('place_facilities')
      .values(
        batchIds.flatMap((placeId, offset) =>
          FACILITIES.filter((_, facility) => (start + offset + facility) % 2 === 0).map((facility) => ({
            place_id: placeId,
            facility,
          })),
        ),
      )
      .execute();
  }
  return ids;
}

/** A booking slot: its start, and which places have it (by the parity of their index, or all). */
interface Slot {
  startsAt: number;
  parity: 0 | 1 | null;
}

/** 10–12 at every place; 18–20 at even-numbered places, 14–16 at odd ones. */
function slots(today: string, weeks: number): Slot[] {
  return Array.from({ length: weeks * 7 }, (_, day) => addDays(today, day + 1)).flatMap((date) => [
    { startsAt: instantAt(date, 10 * 60), parity: null },
    { startsAt: instantAt(date, 18 * 60), parity: 0 },
    { startsAt: instantAt(date, 14 * 60), parity: 1 },
  ]);
}

/**
 * Two bookings a day at every place, in one insert … select over the places and a list of slots:
 * SQLite does the cross product itself (the overlap trigger still checks every row), which seeds
 * 560,000 bookings several times faster than batches of rows built in JavaScript.
 */
async function benchBookings(
  trx: Trx,
  placeIds: number[],
  weeks: number,
  bookerId: number,
  today: string,
  now: number,
): Promise<void> {
  const first = placeIds[0] ?? 0;
  const last = placeIds[placeIds.length - 1] ?? 0;
  const values = sql.join(slots(today, weeks).map((slot) => sql`(${slot.startsAt}, ${slot.parity})`));
  await sql`
    with slot(starts_at, parity) as (values ${values})
    insert into bookings (place_id, series_id, booker_id, organisation_id, title, attendees,
      responsible_host_name, responsible_host_phone, starts_at, ends_at, block_end, status,
      decision_reason, decided_by, decided_at, cancelled_at, cancelled_by, door_code, created_at)
    select places.id, null, ${bookerId}, null, 'Benchmøde', 8, '', '', slot.starts_at,
      slot.starts_at + ${2 * HOUR}, slot.starts_at + ${2 * HOUR}, 'approved', null, null, ${now}, null,
      null, null, ${now}
      from places cross join slot
     where places.id between ${first} and ${last}
       and (slot.parity is null or slot.parity = (places.id - ${first}) % 2)
     order by places.id, slot.starts_at`.execute(trx);
}

/** Writes the size's places and bookings in one transaction (after the demo seed, before the server starts). */
export async function seedBookings(
  db: Db,
  size: DataSize,
  today: string,
  now: number,
): Promise<BookingFixtures> {
  return db.kysely.transaction().execute(async (trx) => {
    const person = await benchPerson(trx, now);
    const organisationId = await benchOrganisation(trx, now);
    const placeIds = await benchPlaces(trx, size.places, organisationId, now);
    await benchBookings(trx, placeIds, size.weeks, person.id, today, now);
    // Odd-numbered places have Wi-Fi and are free 18–20, so the searches have results to rank.
    const contendedPlaceId = placeIds[1];
    if (contendedPlaceId === undefined) throw new Error('the bench needs at least two places');
    return {
      placeSlug: 'bench-lokale-1',
      contendedPlaceId,
      session: person.session,
      apiToken: person.apiToken,
      today,
    };
  });
}

function iso(date: string, minute: number): string {
  return new Date(instantAt(date, minute)).toISOString();
}

export function bookingScenarios(fixtures: BookingFixtures): Scenario[] {
  const searchDate = addDays(fixtures.today, 7);
  const contendedDate = addDays(fixtures.today, 3);
  const place = fixtures.placeSlug;
  return [
    {
      name: 'room search (HTML)',
      path: `/find-lokale?antal=20&dato=${searchDate}&fra=18%3A00&til=20%3A00&facilitet=wifi`,
      target: 'search',
    },
    {
      name: 'room search (API, nearest first)',
      path: `/api/v1/bookings/search?attendees=20&startsAt=${encodeURIComponent(iso(searchDate, 18 * 60))}&endsAt=${encodeURIComponent(iso(searchDate, 20 * 60))}&lat=55.65&lon=12.54`,
      target: 'search',
    },
    { name: 'place page (bench)', path: `/steder/${place}`, target: 'read' },
    { name: 'place page with week calendar', path: `/steder/${place}?uge=${searchDate}`, target: 'read' },
    { name: 'place busy-times iCal feed', path: `/steder/${place}/kalender.ics`, target: 'read' },
    { name: 'places map GeoJSON', path: '/steder/kort.geojson', target: 'read' },
    {
      name: 'book page (logged in)',
      path: `/steder/${place}/book?uge=${searchDate}`,
      target: 'none',
      headers: { cookie: `byliv_session=${fixtures.session}` },
    },
    {
      // Every request asks for the same hour: the first wins, the rest are refused with 409.
      name: 'booking creation under contention',
      path: `/api/v1/places/${place}/bookings`,
      target: 'contention',
      method: 'POST',
      headers: { authorization: `Bearer ${fixtures.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Kapløb',
        startsAt: iso(contendedDate, 20 * 60),
        endsAt: iso(contendedDate, 21 * 60),
        attendees: 5,
      }),
      alsoExpected: [409],
    },
  ];
}

/** Pairs of live (requested or approved) bookings at the place whose blocks overlap; must be 0. */
export async function countOverlaps(db: Db, placeId: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('bookings as a')
    .innerJoin('bookings as b', (join) =>
      join
        .onRef('a.place_id', '=', 'b.place_id')
        .onRef('a.id', '<', 'b.id')
        .onRef('a.starts_at', '<', 'b.block_end')
        .onRef('b.starts_at', '<', 'a.block_end'),
    )
    .select((eb) => eb.fn.countAll<number>().as('pairs'))
    .where('a.place_id', '=', placeId)
    .where('a.status', 'in', ['requested', 'approved'])
    .where('b.status', 'in', ['requested', 'approved'])
    .executeTakeFirstOrThrow();
  return Number(row.pairs);
}

/** Bookings the contended scenario created (one, if the hour was free when the run began). */
export async function countContendedWins(db: Db, placeId: number, since: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('bookings')
    .select((eb) => eb.fn.countAll<number>().as('created'))
    .where('place_id', '=', placeId)
    .where('created_at', '>=', since)
    .where('status', 'in', ['requested', 'approved'])
    .executeTakeFirstOrThrow();
  return Number(row.created);
}
