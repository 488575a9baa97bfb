import type { Generated } from 'kysely';
import type { Flag } from '#src/db/flag.ts';
import type { Locale } from '#src/platform/locale.ts';

export const ACTIVITY_KINDS = [
  'communal_dining',
  'swap_corner',
  'neighbour_coffee',
  'tour_de_lejlighed',
  'pop_up',
  'workshop',
  'outdoor',
  'meeting',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Where an activity happens: a registered place, a point or address, or a route of stops. */
export const LOCATION_KINDS = ['place', 'point', 'route'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** unconfirmed: a guest who has not clicked the e-mail link yet, holding no seat. */
export const PARTICIPANT_STATUSES = ['unconfirmed', 'joined', 'waiting', 'cancelled'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Who sees the full address: everyone, or only those signed up (the public sees the street). */
export const ADDRESS_VISIBILITIES = ['public', 'participants'] as const;
export type AddressVisibility = (typeof ADDRESS_VISIBILITIES)[number];

export interface ActivitiesTable {
  id: Generated<number>;
  kind: ActivityKind;
  title: string;
  description: string;
  /** The first occurrence. */
  starts_at: number;
  ends_at: number;
  /** RFC 5545 RRULE without DTSTART (it is `starts_at`), e.g. `FREQ=WEEKLY;INTERVAL=2`; null: once. */
  rrule: string | null;
  /** End of the last occurrence; null for a series without end. Equals `ends_at` for a single one. */
  series_ends_at: number | null;
  location_kind: LocationKind;
  place_id: number | null;
  address: string;
  address_visibility: Generated<AddressVisibility>;
  lat: number | null;
  lon: number | null;
  neighbourhood_id: number | null;
  district_id: number | null;
  /** The person who created it and answers for it. */
  organiser_id: number | null;
  /** Set when it is organised on behalf of an organisation. */
  organisation_id: number | null;
  capacity: number | null;
  child_friendly: Flag;
  step_free: Flag;
  free_of_charge: Flag;
  /** Comma-separated language codes, e.g. `da,en`. */
  languages: string;
  cancelled_at: number | null;
  cancel_reason: string;
  /** Hidden by a moderator: gone from pages, feeds and the API. */
  hidden_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ActivityStopsTable {
  activity_id: number;
  position: number;
  name: string;
  minute_of_day: number | null;
  lat: number | null;
  lon: number | null;
}

export interface ActivityCohostsTable {
  activity_id: number;
  user_id: number;
}

export interface ActivityBookingsTable {
  activity_id: number;
  booking_id: number;
}

/** One occurrence of a series moved (RECURRENCE-ID) or cancelled (EXDATE), keyed by its original start. */
export interface ActivityOccurrenceChangesTable {
  activity_id: number;
  occurrence_start: number;
  cancelled: Flag;
  starts_at: number;
  ends_at: number;
  changed_at: number;
}

/** A sign-up for one occurrence (its original start); a single activity has one occurrence. */
export interface ActivityParticipantsTable {
  id: Generated<number>;
  activity_id: number;
  occurrence_start: number;
  user_id: number | null;
  name: string;
  email: string;
  locale: Locale;
  status: ParticipantStatus;
  created_at: number;
  /** When the person took their place in the queue: the waiting list moves up in this order. */
  queued_at: number;
  cancelled_at: number | null;
}

/** A person's private feed of the activities they joined or organise; link token = HMAC(secret, nonce). */
export interface ActivityCalendarFeedsTable {
  user_id: number;
  token_hash: string;
  nonce: string;
  created_at: number;
}
