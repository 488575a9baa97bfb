import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import type { BusyInterval } from '#src/modules/places/bookings/availability.ts';
import type { BookingStatus, BookingsTable } from '#src/modules/places/tables.ts';
import type { Locale } from '#src/platform/locale.ts';

type Db = Kysely<Database>;

/**
 * Matches the partial index `bookings_live_place_start` (migration 036): written as literals so
 * both databases see that the query's condition implies the index's.
 */
export const LIVE = sql<boolean>`bookings.status in ('requested', 'approved')`;
const LIVE_EARLIER = sql<boolean>`earlier.status in ('requested', 'approved')`;

/**
 * Live bookings of one place that touch [from, to), read in two short index ranges whatever the
 * place's history: live bookings never overlap, so only those starting in [from, to) and the
 * latest one starting before `from` can touch it (the subquery finds where to begin).
 */
export async function listBusy(
  db: Db,
  placeId: number,
  from: number,
  to: number,
): Promise<Array<BusyInterval & { id: number }>> {
  const rows = await db
    .selectFrom('bookings')
    .select(['id', 'starts_at', 'ends_at', 'block_end'])
    .where('place_id', '=', placeId)
    .where(LIVE)
    .where('starts_at', '<', to)
    .where('block_end', '>', from)
    .where(
      'starts_at',
      '>=',
      sql<number>`coalesce((${db
        .selectFrom('bookings as earlier')
        .select('earlier.starts_at')
        .where('earlier.place_id', '=', placeId)
        .where(LIVE_EARLIER)
        .where('earlier.starts_at', '<', from)
        .orderBy('earlier.starts_at', 'desc')
        .limit(1)}), ${from})`,
    )
    .orderBy('starts_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    blockEnd: row.block_end,
  }));
}

export async function insertBooking(db: Db, values: Insertable<BookingsTable>): Promise<number> {
  const row = await db.insertInto('bookings').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertSeries(
  db: Db,
  values: { place_id: number; booker_id: number; rrule: string; created_at: number },
): Promise<number> {
  const row = await db.insertInto('booking_series').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A booking with what its pages and mails need. The booker's name, e-mail and language are read
 * from the users table here (not through the accounts service) so that lists cost one query.
 */
export function bookingsWithDetails(db: Db) {
  return db
    .selectFrom('bookings')
    .innerJoin('places', 'places.id', 'bookings.place_id')
    .leftJoin('users as booker', 'booker.id', 'bookings.booker_id')
    .leftJoin('organisations', 'organisations.id', 'bookings.organisation_id')
    .selectAll('bookings')
    .select([
      'places.slug as place_slug',
      'places.name as place_name',
      'places.address as place_address',
      'places.organisation_id as place_organisation_id',
      'places.key_handover',
      'places.key_instructions',
      'places.code_visible_minutes_before',
      'places.cancellation_deadline_hours',
      'booker.name as booker_name',
      'booker.email as booker_email',
      'booker.locale as booker_locale',
      'organisations.name as organisation_name',
    ]);
}

export type BookingDetailsRow = Selectable<BookingsTable> & {
  place_slug: string;
  place_name: string;
  place_address: string;
  place_organisation_id: number;
  key_handover: 'none' | 'pickup' | 'key_box' | 'door_code';
  key_instructions: string;
  code_visible_minutes_before: number;
  cancellation_deadline_hours: number;
  booker_name: string | null;
  booker_email: string | null;
  booker_locale: Locale | null;
  organisation_name: string | null;
};

export function findBookingDetails(db: Db, id: number): Promise<BookingDetailsRow | undefined> {
  return bookingsWithDetails(db).where('bookings.id', '=', id).executeTakeFirst();
}

export function findBookingsDetails(db: Db, ids: readonly number[]): Promise<BookingDetailsRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return bookingsWithDetails(db).where('bookings.id', 'in', ids).orderBy('bookings.starts_at').execute();
}

/** A person's bookings, soonest first; past ones only since `since`. */
export function listBookingsOfUser(db: Db, userId: number, since: number): Promise<BookingDetailsRow[]> {
  return bookingsWithDetails(db)
    .where('bookings.booker_id', '=', userId)
    .where('bookings.ends_at', '>=', since)
    .orderBy('bookings.starts_at')
    .orderBy('bookings.id')
    .limit(500)
    .execute();
}

/** A person's bookings for their calendar feed (live and cancelled, so clients drop cancelled ones). */
export function listFeedBookingsOfUser(db: Db, userId: number, since: number): Promise<BookingDetailsRow[]> {
  return bookingsWithDetails(db)
    .where('bookings.booker_id', '=', userId)
    .where('bookings.ends_at', '>=', since)
    .orderBy('bookings.starts_at')
    .limit(1000)
    .execute();
}

/** Requests waiting for a decision at the places this person manages, oldest request first. */
export function listQueue(
  db: Db,
  managed: { placeIds: readonly number[]; organisationIds: readonly number[] },
  now: number,
): Promise<BookingDetailsRow[]> {
  if (managed.placeIds.length === 0 && managed.organisationIds.length === 0) return Promise.resolve([]);
  return bookingsWithDetails(db)
    .where('bookings.status', '=', 'requested')
    .where('bookings.starts_at', '>', now)
    .where((eb) =>
      eb.or([
        ...(managed.placeIds.length > 0 ? [eb('bookings.place_id', 'in', managed.placeIds)] : []),
        ...(managed.organisationIds.length > 0
          ? [eb('places.organisation_id', 'in', managed.organisationIds)]
          : []),
      ]),
    )
    .orderBy('bookings.created_at')
    .orderBy('bookings.id')
    .limit(500)
    .execute();
}

export async function listManagedPlaceIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('place_managers')
    .select('place_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.place_id);
}

/** Moves a booking from one status to another; false when it was no longer in `from`. */
export async function changeStatus(
  db: Db,
  id: number,
  from: readonly BookingStatus[],
  values: Partial<Selectable<BookingsTable>> & { status: BookingStatus },
): Promise<boolean> {
  const result = await db
    .updateTable('bookings')
    .set(values)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface Contact {
  id: number;
  name: string;
  email: string;
  locale: Locale;
}

/**
 * Who decides on a place's bookings and so gets its mail: its listed managers and the admins of
 * its owner. Read here in one query (users and memberships) because it is a mail's recipient list.
 */
export async function listManagerContacts(
  db: Db,
  placeId: number,
  organisationId: number,
): Promise<Contact[]> {
  const rows = await db
    .selectFrom('users')
    .select(['users.id', 'users.name', 'users.email', 'users.locale'])
    .where('users.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('place_managers')
            .select('place_managers.user_id')
            .whereRef('place_managers.user_id', '=', 'users.id')
            .where('place_managers.place_id', '=', placeId),
        ),
        eb.exists(
          eb
            .selectFrom('memberships')
            .select('memberships.user_id')
            .whereRef('memberships.user_id', '=', 'users.id')
            .where('memberships.organisation_id', '=', organisationId)
            .where('memberships.role', '=', 'admin'),
        ),
      ]),
    )
    .orderBy('users.id')
    .execute();
  return rows.flatMap((row) =>
    row.name === null || row.email === null
      ? []
      : [{ id: row.id, name: row.name, email: row.email, locale: row.locale }],
  );
}

/** The kinds of the given organisations (for the "members of organisations of these kinds" rule). */
export async function organisationKinds(db: Db, ids: readonly number[]): Promise<OrganisationKind[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').select('kind').where('id', 'in', ids).execute();
  return rows.map((row) => row.kind);
}

export async function insertDoorCodeView(db: Db, bookingId: number, userId: number, now: number) {
  await db
    .insertInto('door_code_views')
    .values({ booking_id: bookingId, user_id: userId, viewed_at: now })
    .execute();
}

export function listDoorCodeViews(db: Db, bookingId: number) {
  return db
    .selectFrom('door_code_views')
    .leftJoin('users', 'users.id', 'door_code_views.user_id')
    .select(['door_code_views.viewed_at', 'users.name as user_name'])
    .where('door_code_views.booking_id', '=', bookingId)
    .orderBy('door_code_views.viewed_at', 'desc')
    .orderBy('door_code_views.id', 'desc')
    .limit(200)
    .execute();
}
