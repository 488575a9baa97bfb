import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import type { WeeklyWindow } from '#src/modules/places/rules.ts';
import type { AccessMode, BookerScope, KeyHandover, PlacesTable } from '#src/modules/places/tables.ts';
import type { AppContext } from '#src/platform/context.ts';

/** Test-only: organisations and places written straight to the database, with every rule settable. */

let counter = 0;

function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function createOrganisation(
  ctx: AppContext,
  options: { name?: string; kind?: OrganisationKind; admins?: number[]; members?: number[] } = {},
): Promise<number> {
  const now = ctx.clock.now();
  const row = await ctx.db.kysely
    .insertInto('organisations')
    .values({
      name: options.name ?? 'Testforeningen',
      slug: unique('org'),
      kind: options.kind ?? 'association',
      cvr: null,
      description: '',
      created_by: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const memberships = [
    ...(options.admins ?? []).map((userId) => ({ userId, role: 'admin' as const })),
    ...(options.members ?? []).map((userId) => ({ userId, role: 'member' as const })),
  ];
  for (const membership of memberships) {
    await ctx.db.kysely
      .insertInto('memberships')
      .values({ organisation_id: row.id, user_id: membership.userId, role: membership.role, created_at: now })
      .execute();
  }
  return row.id;
}

/** Every day, all day: a place with no window limits unless a test sets them. */
export const ALL_WEEK: WeeklyWindow[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  startMinute: 0,
  endMinute: 1440,
}));

export interface PlaceOptions {
  slug?: string;
  name?: string;
  organisationId: number;
  accessMode?: AccessMode;
  approvalRequired?: boolean;
  keyHandover?: KeyHandover;
  keyInstructions?: string;
  capacity?: number | null;
  windows?: WeeklyWindow[];
  closedDates?: Array<{ date: string; reason: string }>;
  minNoticeHours?: number;
  maxAdvanceDays?: number;
  minDurationMinutes?: number;
  maxDurationMinutes?: number;
  bufferMinutes?: number;
  bookerScope?: BookerScope;
  allowedKinds?: OrganisationKind[];
  responsibleHostRequired?: boolean;
  cancellationDeadlineHours?: number;
  codeVisibleMinutesBefore?: number;
  managers?: number[];
  facilities?: string[];
  stepFree?: boolean;
  lat?: number;
  lon?: number;
}

function placeRow(options: PlaceOptions, now: number): Omit<PlacesTable, 'id'> {
  const slug = options.slug ?? unique('sted');
  return {
    slug,
    name: options.name ?? `Lokale ${slug}`,
    kind: 'municipal_room',
    organisation_id: options.organisationId,
    description: '',
    address: 'Sluseholmen 1, 2450 København SV',
    lat: options.lat ?? 55.646,
    lon: options.lon ?? 12.545,
    district_id: null,
    neighbourhood_id: null,
    capacity: options.capacity === undefined ? 30 : options.capacity,
    step_free: options.stepFree === false ? 0 : 1,
    accessible_toilet: 0,
    hearing_loop: 0,
    house_rules: '',
    price_note: '',
    access_mode: options.accessMode ?? 'bookable',
    closed_reason: '',
    key_handover: options.keyHandover ?? 'none',
    key_instructions: options.keyInstructions ?? '',
    code_visible_minutes_before: options.codeVisibleMinutesBefore ?? 60,
    min_duration_minutes: options.minDurationMinutes ?? 30,
    max_duration_minutes: options.maxDurationMinutes ?? 600,
    max_advance_days: options.maxAdvanceDays ?? 365,
    min_notice_hours: options.minNoticeHours ?? 0,
    buffer_minutes: options.bufferMinutes ?? 0,
    booker_scope: options.bookerScope ?? 'anyone',
    approval_required: options.approvalRequired === false ? 0 : 1,
    responsible_host_required: options.responsibleHostRequired === true ? 1 : 0,
    cancellation_deadline_hours: options.cancellationDeadlineHours ?? 24,
    created_by: null,
    created_at: now,
    updated_at: now,
  };
}

/** A place with its windows, closed dates, allowed kinds, managers and facilities. */
export async function createPlace(
  ctx: AppContext,
  options: PlaceOptions,
): Promise<{ id: number; slug: string }> {
  const db = ctx.db.kysely;
  const values = placeRow(options, ctx.clock.now());
  const { id } = await db.insertInto('places').values(values).returning('id').executeTakeFirstOrThrow();
  const windows = options.windows ?? ALL_WEEK;
  if (windows.length > 0) {
    await db
      .insertInto('place_windows')
      .values(
        windows.map((w) => ({
          place_id: id,
          weekday: w.weekday,
          start_minute: w.startMinute,
          end_minute: w.endMinute,
        })),
      )
      .execute();
  }
  for (const closed of options.closedDates ?? []) {
    await db
      .insertInto('place_closed_dates')
      .values({ place_id: id, date: closed.date, reason: closed.reason })
      .execute();
  }
  for (const kind of options.allowedKinds ?? []) {
    await db.insertInto('place_allowed_kinds').values({ place_id: id, kind }).execute();
  }
  for (const userId of options.managers ?? []) {
    await db.insertInto('place_managers').values({ place_id: id, user_id: userId }).execute();
  }
  for (const facility of options.facilities ?? []) {
    await db.insertInto('place_facilities').values({ place_id: id, facility }).execute();
  }
  return { id, slug: values.slug };
}
