import type { Generated } from 'kysely';
import type { OrganisationKind } from '#src/modules/organisations/tables.ts';
import type { Flag } from '#src/platform/tables.ts';

export const PLACE_KINDS = [
  'school_room',
  'municipal_room',
  'library_room',
  'housing_common_room',
  'ground_floor',
  'outdoor_area',
  'temporary_premises',
  'swap_shelf',
  'green_pocket',
  'public_toilet',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** open: no booking, opening hours shown; closed: recorded so that exclusion is visible. */
export const ACCESS_MODES = ['open', 'bookable', 'on_request', 'closed'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const KEY_HANDOVERS = ['none', 'pickup', 'key_box', 'door_code'] as const;
export type KeyHandover = (typeof KEY_HANDOVERS)[number];

export const BOOKER_SCOPES = ['anyone', 'org_kinds', 'own_members'] as const;
export type BookerScope = (typeof BOOKER_SCOPES)[number];

export const BOOKING_STATUSES = ['requested', 'approved', 'rejected', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that hold the place: two of these never overlap (enforced by the database). */
export const LIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['requested', 'approved'];

export interface PlacesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: PlaceKind;
  organisation_id: number;
  description: string;
  address: string;
  lat: number;
  lon: number;
  district_id: number | null;
  neighbourhood_id: number | null;
  capacity: number | null;
  step_free: Flag;
  accessible_toilet: Flag;
  hearing_loop: Flag;
  house_rules: string;
  price_note: string;
  access_mode: AccessMode;
  /** Why a closed place is closed (door code, private courtyard): exclusion made visible. */
  closed_reason: string;
  key_handover: KeyHandover;
  key_instructions: string;
  /** Minutes before the start from which the door code is shown. */
  code_visible_minutes_before: number;
  min_duration_minutes: number;
  max_duration_minutes: number;
  max_advance_days: number;
  min_notice_hours: number;
  buffer_minutes: number;
  booker_scope: BookerScope;
  approval_required: Flag;
  responsible_host_required: Flag;
  cancellation_deadline_hours: number;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface PlaceFacilitiesTable {
  place_id: number;
  facility: string;
}

export interface PlaceAllowedKindsTable {
  place_id: number;
  kind: OrganisationKind;
}

export interface PlaceManagersTable {
  place_id: number;
  user_id: number;
}

/** A weekly window in local time (Europe/Copenhagen): ISO weekday 1–7, minutes from midnight. */
export interface PlaceWindowsTable {
  id: Generated<number>;
  place_id: number;
  weekday: number;
  start_minute: number;
  end_minute: number;
}

export interface PlaceClosedDatesTable {
  place_id: number;
  /** Local date, YYYY-MM-DD. */
  date: string;
  reason: string;
}

export interface PlacePhotosTable {
  id: Generated<number>;
  place_id: number;
  data: Buffer;
  content_type: string;
  width: number;
  height: number;
  alt_text: string;
  sort_order: number;
  created_at: number;
}

export interface BookingSeriesTable {
  id: Generated<number>;
  place_id: number;
  booker_id: number | null;
  /** RFC 5545 recurrence rule, e.g. FREQ=WEEKLY;INTERVAL=2;UNTIL=… */
  rrule: string;
  created_at: number;
}

export interface BookingsTable {
  id: Generated<number>;
  place_id: number;
  series_id: number | null;
  booker_id: number | null;
  organisation_id: number | null;
  title: string;
  attendees: number;
  responsible_host_name: string;
  responsible_host_phone: string;
  starts_at: number;
  ends_at: number;
  /** ends_at plus the place's buffer when booked: the range the overlap guarantee covers. */
  block_end: number;
  status: BookingStatus;
  decision_reason: string | null;
  decided_by: number | null;
  decided_at: number | null;
  cancelled_at: number | null;
  cancelled_by: number | null;
  door_code: string | null;
  created_at: number;
}

export interface DoorCodeViewsTable {
  id: Generated<number>;
  booking_id: number;
  user_id: number | null;
  viewed_at: number;
}
