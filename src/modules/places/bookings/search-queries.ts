import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import type { LocalDayPiece } from '#src/modules/places/bookings/availability.ts';
import { LIVE } from '#src/modules/places/bookings/queries.ts';

type Db = Kysely<Database>;
type PlacesEb = ExpressionBuilder<Database, 'places'>;

/**
 * The availability engine's rules for one interval, as the database applies them to every place
 * at once (see `checkInterval`): the interval's duration in whole minutes, how far ahead it lies,
 * its pieces per local day, and who asks.
 */
export interface FreePlaceCriteria {
  attendees: number;
  startsAt: number;
  endsAt: number;
  stepFree: boolean;
  facilities: readonly string[];
  minutes: number;
  /** The least `max_advance_days` that still reaches the start. */
  daysAhead: number;
  /** The most `min_notice_hours` the start still satisfies. */
  noticeHours: number;
  pieces: readonly LocalDayPiece[];
  booker: {
    organisationIds: readonly number[];
    organisationKinds: readonly OrganisationKind[];
    managedPlaceIds: readonly number[];
    adminOf: readonly number[];
  };
  origin: { lat: number; lon: number } | null;
}

function scopeAllows(eb: PlacesEb, booker: FreePlaceCriteria['booker']) {
  const { organisationIds, organisationKinds, managedPlaceIds, adminOf } = booker;
  return eb.or([
    eb('places.booker_scope', '=', 'anyone'),
    ...(managedPlaceIds.length > 0 ? [eb('places.id', 'in', managedPlaceIds)] : []),
    ...(adminOf.length > 0 ? [eb('places.organisation_id', 'in', adminOf)] : []),
    ...(organisationIds.length > 0
      ? [
          eb.and([
            eb('places.booker_scope', '=', 'own_members'),
            eb('places.organisation_id', 'in', organisationIds),
          ]),
        ]
      : []),
    ...(organisationKinds.length > 0
      ? [
          eb.and([
            eb('places.booker_scope', '=', 'org_kinds'),
            eb.exists(
              eb
                .selectFrom('place_allowed_kinds')
                .select('place_allowed_kinds.place_id')
                .whereRef('place_allowed_kinds.place_id', '=', 'places.id')
                .where('place_allowed_kinds.kind', 'in', organisationKinds),
            ),
          ]),
        ]
      : []),
  ]);
}

/** Every local day the interval touches lies inside one of that weekday's windows, none is closed. */
function openThroughout(eb: PlacesEb, pieces: readonly LocalDayPiece[]) {
  const shapes = new Map(
    pieces.map((piece) => [`${piece.weekday}:${piece.startMinute}:${piece.endMinute}`, piece]),
  );
  return eb.and([
    ...[...shapes.values()].map((piece) =>
      eb.exists(
        eb
          .selectFrom('place_windows')
          .select('place_windows.place_id')
          .whereRef('place_windows.place_id', '=', 'places.id')
          .where('place_windows.weekday', '=', piece.weekday)
          .where('place_windows.start_minute', '<=', piece.startMinute)
          .where('place_windows.end_minute', '>=', piece.endMinute),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('place_closed_dates')
          .select('place_closed_dates.place_id')
          .whereRef('place_closed_dates.place_id', '=', 'places.id')
          .where('place_closed_dates.date', 'in', [...new Set(pieces.map((piece) => piece.date))]),
      ),
    ),
  ]);
}

/**
 * No live booking touches [start, end + the place's buffer). Live bookings never overlap, so it
 * takes two short reads of `bookings_live_place_start`: none starts inside the block, and the
 * latest one starting before it ends by the start. Bookings elsewhere in time are never read.
 */
function freeOfBookings(eb: PlacesEb, startsAt: number, endsAt: number) {
  // The casts keep PostgreSQL from typing the parameter as a 32-bit integer.
  const blockEnd = sql<number>`cast(${endsAt} as bigint) + cast(places.buffer_minutes as bigint) * 60000`;
  const earlierEnd = eb
    .selectFrom('bookings as earlier')
    .select('earlier.block_end')
    .whereRef('earlier.place_id', '=', 'places.id')
    .where(sql<boolean>`earlier.status in ('requested', 'approved')`)
    .where('earlier.starts_at', '<', startsAt)
    .orderBy('earlier.starts_at', 'desc')
    .limit(1);
  return eb.and([
    eb.not(
      eb.exists(
        eb
          .selectFrom('bookings')
          .select('bookings.id')
          .whereRef('bookings.place_id', '=', 'places.id')
          .where(LIVE)
          .where('bookings.starts_at', '>=', startsAt)
          .where('bookings.starts_at', '<', blockEnd),
      ),
    ),
    eb(sql<number>`coalesce((${earlierEnd}), 0)`, '<=', startsAt),
  ]);
}

function freePlaces(db: Db, criteria: FreePlaceCriteria) {
  let select = db
    .selectFrom('places')
    .where('places.access_mode', 'in', ['bookable', 'on_request'])
    .where((eb) =>
      eb.or([eb('places.capacity', 'is', null), eb('places.capacity', '>=', criteria.attendees)]),
    )
    .where('places.min_duration_minutes', '<=', criteria.minutes)
    .where('places.max_duration_minutes', '>=', criteria.minutes)
    .where('places.max_advance_days', '>=', criteria.daysAhead)
    .where('places.min_notice_hours', '<=', criteria.noticeHours);
  if (criteria.stepFree) select = select.where('places.step_free', '=', 1);
  for (const facility of criteria.facilities) {
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('place_facilities')
          .select('place_facilities.place_id')
          .whereRef('place_facilities.place_id', '=', 'places.id')
          .where('place_facilities.facility', '=', facility),
      ),
    );
  }
  return select
    .where((eb) => scopeAllows(eb, criteria.booker))
    .where((eb) => openThroughout(eb, criteria.pieces))
    .where((eb) => freeOfBookings(eb, criteria.startsAt, criteria.endsAt));
}

/** The index `places_lat_band_lon` (migration 036) is on this expression: 0.01° bands of latitude. */
const LAT_BAND = sql<number>`cast(places.lat * 100 as integer)`;
const METRES_PER_DEGREE = 111_320;
/** The radii tried, nearest first, before asking of every place. */
const RADII = [500, 2_000, 8_000];

/**
 * The free places, nearest first, at most `count`: within a circle that grows until it holds
 * `count` of them, so a search reads the places near the origin, not the whole registry. Each
 * circle is read as its bounding box through `places_lat_band_lon` (a few latitude bands, each a
 * longitude range); the distance is flat-earth, exact enough within a city.
 */
async function nearestFreeIds(
  db: Db,
  criteria: FreePlaceCriteria,
  origin: { lat: number; lon: number },
  count: number,
): Promise<number[]> {
  const squash = Math.cos((origin.lat * Math.PI) / 180);
  const distance = sql<number>`(places.lat - ${origin.lat}) * (places.lat - ${origin.lat}) + (places.lon - ${origin.lon}) * (places.lon - ${origin.lon}) * ${squash * squash}`;
  const nearest = () =>
    freePlaces(db, criteria)
      .select('places.id')
      .orderBy(distance)
      .orderBy('places.name')
      .orderBy('places.id')
      .limit(count);
  for (const radius of RADII) {
    const dLat = radius / METRES_PER_DEGREE;
    const dLon = dLat / Math.max(squash, 0.01);
    // Whole bands, one more each side: the databases round the band expression differently.
    const first = Math.floor((origin.lat - dLat) * 100) - 1;
    const last = Math.ceil((origin.lat + dLat) * 100) + 1;
    const bands = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    const rows = await nearest()
      .where(LAT_BAND, 'in', bands)
      .where('places.lon', '>=', origin.lon - dLon)
      .where('places.lon', '<=', origin.lon + dLon)
      .where('places.lat', '>=', origin.lat - dLat)
      .where('places.lat', '<=', origin.lat + dLat)
      .where(distance, '<=', dLat * dLat)
      .execute();
    if (rows.length >= count) return rows.map((row) => row.id);
  }
  return (await nearest().execute()).map((row) => row.id);
}

/**
 * One page of the places free for the interval under their own rules, nearest first from the
 * origin or by name, and whether more follow. Read so that it stops once the page is full: by
 * name along `places_name`, nearest within a growing circle. Its work grows with the places it
 * passes on the way (a few index probes each), not with the registry or bookings at other times.
 */
export async function freePlacePage(
  db: Db,
  criteria: FreePlaceCriteria,
  page: { limit: number; offset: number },
): Promise<{ ids: number[]; hasMore: boolean }> {
  const count = page.offset + page.limit + 1;
  const ids =
    criteria.origin === null
      ? (
          await freePlaces(db, criteria)
            .select('places.id')
            .orderBy('places.name')
            .orderBy('places.id')
            .limit(count)
            .execute()
        ).map((row) => row.id)
      : await nearestFreeIds(db, criteria, criteria.origin, count);
  return { ids: ids.slice(page.offset, page.offset + page.limit), hasMore: ids.length === count };
}
