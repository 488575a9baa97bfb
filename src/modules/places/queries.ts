import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import type { AccessMode, PlaceKind, PlacesTable } from '#src/modules/places/tables.ts';

type Db = Kysely<Database>;

/**
 * A place with its owner's name, slug and kind. The organisation row is read here (not through
 * the organisations service) only for those three columns, so that one query serves a whole
 * list page instead of one service call per place.
 */
export type PlaceRow = Selectable<PlacesTable> & {
  organisation_name: string;
  organisation_slug: string;
  organisation_kind: OrganisationKind;
};

function placesWithOwner(db: Db) {
  return db
    .selectFrom('places')
    .innerJoin('organisations', 'organisations.id', 'places.organisation_id')
    .selectAll('places')
    .select([
      'organisations.name as organisation_name',
      'organisations.slug as organisation_slug',
      'organisations.kind as organisation_kind',
    ]);
}

export function findPlaceBySlug(db: Db, slug: string): Promise<PlaceRow | undefined> {
  return placesWithOwner(db).where('places.slug', '=', slug).executeTakeFirst();
}

export function findPlaceById(db: Db, id: number): Promise<PlaceRow | undefined> {
  return placesWithOwner(db).where('places.id', '=', id).executeTakeFirst();
}

export function findPlacesByIds(db: Db, ids: readonly number[]): Promise<PlaceRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return placesWithOwner(db).where('places.id', 'in', ids).execute();
}

export interface PlaceFilter {
  kind: PlaceKind | null;
  /** A district or neighbourhood id: places inside it. */
  areaId: number | null;
  accessMode: AccessMode | null;
  stepFree: boolean;
  minCapacity: number | null;
  facility: string | null;
}

function filtered(db: Db, filter: PlaceFilter) {
  let query = placesWithOwner(db);
  if (filter.kind !== null) query = query.where('places.kind', '=', filter.kind);
  if (filter.accessMode !== null) query = query.where('places.access_mode', '=', filter.accessMode);
  if (filter.stepFree) query = query.where('places.step_free', '=', 1);
  if (filter.minCapacity !== null) query = query.where('places.capacity', '>=', filter.minCapacity);
  const areaId = filter.areaId;
  if (areaId !== null) {
    query = query.where((eb) =>
      eb.or([eb('places.district_id', '=', areaId), eb('places.neighbourhood_id', '=', areaId)]),
    );
  }
  const facility = filter.facility;
  if (facility !== null) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('place_facilities')
          .select('place_facilities.place_id')
          .whereRef('place_facilities.place_id', '=', 'places.id')
          .where('place_facilities.facility', '=', facility),
      ),
    );
  }
  return query;
}

export function listPlacePage(
  db: Db,
  filter: PlaceFilter,
  page: { limit: number; offset: number },
): Promise<PlaceRow[]> {
  return filtered(db, filter)
    .orderBy('places.name')
    .orderBy('places.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Every matching place, for the map and GeoJSON (no paging: the registry is neighbourhood-sized). */
export function listAllPlaces(db: Db, filter: PlaceFilter): Promise<PlaceRow[]> {
  return filtered(db, filter).orderBy('places.name').orderBy('places.id').execute();
}

/** What a map point shows of a place, for every matching place (no text columns, no side tables). */
export function listMapPoints(db: Db, filter: PlaceFilter) {
  return filtered(db, filter)
    .clearSelect()
    .select([
      'places.slug',
      'places.name',
      'places.kind',
      'places.access_mode',
      'places.capacity',
      'places.step_free',
      'places.accessible_toilet',
      'places.hearing_loop',
      'places.lat',
      'places.lon',
      'organisations.name as organisation_name',
    ])
    .orderBy('places.name')
    .orderBy('places.id')
    .execute();
}

export type MapPointRow = Awaited<ReturnType<typeof listMapPoints>>[number];

export async function countPlaces(db: Db, filter: PlaceFilter): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function listFacilities(db: Db, placeIds: readonly number[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place_facilities')
    .select(['place_id', 'facility'])
    .where('place_id', 'in', placeIds)
    .orderBy('facility')
    .execute();
}

export function listAllowedKinds(db: Db, placeIds: readonly number[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place_allowed_kinds')
    .select(['place_id', 'kind'])
    .where('place_id', 'in', placeIds)
    .orderBy('kind')
    .execute();
}

export function listWindows(db: Db, placeIds: readonly number[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place_windows')
    .select(['place_id', 'weekday', 'start_minute', 'end_minute'])
    .where('place_id', 'in', placeIds)
    .orderBy('weekday')
    .orderBy('start_minute')
    .execute();
}

export function listClosedDates(db: Db, placeIds: readonly number[]) {
  if (placeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('place_closed_dates')
    .select(['place_id', 'date', 'reason'])
    .where('place_id', 'in', placeIds)
    .orderBy('date')
    .execute();
}

export async function isListedManager(db: Db, placeId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('place_managers')
    .select('user_id')
    .where('place_id', '=', placeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The managers of a place with their names (a deleted account has no name). */
export function listManagers(db: Db, placeId: number) {
  return db
    .selectFrom('place_managers')
    .innerJoin('users', 'users.id', 'place_managers.user_id')
    .select(['users.id', 'users.name'])
    .where('place_managers.place_id', '=', placeId)
    .orderBy('users.name')
    .execute();
}

export function listSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  return db
    .selectFrom('places')
    .select('slug')
    .where('slug', 'like', `${base}%`)
    .execute()
    .then((rows) => rows.map((row) => row.slug));
}

export async function insertPlace(db: Db, values: Insertable<PlacesTable>): Promise<number> {
  const row = await db.insertInto('places').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlace(db: Db, id: number, values: Updateable<PlacesTable>): Promise<void> {
  await db.updateTable('places').set(values).where('id', '=', id).execute();
}

export async function replaceFacilities(
  db: Db,
  placeId: number,
  facilities: readonly string[],
): Promise<void> {
  await db.deleteFrom('place_facilities').where('place_id', '=', placeId).execute();
  if (facilities.length === 0) return;
  await db
    .insertInto('place_facilities')
    .values(facilities.map((facility) => ({ place_id: placeId, facility })))
    .execute();
}

export async function replaceAllowedKinds(
  db: Db,
  placeId: number,
  kinds: readonly OrganisationKind[],
): Promise<void> {
  await db.deleteFrom('place_allowed_kinds').where('place_id', '=', placeId).execute();
  if (kinds.length === 0) return;
  await db
    .insertInto('place_allowed_kinds')
    .values(kinds.map((kind) => ({ place_id: placeId, kind })))
    .execute();
}

export async function replaceWindows(
  db: Db,
  placeId: number,
  windows: ReadonlyArray<{ weekday: number; startMinute: number; endMinute: number }>,
): Promise<void> {
  await db.deleteFrom('place_windows').where('place_id', '=', placeId).execute();
  if (windows.length === 0) return;
  await db
    .insertInto('place_windows')
    .values(
      windows.map((window) => ({
        place_id: placeId,
        weekday: window.weekday,
        start_minute: window.startMinute,
        end_minute: window.endMinute,
      })),
    )
    .execute();
}

export async function replaceClosedDates(
  db: Db,
  placeId: number,
  dates: ReadonlyArray<{ date: string; reason: string }>,
): Promise<void> {
  await db.deleteFrom('place_closed_dates').where('place_id', '=', placeId).execute();
  if (dates.length === 0) return;
  await db
    .insertInto('place_closed_dates')
    .values(dates.map((closed) => ({ place_id: placeId, date: closed.date, reason: closed.reason })))
    .execute();
}

export async function insertManager(db: Db, placeId: number, userId: number): Promise<void> {
  await db
    .insertInto('place_managers')
    .values({ place_id: placeId, user_id: userId })
    .onConflict((oc) => oc.columns(['place_id', 'user_id']).doNothing())
    .execute();
}

export async function deleteManager(db: Db, placeId: number, userId: number): Promise<void> {
  await db
    .deleteFrom('place_managers')
    .where('place_id', '=', placeId)
    .where('user_id', '=', userId)
    .execute();
}
