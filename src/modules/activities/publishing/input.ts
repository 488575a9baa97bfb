import {
  ADDRESS_MAX,
  CAPACITY_DIGITS_MAX,
  CAPACITY_MAX,
  COHOSTS_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  SLUG_MAX,
  STOP_NAME_MAX,
  STOPS_MAX,
  TITLE_MAX,
} from '#src/modules/activities/limits.ts';
import {
  REPEATS,
  type RecurrencePattern,
  type Repeat,
} from '#src/modules/activities/occurrences/recurrence.ts';
import {
  type ActivityKind,
  ADDRESS_VISIBILITIES,
  type AddressVisibility,
  type LocationKind,
} from '#src/modules/activities/tables.ts';
import { ACTIVITY_LANGUAGES, isActivityKind, templateOf } from '#src/modules/activities/templates.ts';
import { parseTime, readDateField, readTimeField, wallClockError } from '#src/platform/dates/parse.ts';
import { type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import { hasRefusedControl, readText } from '#src/platform/form-input.ts';
import { instantAt, localParts } from '#src/platform/local-time.ts';
import { MINUTE } from '#src/platform/time.ts';

/** What a person typed into the activity form, or what the API sent, as text. */
export interface ActivityRawInput {
  kind?: string;
  title?: string;
  description?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  locationKind?: string;
  placeSlug?: string;
  address?: string;
  /** 'public' or 'participants'; left out: the kind's default (a home visit: participants). */
  addressVisibility?: string;
  lat?: string;
  lon?: string;
  stops?: RawStop[];
  organisationId?: string;
  cohosts?: string;
  childFriendly?: boolean;
  stepFree?: boolean;
  freeOfCharge?: boolean;
  languages?: string[];
  capacity?: string;
  repeat?: string;
  until?: string;
}

export interface RawStop {
  name: string;
  time?: string;
  lat?: string;
  lon?: string;
}

export interface Stop {
  name: string;
  minuteOfDay: number | null;
  lat: number | null;
  lon: number | null;
}

export type LocationDraft =
  | { kind: 'place'; placeSlug: string }
  | { kind: 'point'; address: string; lat: number | null; lon: number | null }
  | { kind: 'route'; stops: Stop[] };

/** An activity as read: every field checked for form, not yet against places or people. */
export interface ActivityDraft {
  kind: ActivityKind;
  title: string;
  description: string;
  startsAt: number;
  endsAt: number;
  recurrence: RecurrencePattern | null;
  location: LocationDraft;
  addressVisibility: AddressVisibility;
  organisationId: number | null;
  cohostEmails: string[];
  childFriendly: boolean;
  stepFree: boolean;
  freeOfCharge: boolean;
  languages: string[];
  capacity: number | null;
}

/** A text under the form kit's rule for control characters; '' where it records an error. */
function text(
  errors: FieldErrors,
  field: string,
  raw: string | undefined,
  max: number,
  options: { required?: boolean; multiline?: boolean } = {},
) {
  return readText(errors, field, raw, {
    max,
    required: options.required === true ? 'validation.required' : undefined,
    multiline: options.multiline === true,
  });
}

function coordinate(raw: string | undefined, limit: number): number | null | 'invalid' {
  const value = (raw ?? '').trim().replace(',', '.');
  if (value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : 'invalid';
}

function readPoint(errors: FieldErrors, raw: ActivityRawInput): { lat: number | null; lon: number | null } {
  const lat = coordinate(raw.lat, 90);
  const lon = coordinate(raw.lon, 180);
  if (lat === 'invalid' || lon === 'invalid' || (lat === null) !== (lon === null)) {
    errors.lat = { key: 'activities.validation.point' };
    return { lat: null, lon: null };
  }
  return { lat, lon };
}

function readStops(errors: FieldErrors, raw: readonly RawStop[]): Stop[] {
  const stops: Stop[] = [];
  for (const stop of raw) {
    const name = stop.name.trim();
    if (name === '') continue;
    const stopTime = (stop.time ?? '').trim();
    const parsedTime = stopTime === '' ? null : parseTime(stopTime);
    const minute = parsedTime?.ok === true ? parsedTime.value : null;
    const lat = coordinate(stop.lat, 90);
    const lon = coordinate(stop.lon, 180);
    const badName = name.length > STOP_NAME_MAX || hasRefusedControl(name, false);
    if (badName || (minute === null && (stop.time ?? '').trim() !== '')) {
      errors.stops = { key: 'activities.validation.stop', params: { stop: name.slice(0, 60) } };
    }
    if (lat === 'invalid' || lon === 'invalid' || (lat === null) !== (lon === null)) {
      errors.stops = { key: 'activities.validation.stop', params: { stop: name.slice(0, 60) } };
    }
    stops.push({
      name,
      minuteOfDay: minute,
      lat: typeof lat === 'number' ? lat : null,
      lon: typeof lon === 'number' ? lon : null,
    });
  }
  if (errors.stops === undefined && stops.length < 2)
    errors.stops = { key: 'activities.validation.routeStops' };
  if (stops.length > STOPS_MAX)
    errors.stops = { key: 'activities.validation.tooManyStops', params: { max: STOPS_MAX } };
  return stops;
}

function readLocation(errors: FieldErrors, raw: ActivityRawInput): LocationDraft {
  const kind = (raw.locationKind ?? '').trim() as LocationKind | '';
  if (kind === 'place') {
    const placeSlug = text(errors, 'placeSlug', raw.placeSlug, SLUG_MAX);
    if (placeSlug === '' && errors.placeSlug === undefined)
      errors.placeSlug = { key: 'activities.validation.choosePlace' };
    return { kind, placeSlug };
  }
  if (kind === 'route') return { kind, stops: readStops(errors, raw.stops ?? []) };
  if (kind !== 'point' && kind !== '') errors.locationKind = { key: 'validation.invalid' };
  const address = text(errors, 'address', raw.address, ADDRESS_MAX);
  const point = readPoint(errors, raw);
  if (address === '' && point.lat === null && errors.lat === undefined && errors.address === undefined) {
    errors.address = { key: 'activities.validation.where' };
  }
  return { kind: 'point', address, ...point };
}

function readCapacity(errors: FieldErrors, raw: string | undefined): number | null {
  const value = (raw ?? '').trim();
  if (value === '') return null;
  const number = Number(value);
  const digits = value.length <= CAPACITY_DIGITS_MAX && /^\d+$/.test(value);
  if (!digits || number < 1 || number > CAPACITY_MAX) {
    errors.capacity = { key: 'activities.validation.capacity', params: { max: CAPACITY_MAX } };
    return null;
  }
  return number;
}

function readRecurrence(
  errors: FieldErrors,
  raw: ActivityRawInput,
  date: string | null,
  today: string,
): RecurrencePattern | null {
  const repeat = (raw.repeat ?? '').trim();
  if (repeat === '' || repeat === 'none') return null;
  if (!(REPEATS as readonly string[]).includes(repeat)) {
    errors.repeat = { key: 'activities.validation.repeat' };
    return null;
  }
  if ((raw.until ?? '').trim() === '') return { repeat: repeat as Repeat, until: null };
  const until = readDateField(errors, 'until', raw.until, today);
  if (until === null) return null;
  if (date !== null && until < date) errors.until = { key: 'activities.validation.untilBeforeStart' };
  return { repeat: repeat as Repeat, until };
}

function readEmails(errors: FieldErrors, raw: string | undefined): string[] {
  const emails = (raw ?? '')
    .split(/[\s,;]+/)
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email !== '');
  const unique = [...new Set(emails)];
  const bad = unique.find(
    (email) =>
      !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ||
      email.length > EMAIL_MAX ||
      hasRefusedControl(email, false),
  );
  if (bad !== undefined)
    errors.cohosts = { key: 'activities.validation.cohostEmail', params: { email: bad.slice(0, 80) } };
  else if (unique.length > COHOSTS_MAX)
    errors.cohosts = { key: 'activities.validation.tooManyCohosts', params: { max: COHOSTS_MAX } };
  return unique;
}

/** A home visit shows its flats' addresses to participants only unless the organiser says otherwise. */
export function defaultAddressVisibility(kind: ActivityKind): AddressVisibility {
  return kind === 'tour_de_lejlighed' ? 'participants' : 'public';
}

function readAddressVisibility(errors: FieldErrors, raw: string | undefined, kind: ActivityKind) {
  if (raw === undefined) return defaultAddressVisibility(kind);
  const value = raw.trim();
  if ((ADDRESS_VISIBILITIES as readonly string[]).includes(value)) return value as AddressVisibility;
  errors.addressVisibility = { key: 'validation.invalid' };
  return 'public';
}

function readLanguages(raw: readonly string[] | undefined): string[] {
  const known = new Set<string>(ACTIVITY_LANGUAGES);
  const chosen = (raw ?? []).filter((code) => known.has(code));
  return chosen.length === 0 ? ['da'] : [...new Set(chosen)];
}

/**
 * Reads an activity: the minimum is kind, title, date, start time and where. Without an end time
 * the activity lasts the kind's usual length. Throws a ValidationError naming each bad field.
 */
export function readActivityInput(
  raw: ActivityRawInput,
  now: number,
  options: { allowPast: boolean },
): ActivityDraft {
  const errors: FieldErrors = {};
  const kindText = (raw.kind ?? '').trim();
  if (!isActivityKind(kindText))
    errors.kind = { key: kindText === '' ? 'validation.required' : 'validation.invalid' };
  const kind: ActivityKind = isActivityKind(kindText) ? kindText : 'other';
  const title = text(errors, 'title', raw.title, TITLE_MAX, { required: true });
  const description = text(errors, 'description', raw.description, DESCRIPTION_MAX, { multiline: true });
  const today = localParts(now).date;
  const date = readDateField(errors, 'date', raw.date, today);
  const start = readTimeField(errors, 'startTime', raw.startTime);
  const end = readTimeField(errors, 'endTime', raw.endTime, { optional: true });
  const validDate = date ?? '2000-01-01';
  for (const [field, minute] of [
    ['startTime', start],
    ['endTime', end],
  ] as const) {
    const gap = date === null || minute === null ? null : wallClockError(date, minute);
    if (gap !== null) errors[field] = gap;
  }
  const startsAt = instantAt(validDate, start ?? 0);
  let endsAt = startsAt + templateOf(kind).minutes * MINUTE;
  if (end !== null) {
    endsAt = instantAt(validDate, end);
    if (start !== null && end <= start) errors.endTime = { key: 'activities.validation.endBeforeStart' };
  }
  if (errors.date === undefined && errors.startTime === undefined && !options.allowPast && startsAt < now) {
    errors.date = { key: 'activities.validation.inPast' };
  }
  const location = readLocation(errors, raw);
  const organisationText = (raw.organisationId ?? '').trim();
  let organisationId: number | null = null;
  if (organisationText !== '') {
    if (/^\d{1,10}$/.test(organisationText)) organisationId = Number(organisationText);
    else errors.organisationId = { key: 'validation.invalid' };
  }
  const draft: ActivityDraft = {
    kind,
    title,
    description,
    startsAt,
    endsAt,
    recurrence: readRecurrence(errors, raw, date, today),
    location,
    addressVisibility: readAddressVisibility(errors, raw.addressVisibility, kind),
    organisationId,
    cohostEmails: readEmails(errors, raw.cohosts),
    childFriendly: raw.childFriendly === true,
    stepFree: raw.stepFree === true,
    freeOfCharge: raw.freeOfCharge === true,
    languages: readLanguages(raw.languages),
    capacity: readCapacity(errors, raw.capacity),
  };
  throwIfInvalid(errors);
  return draft;
}
