import {
  type Insertable,
  type Kysely,
  type SelectQueryBuilder,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { ActivitiesTable, ActivityKind, ActivityStopsTable } from '#src/modules/activities/tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** What lists and feeds filter by; every field optional. */
export interface ActivityFilter {
  neighbourhoodId?: number;
  districtId?: number;
  kinds?: readonly ActivityKind[];
  childFriendly?: boolean;
  stepFree?: boolean;
  freeOfCharge?: boolean;
  language?: string;
  organisationId?: number;
  placeId?: number;
  /** Only activities with a point (for the map and "near me"). */
  located?: boolean;
}

/** The activity with the names it is shown with: one query, joined. */
function activitiesWithNames(db: Db) {
  return db
    .selectFrom('activities')
    .leftJoin('places', 'places.id', 'activities.place_id')
    .leftJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .leftJoin('users', 'users.id', 'activities.organiser_id')
    .leftJoin('areas', 'areas.id', 'activities.neighbourhood_id')
    .selectAll('activities')
    .select([
      'places.slug as place_slug',
      'places.name as place_name',
      'places.address as place_address',
      'places.lat as place_lat',
      'places.lon as place_lon',
      'organisations.slug as organisation_slug',
      'organisations.name as organisation_name',
      'users.name as organiser_name',
      'areas.name as neighbourhood_name',
      'areas.slug as neighbourhood_slug',
    ]);
}

export type ActivityRow = Awaited<ReturnType<typeof findActivityRow>> & object;

export function findActivityRow(db: Db, id: number) {
  return activitiesWithNames(db).where('activities.id', '=', id).executeTakeFirst();
}

/**
 * An area's column, or (`byIndex` false) the same value hidden from the planner behind a unary
 * plus (valid on both databases): the series are few and have their own partial index, but
 * SQLite, without statistics, would read them through the area's index of every activity.
 */
function areaColumn(column: 'neighbourhood_id' | 'district_id', byIndex: boolean) {
  return byIndex
    ? sql.ref<number | null>(`activities.${column}`)
    : sql<number | null>`+${sql.ref(`activities.${column}`)}`;
}

/** The filter's conditions on `activities` alone: lists filter and page without the joins. */
function listedWhere<O>(
  query: SelectQueryBuilder<Database, 'activities', O>,
  filter: ActivityFilter,
  options: { areaByIndex: boolean } = { areaByIndex: true },
): SelectQueryBuilder<Database, 'activities', O> {
  let q = query.where('activities.hidden_at', 'is', null);
  if (filter.neighbourhoodId !== undefined)
    q = q.where(areaColumn('neighbourhood_id', options.areaByIndex), '=', filter.neighbourhoodId);
  if (filter.districtId !== undefined)
    q = q.where(areaColumn('district_id', options.areaByIndex), '=', filter.districtId);
  if (filter.kinds !== undefined && filter.kinds.length > 0)
    q = q.where('activities.kind', 'in', filter.kinds);
  if (filter.childFriendly === true) q = q.where('activities.child_friendly', '=', 1);
  if (filter.stepFree === true) q = q.where('activities.step_free', '=', 1);
  if (filter.freeOfCharge === true) q = q.where('activities.free_of_charge', '=', 1);
  if (filter.language !== undefined) {
    const language = filter.language;
    q = q.where((eb) =>
      eb.or([
        eb('activities.languages', '=', language),
        eb('activities.languages', 'like', `${language},%`),
        eb('activities.languages', 'like', `%,${language}`),
        eb('activities.languages', 'like', `%,${language},%`),
      ]),
    );
  }
  if (filter.organisationId !== undefined)
    q = q.where('activities.organisation_id', '=', filter.organisationId);
  if (filter.placeId !== undefined) q = q.where('activities.place_id', '=', filter.placeId);
  if (filter.located === true) {
    q = q.where((eb) =>
      eb.or([
        eb('activities.lat', 'is not', null),
        eb(
          'activities.place_id',
          'in',
          eb.selectFrom('places').select('places.id').where('places.lat', 'is not', null),
        ),
      ]),
    );
  }
  return q;
}

/** Listed (not hidden) activities matching the filter, no joins: `select` picks the columns. */
function listed(db: Db, filter: ActivityFilter, options?: { areaByIndex: boolean }) {
  return listedWhere(db.selectFrom('activities'), filter, options);
}

/** The one-off activities (no rule) starting in [from, to): the partial index activities_listed_singles. */
function singlesIn(db: Db, filter: ActivityFilter, from: number, to: number) {
  return listed(db, filter)
    .where('activities.rrule', 'is', null)
    .where('activities.starts_at', '>=', from)
    .where('activities.starts_at', '<', to);
}

/** Rows with their names, by id, in no particular order: the page's rows once their order is known. */
export function listActivityRows(db: Db, ids: readonly number[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return activitiesWithNames(db).where('activities.id', 'in', ids).execute();
}

/** Where a list entry stands: its id and the start that places it. */
export interface Placed {
  id: number;
  startsAt: number;
}

/** Single (non-recurring) activities starting in [from, to), by start, `limit` from `offset`: ids only. */
export async function listSinglesPage(
  db: Db,
  filter: ActivityFilter,
  from: number,
  to: number,
  limit: number,
  offset: number,
  options: { uncancelled?: boolean } = {},
): Promise<Placed[]> {
  const rows = await singlesIn(db, filter, from, to)
    .$if(options.uncancelled === true, (qb) => qb.where('activities.cancelled_at', 'is', null))
    .select(['activities.id', 'activities.starts_at'])
    .orderBy('activities.starts_at')
    .orderBy('activities.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => ({ id: row.id, startsAt: row.starts_at }));
}

/**
 * How many single activities start in [from, to), counted up to `atMost` + 1 and no further: a
 * count reads what it counts, so an exact one over a busy year would grow with the data.
 */
export async function countSingles(
  db: Db,
  filter: ActivityFilter,
  from: number,
  to: number,
  options: { uncancelled?: boolean; atMost: number },
): Promise<number> {
  const counted = singlesIn(db, filter, from, to)
    .$if(options.uncancelled === true, (qb) => qb.where('activities.cancelled_at', 'is', null))
    .select('activities.id')
    .limit(options.atMost + 1);
  const row = await db
    .selectFrom(counted.as('counted'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What placing a series in a list needs: its rule and first time, no names. */
export interface SeriesTiming {
  id: number;
  starts_at: number;
  ends_at: number;
  rrule: string;
  cancelled: boolean;
}

/** Series that may have an occurrence starting in [from, to): their timing only (activities_listed_series). */
export async function listSeriesInWindow(
  db: Db,
  filter: ActivityFilter,
  from: number,
  to: number,
): Promise<SeriesTiming[]> {
  const rows = await listed(db, filter, { areaByIndex: false })
    .select([
      'activities.id',
      'activities.starts_at',
      'activities.ends_at',
      'activities.rrule',
      'activities.cancelled_at',
    ])
    .where('activities.rrule', 'is not', null)
    .where('activities.starts_at', '<', to)
    .where((eb) =>
      eb.or([eb('activities.series_ends_at', 'is', null), eb('activities.series_ends_at', '>', from)]),
    )
    // The partial index's order: by id alone, SQLite would rather scan the table in rowid order.
    .orderBy('activities.starts_at')
    .orderBy('activities.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    starts_at: row.starts_at,
    ends_at: row.ends_at,
    rrule: row.rrule ?? '',
    cancelled: row.cancelled_at !== null,
  }));
}

/** Around a point: a box of latitude and longitude, and a neighbourhood that counts as near too. */
export interface Nearby {
  centre: { lat: number; lon: number };
  box: { south: number; north: number; west: number; east: number };
  neighbourhoodId: number | null;
}

/**
 * The `limit` activities with a time in [from, to) nearest the centre, within the box (their own
 * point, their place's or a stop's) or in the neighbourhood: ids only, the nearest first by a flat
 * approximation (the caller measures properly). The box keeps far activities unread.
 */
export async function listNearIds(
  db: Db,
  near: Nearby,
  from: number,
  to: number,
  limit: number,
): Promise<number[]> {
  const { box, centre } = near;
  const lat = sql<number | null>`coalesce(${sql.ref('places.lat')}, ${sql.ref('activities.lat')})`;
  const lon = sql<number | null>`coalesce(${sql.ref('places.lon')}, ${sql.ref('activities.lon')})`;
  const shrink = Math.cos((centre.lat * Math.PI) / 180);
  const squared = sql<number>`coalesce((${lat} - ${centre.lat}) * (${lat} - ${centre.lat}) + (${lon} - ${centre.lon}) * (${lon} - ${centre.lon}) * ${shrink * shrink}, 1000000)`;
  const rows = await db
    .selectFrom('activities')
    .leftJoin('places', 'places.id', 'activities.place_id')
    .select('activities.id')
    .where('activities.hidden_at', 'is', null)
    .where('activities.starts_at', '<', to)
    .where((eb) =>
      eb.or([
        eb.and([eb('activities.rrule', 'is', null), eb('activities.starts_at', '>=', from)]),
        eb.and([
          eb('activities.rrule', 'is not', null),
          eb.or([eb('activities.series_ends_at', 'is', null), eb('activities.series_ends_at', '>', from)]),
        ]),
      ]),
    )
    .where((eb) =>
      eb.or([
        eb.and([
          eb('activities.lat', '>=', box.south),
          eb('activities.lat', '<=', box.north),
          eb('activities.lon', '>=', box.west),
          eb('activities.lon', '<=', box.east),
        ]),
        eb.and([
          eb('places.lat', '>=', box.south),
          eb('places.lat', '<=', box.north),
          eb('places.lon', '>=', box.west),
          eb('places.lon', '<=', box.east),
        ]),
        eb(
          'activities.id',
          'in',
          eb
            .selectFrom('activity_stops')
            .select('activity_stops.activity_id')
            .where('activity_stops.lat', '>=', box.south)
            .where('activity_stops.lat', '<=', box.north)
            .where('activity_stops.lon', '>=', box.west)
            .where('activity_stops.lon', '<=', box.east),
        ),
        ...(near.neighbourhoodId === null
          ? []
          : [eb('activities.neighbourhood_id', '=', near.neighbourhoodId)]),
      ]),
    )
    .orderBy(squared)
    .orderBy('activities.id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Where the previous page of a keyset-paged list ended. */
export interface PageEnd {
  startsAt: number;
  id: number;
}

/**
 * Every activity (single or series) touching [from, to): for feeds and the calendar. With `page`,
 * only the `limit` rows after `after` (feeds read in pages so no single query holds the process).
 */
export function listInWindow(
  db: Db,
  filter: ActivityFilter,
  from: number,
  to: number,
  page?: { after: PageEnd | null; limit: number },
) {
  const after = page?.after ?? null;
  const ids = listed(db, filter)
    .select('activities.id')
    .where('activities.starts_at', '<', to)
    .where((eb) =>
      eb.or([eb('activities.series_ends_at', 'is', null), eb('activities.series_ends_at', '>', from)]),
    );
  return activitiesWithNames(db)
    .where('activities.id', 'in', ids)
    .$if(after !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('activities.starts_at', '>', after?.startsAt ?? 0),
          eb.and([
            eb('activities.starts_at', '=', after?.startsAt ?? 0),
            eb('activities.id', '>', after?.id ?? 0),
          ]),
        ]),
      ),
    )
    .orderBy('activities.starts_at')
    .orderBy('activities.id')
    .$if(page !== undefined, (qb) => qb.limit(page?.limit ?? 0))
    .execute();
}

/** Activities a person organises, co-hosts or has joined (live sign-ups), for their private feed. */
export function listOfPerson(db: Db, userId: number, since: number) {
  return activitiesWithNames(db)
    .where('activities.hidden_at', 'is', null)
    .where((eb) =>
      eb.or([eb('activities.series_ends_at', 'is', null), eb('activities.series_ends_at', '>', since)]),
    )
    .where((eb) =>
      eb.or([
        eb('activities.organiser_id', '=', userId),
        eb(
          'activities.id',
          'in',
          eb
            .selectFrom('activity_cohosts')
            .select('activity_cohosts.activity_id')
            .where('activity_cohosts.user_id', '=', userId),
        ),
        eb(
          'activities.id',
          'in',
          eb
            .selectFrom('activity_participants')
            .select('activity_participants.activity_id')
            .where('activity_participants.user_id', '=', userId)
            .where('activity_participants.status', 'in', ['joined', 'waiting']),
        ),
      ]),
    )
    .orderBy('activities.starts_at')
    .execute();
}

export async function insertActivity(db: Db, values: Insertable<ActivitiesTable>): Promise<number> {
  const row = await db.insertInto('activities').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateActivity(db: Db, id: number, values: Updateable<ActivitiesTable>): Promise<void> {
  await db.updateTable('activities').set(values).where('id', '=', id).execute();
}

export async function replaceStops(
  db: Db,
  activityId: number,
  stops: readonly Omit<ActivityStopsTable, 'activity_id'>[],
) {
  await db.deleteFrom('activity_stops').where('activity_id', '=', activityId).execute();
  if (stops.length === 0) return;
  await db
    .insertInto('activity_stops')
    .values(stops.map((stop) => ({ ...stop, activity_id: activityId })))
    .execute();
}

export async function replaceCohosts(db: Db, activityId: number, userIds: readonly number[]): Promise<void> {
  await db.deleteFrom('activity_cohosts').where('activity_id', '=', activityId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('activity_cohosts')
    .values(userIds.map((userId) => ({ activity_id: activityId, user_id: userId })))
    .execute();
}

export function listStops(db: Db, activityIds: readonly number[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('activity_stops')
    .selectAll()
    .where('activity_id', 'in', activityIds)
    .orderBy('activity_id')
    .orderBy('position')
    .execute();
}

export function listCohosts(db: Db, activityId: number) {
  return db
    .selectFrom('activity_cohosts')
    .innerJoin('users', 'users.id', 'activity_cohosts.user_id')
    .select(['users.id', 'users.name', 'users.email'])
    .where('activity_cohosts.activity_id', '=', activityId)
    .orderBy('users.name')
    .execute();
}

export async function isCohost(db: Db, activityId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('activity_cohosts')
    .select('user_id')
    .where('activity_id', '=', activityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of these activities, those the person co-hosts. */
export async function cohostedOf(
  db: Db,
  userId: number,
  activityIds: readonly number[],
): Promise<Set<number>> {
  if (activityIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('activity_cohosts')
    .select('activity_id')
    .where('user_id', '=', userId)
    .where('activity_id', 'in', activityIds)
    .execute();
  return new Set(rows.map((row) => row.activity_id));
}

export function findLiveUsersByEmail(db: Db, emails: readonly string[]) {
  if (emails.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', 'in', emails)
    .where('deleted_at', 'is', null)
    .execute();
}

export async function linkBookings(db: Db, activityId: number, bookingIds: readonly number[]): Promise<void> {
  if (bookingIds.length === 0) return;
  await db
    .insertInto('activity_bookings')
    .values(bookingIds.map((bookingId) => ({ activity_id: activityId, booking_id: bookingId })))
    .execute();
}

/**
 * Unlinks the bookings an activity holds for times starting after `after` and returns their ids,
 * for releasing; bookings of times already begun stay linked, as history.
 */
export async function unlinkComingBookings(db: Db, activityId: number, after: number): Promise<number[]> {
  const rows = await db
    .selectFrom('activity_bookings')
    .innerJoin('bookings', 'bookings.id', 'activity_bookings.booking_id')
    .select('bookings.id')
    .where('activity_bookings.activity_id', '=', activityId)
    .where('bookings.starts_at', '>', after)
    .execute();
  const ids = rows.map((row) => row.id);
  if (ids.length > 0) {
    await db
      .deleteFrom('activity_bookings')
      .where('activity_id', '=', activityId)
      .where('booking_id', 'in', ids)
      .execute();
  }
  return ids;
}

/** The bookings (requested or approved) an activity holds for the time starting at `startsAt`. */
export async function listHeldBookingIds(db: Db, activityId: number, startsAt: number): Promise<number[]> {
  const rows = await db
    .selectFrom('activity_bookings')
    .innerJoin('bookings', 'bookings.id', 'activity_bookings.booking_id')
    .select('bookings.id')
    .where('activity_bookings.activity_id', '=', activityId)
    .where('bookings.starts_at', '=', startsAt)
    .where('bookings.status', 'in', ['requested', 'approved'])
    .execute();
  return rows.map((row) => row.id);
}

/** The booking status of each booking an activity holds. */
export function listBookingStatuses(db: Db, activityId: number) {
  return db
    .selectFrom('activity_bookings')
    .innerJoin('bookings', 'bookings.id', 'activity_bookings.booking_id')
    .select(['bookings.id', 'bookings.status', 'bookings.starts_at'])
    .where('activity_bookings.activity_id', '=', activityId)
    .orderBy('bookings.starts_at')
    .execute();
}

/** Moves and cancellations of occurrences of these series; with a window, only of those whose usual start is in it. */
export function listChanges(db: Db, activityIds: readonly number[], window?: { from: number; to: number }) {
  if (activityIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('activity_occurrence_changes')
    .selectAll()
    .where('activity_id', 'in', activityIds);
  if (window !== undefined)
    query = query.where('occurrence_start', '>=', window.from).where('occurrence_start', '<', window.to);
  return query.orderBy('occurrence_start').execute();
}

export async function saveChange(
  db: Db,
  values: {
    activity_id: number;
    occurrence_start: number;
    cancelled: 0 | 1;
    starts_at: number;
    ends_at: number;
    changed_at: number;
  },
): Promise<void> {
  await db
    .insertInto('activity_occurrence_changes')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['activity_id', 'occurrence_start']).doUpdateSet({
        cancelled: values.cancelled,
        starts_at: values.starts_at,
        ends_at: values.ends_at,
        changed_at: values.changed_at,
      }),
    )
    .execute();
}

/**
 * Changes whenever a public feed could: an activity added, changed, cancelled, hidden, or one time
 * moved. It is the site's content version (migration 035: triggers move it on with every write to
 * what public pages show), one row read however many activities there are; a write elsewhere
 * changes it too, which only costs a client one full download.
 */
export async function publicVersion(db: Db): Promise<string> {
  const row = await db.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
}
