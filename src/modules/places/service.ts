import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import {
  findPlaceById,
  findPlaceBySlug,
  findPlacesByIds,
  listAllowedKinds,
  listClosedDates,
  listFacilities,
  listWindows,
  type PlaceRow,
} from '#src/modules/places/queries.ts';
import type { ClosedDate, PlaceWithRules, WeeklyWindow } from '#src/modules/places/rules.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';

/** A place with its opening rules, as other modules (activities' locations) receive it. */
export type { PlaceWithRules };

/** The place's rows in the side tables, grouped by place id. */
interface Details {
  facilities: Map<number, string[]>;
  kinds: Map<number, OrganisationKind[]>;
  windows: Map<number, WeeklyWindow[]>;
  closedDates: Map<number, ClosedDate[]>;
}

function groupBy<T, V>(rows: readonly T[], key: (row: T) => number, value: (row: T) => V): Map<number, V[]> {
  const groups = new Map<number, V[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(value(row));
    groups.set(key(row), list);
  }
  return groups;
}

/** Four queries for any number of places, so pages and searches cost the same at any size. */
async function loadDetails(ctx: AppContext, placeIds: readonly number[]): Promise<Details> {
  const db = ctx.db.kysely;
  const [facilities, kinds, windows, closedDates] = await Promise.all([
    listFacilities(db, placeIds),
    listAllowedKinds(db, placeIds),
    listWindows(db, placeIds),
    listClosedDates(db, placeIds),
  ]);
  return {
    facilities: groupBy(
      facilities,
      (row) => row.place_id,
      (row) => row.facility,
    ),
    kinds: groupBy(
      kinds,
      (row) => row.place_id,
      (row) => row.kind,
    ),
    windows: groupBy(
      windows,
      (row) => row.place_id,
      (row) => ({ weekday: row.weekday, startMinute: row.start_minute, endMinute: row.end_minute }),
    ),
    closedDates: groupBy(
      closedDates,
      (row) => row.place_id,
      (row) => ({ date: row.date, reason: row.reason }),
    ),
  };
}

function toPlaceWithRules(row: PlaceRow, details: Details): PlaceWithRules {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationSlug: row.organisation_slug,
    description: row.description,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    districtId: row.district_id,
    neighbourhoodId: row.neighbourhood_id,
    capacity: row.capacity,
    stepFree: row.step_free === 1,
    accessibleToilet: row.accessible_toilet === 1,
    hearingLoop: row.hearing_loop === 1,
    facilities: details.facilities.get(row.id) ?? [],
    houseRules: row.house_rules,
    priceNote: row.price_note,
    rules: {
      accessMode: row.access_mode,
      closedReason: row.closed_reason,
      windows: details.windows.get(row.id) ?? [],
      closedDates: details.closedDates.get(row.id) ?? [],
      minDurationMinutes: row.min_duration_minutes,
      maxDurationMinutes: row.max_duration_minutes,
      maxAdvanceDays: row.max_advance_days,
      minNoticeHours: row.min_notice_hours,
      bufferMinutes: row.buffer_minutes,
      bookerScope: row.booker_scope,
      allowedKinds: details.kinds.get(row.id) ?? [],
      approvalRequired: row.approval_required === 1,
      responsibleHostRequired: row.responsible_host_required === 1,
      cancellationDeadlineHours: row.cancellation_deadline_hours,
      keyHandover: row.key_handover,
      keyInstructions: row.key_instructions,
      codeVisibleMinutesBefore: row.code_visible_minutes_before,
    },
  };
}

/** Places with their rules, in the order of the rows given (five queries in all). */
export async function withRules(ctx: AppContext, rows: readonly PlaceRow[]): Promise<PlaceWithRules[]> {
  const details = await loadDetails(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toPlaceWithRules(row, details));
}

/** One place with its rules, for the booking engine; NotFoundError when there is none. */
export async function getPlaceRules(ctx: AppContext, placeId: number): Promise<PlaceWithRules> {
  const row = await findPlaceById(ctx.db.kysely, placeId);
  if (row === undefined) throw new NotFoundError('places.error.notFound');
  const [place] = await withRules(ctx, [row]);
  if (place === undefined) throw new NotFoundError('places.error.notFound');
  return place;
}

/** The same by slug (for routes under /steder/:slug). */
export async function getPlaceRulesBySlug(ctx: AppContext, slug: string): Promise<PlaceWithRules> {
  const row = await findPlaceBySlug(ctx.db.kysely, slug);
  if (row === undefined) throw new NotFoundError('places.error.notFound');
  const [place] = await withRules(ctx, [row]);
  if (place === undefined) throw new NotFoundError('places.error.notFound');
  return place;
}

/** Many places with their rules in a constant number of queries (for search); unknown ids are skipped. */
export async function getPlacesWithRules(
  ctx: AppContext,
  placeIds: readonly number[],
): Promise<PlaceWithRules[]> {
  const rows = await findPlacesByIds(ctx.db.kysely, placeIds);
  return withRules(ctx, rows);
}
