import { withholdAddress } from '#src/modules/activities/address-visibility.ts';
import {
  occurrenceStarts,
  patternOf,
  type RecurrencePattern,
} from '#src/modules/activities/occurrences/recurrence.ts';
import type { Stop } from '#src/modules/activities/publishing/input.ts';
import type { ActivityRow } from '#src/modules/activities/queries.ts';
import type { ActivityKind, AddressVisibility, LocationKind } from '#src/modules/activities/tables.ts';

/** An activity as pages, feeds and the API see it. */
export interface Activity {
  id: number;
  kind: ActivityKind;
  title: string;
  description: string;
  /** The first occurrence. */
  startsAt: number;
  endsAt: number;
  rrule: string | null;
  recurrence: RecurrencePattern | null;
  seriesEndsAt: number | null;
  locationKind: LocationKind;
  place: { id: number; slug: string; name: string } | null;
  /**
   * Where, in words: the place's address, the typed address, or the first stop. For an address
   * shown to participants only, the public form (see address-visibility.ts) unless revealed.
   */
  address: string;
  addressVisibility: AddressVisibility;
  /** True when address, point and stops hold the public form of a participants-only address. */
  addressWithheld: boolean;
  point: { lat: number; lon: number } | null;
  stops: Stop[];
  neighbourhood: { slug: string; name: string } | null;
  neighbourhoodId: number | null;
  organiserId: number | null;
  /** null once the organising person deleted their account. */
  organiserName: string | null;
  organisation: { id: number; slug: string; name: string } | null;
  capacity: number | null;
  childFriendly: boolean;
  stepFree: boolean;
  freeOfCharge: boolean;
  languages: string[];
  cancelled: boolean;
  cancelReason: string;
  hidden: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface OccurrenceChange {
  occurrenceStart: number;
  cancelled: boolean;
  startsAt: number;
  endsAt: number;
}

/** One time an activity takes place; `key` is its original start (RECURRENCE-ID). */
export interface Occurrence {
  activity: Activity;
  key: number;
  startsAt: number;
  endsAt: number;
  /** The whole activity or this one time is cancelled. */
  cancelled: boolean;
  /** This one time was moved from its usual time. */
  moved: boolean;
  joined: number;
  waiting: number;
}

/**
 * An activity as a list shows it: once, with its next occurrences in the window, soonest first
 * (a single activity has just its one). The first decides its place in the list.
 */
export interface ListedActivity {
  activity: Activity;
  next: Occurrence;
  upcoming: Occurrence[];
}

type StopRow = {
  activity_id: number;
  name: string;
  minute_of_day: number | null;
  lat: number | null;
  lon: number | null;
};

export function toActivity(row: ActivityRow, stopRows: readonly StopRow[]): Activity {
  const stops = stopRows
    .filter((stop) => stop.activity_id === row.id)
    .map((stop) => ({ name: stop.name, minuteOfDay: stop.minute_of_day, lat: stop.lat, lon: stop.lon }));
  const firstLocated = stops.find((stop) => stop.lat !== null && stop.lon !== null);
  let point: Activity['point'] = null;
  if (row.place_lat !== null && row.place_lon !== null) point = { lat: row.place_lat, lon: row.place_lon };
  else if (row.lat !== null && row.lon !== null) point = { lat: row.lat, lon: row.lon };
  else if (firstLocated?.lat != null && firstLocated.lon != null)
    point = { lat: firstLocated.lat, lon: firstLocated.lon };
  const address =
    row.location_kind === 'place'
      ? (row.place_address ?? '')
      : row.location_kind === 'route'
        ? (stops[0]?.name ?? '')
        : row.address;
  return withholdAddress({
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    rrule: row.rrule,
    recurrence: row.rrule === null ? null : patternOf(row.rrule),
    seriesEndsAt: row.series_ends_at,
    locationKind: row.location_kind,
    place:
      row.place_id === null || row.place_slug === null || row.place_name === null
        ? null
        : { id: row.place_id, slug: row.place_slug, name: row.place_name },
    address,
    addressVisibility: row.address_visibility,
    addressWithheld: false,
    point,
    stops,
    neighbourhood:
      row.neighbourhood_slug === null || row.neighbourhood_name === null
        ? null
        : { slug: row.neighbourhood_slug, name: row.neighbourhood_name },
    neighbourhoodId: row.neighbourhood_id,
    organiserId: row.organiser_id,
    organiserName: row.organiser_name,
    organisation:
      row.organisation_id === null || row.organisation_slug === null || row.organisation_name === null
        ? null
        : { id: row.organisation_id, slug: row.organisation_slug, name: row.organisation_name },
    capacity: row.capacity,
    childFriendly: row.child_friendly === 1,
    stepFree: row.step_free === 1,
    freeOfCharge: row.free_of_charge === 1,
    languages: row.languages.split(',').filter((code) => code !== ''),
    cancelled: row.cancelled_at !== null,
    cancelReason: row.cancel_reason,
    hidden: row.hidden_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export type CountKey = `${number}:${number}`;
export type Counts = Map<CountKey, { joined: number; waiting: number }>;

export function countKey(activityId: number, occurrenceStart: number): CountKey {
  return `${activityId}:${occurrenceStart}`;
}

export function countsMap(
  rows: ReadonlyArray<{ activity_id: number; occurrence_start: number; status: string; n: number | string }>,
): Counts {
  const counts: Counts = new Map();
  for (const row of rows) {
    const key = countKey(row.activity_id, row.occurrence_start);
    const entry = counts.get(key) ?? { joined: 0, waiting: 0 };
    if (row.status === 'joined') entry.joined += Number(row.n);
    if (row.status === 'waiting') entry.waiting += Number(row.n);
    counts.set(key, entry);
  }
  return counts;
}

/** The occurrences of one activity starting in [from, to), with moves and cancellations applied. */
export function occurrencesOf(
  activity: Activity,
  changes: readonly (OccurrenceChange & { activityId: number })[],
  from: number,
  to: number,
  counts: Counts = new Map(),
  limit?: number,
): Occurrence[] {
  const duration = activity.endsAt - activity.startsAt;
  return occurrenceStarts(activity, from, to, limit).map((key) => {
    const change = changes.find(
      (candidate) => candidate.activityId === activity.id && candidate.occurrenceStart === key,
    );
    const count = counts.get(countKey(activity.id, key)) ?? { joined: 0, waiting: 0 };
    return {
      activity,
      key,
      startsAt: change?.startsAt ?? key,
      endsAt: change?.endsAt ?? key + duration,
      cancelled: activity.cancelled || change?.cancelled === true,
      moved: change !== undefined && !change.cancelled && change.startsAt !== key,
      joined: count.joined,
      waiting: count.waiting,
    };
  });
}

export function changesOf(
  rows: ReadonlyArray<{
    activity_id: number;
    occurrence_start: number;
    cancelled: number;
    starts_at: number;
    ends_at: number;
  }>,
): Array<OccurrenceChange & { activityId: number }> {
  return rows.map((row) => ({
    activityId: row.activity_id,
    occurrenceStart: row.occurrence_start,
    cancelled: row.cancelled === 1,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  }));
}

/** Places left for an occurrence, or null without a limit. */
export function placesLeft(occurrence: Occurrence): number | null {
  const { capacity } = occurrence.activity;
  return capacity === null ? null : Math.max(0, capacity - occurrence.joined);
}
