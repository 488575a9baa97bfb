import { ATTENDEES_MAX, HOST_NAME_MAX, PHONE_MAX, TITLE_MAX } from '#src/modules/places/bookings/limits.ts';
import type { CreateBookingJson } from '#src/modules/places/bookings/schemas.ts';
import { FREQUENCIES, type SeriesPattern } from '#src/modules/places/bookings/series.ts';
import { readInstantField } from '#src/platform/dates/instant.ts';
import { readDateField, readTimeField, wallClockError } from '#src/platform/dates/parse.ts';
import { type FieldErrors, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';
import { asText, pickChoice, type RawValue, readId, readText } from '#src/platform/form-input.ts';
import { instantAt, localParts } from '#src/platform/local-time.ts';
import { DAY } from '#src/platform/time.ts';

/** What a person typed into the booking form (all strings, any of them missing). */
export interface BookingFormInput {
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  attendees?: string;
  responsibleHostName?: string;
  responsibleHostPhone?: string;
  organisationId?: string;
  repeat?: string;
  until?: string;
}

/** A booking's details once read, with the interval as instants. */
export interface BookingRequest {
  title: string;
  startsAt: number;
  endsAt: number;
  attendees: number;
  responsibleHostName: string;
  responsibleHostPhone: string;
  organisationId: number | null;
}

/** The number of people, typed or sent as a JSON integer: 1 to ATTENDEES_MAX. */
export function readAttendees(errors: FieldErrors, field: string, raw: RawValue): number {
  const text = (asText(raw) ?? '').trim();
  const attendees = Number(text);
  if (text === '') errors[field] = { key: 'validation.required' };
  else if (!/^\d{1,6}$/.test(text) || attendees < 1 || attendees > ATTENDEES_MAX) {
    errors[field] = { key: 'bookings.validation.attendees', params: { max: ATTENDEES_MAX } };
  }
  return attendees;
}

type CommonFields = Omit<BookingRequest, 'startsAt' | 'endsAt'>;

/** Checks the parts every booking shares, from either face; records the field errors found. */
function readCommonFields(
  errors: FieldErrors,
  input: Partial<
    Record<
      'title' | 'attendees' | 'responsibleHostName' | 'responsibleHostPhone' | 'organisationId',
      RawValue
    >
  >,
): CommonFields {
  const title = readText(errors, 'title', input.title, { max: TITLE_MAX, required: 'validation.required' });
  const attendees = readAttendees(errors, 'attendees', input.attendees);
  const responsibleHostName = readText(errors, 'responsibleHostName', input.responsibleHostName, {
    max: HOST_NAME_MAX,
  });
  const responsibleHostPhone = readText(errors, 'responsibleHostPhone', input.responsibleHostPhone, {
    max: PHONE_MAX,
  });
  const rawOrganisation = input.organisationId;
  const organisationId = readId(rawOrganisation);
  if (organisationId === null && rawOrganisation !== undefined && rawOrganisation !== null) {
    if ((asText(rawOrganisation) ?? '').trim() !== '') errors.organisationId = { key: 'validation.invalid' };
  }
  return { title, attendees, responsibleHostName, responsibleHostPhone, organisationId };
}

export interface ReadForm {
  request: BookingRequest;
  /** The pattern when the person asked for a repeating booking; otherwise null. */
  series: SeriesPattern | null;
}

/**
 * Reads the booking form: a local date and clock times in Copenhagen as Danes type them ("8.12",
 * "18.30"), and an optional repeat. `today` (the request's local date) fills in a missing year.
 */
function readBookingForm(input: BookingFormInput, today: string): ReadForm {
  const errors: FieldErrors = {};
  const common = readCommonFields(errors, input);
  const date = readDateField(errors, 'date', input.date, today) ?? '';
  const startMinute = readTimeField(errors, 'startTime', input.startTime) ?? 0;
  const endMinute = readTimeField(errors, 'endTime', input.endTime) ?? 0;
  const repeat = (input.repeat ?? '').trim();
  const frequency = pickChoice(FREQUENCIES, repeat);
  if (frequency === null && repeat !== '' && repeat !== 'none') errors.repeat = { key: 'validation.invalid' };
  const until = frequency === null ? '' : (readDateField(errors, 'until', input.until, today) ?? '');
  if (frequency !== null && errors.until === undefined && errors.date === undefined && until < date) {
    errors.until = { key: 'bookings.validation.untilBeforeStart' };
  }
  if (errors.date === undefined && errors.startTime === undefined) {
    const gap = wallClockError(date, startMinute);
    if (gap !== null) errors.startTime = gap;
  }
  if (errors.date === undefined && errors.endTime === undefined) {
    const gap = wallClockError(date, endMinute);
    if (gap !== null) errors.endTime = gap;
  }
  throwIfInvalid(errors);
  const request: BookingRequest = {
    ...common,
    startsAt: instantAt(date, startMinute),
    endsAt: instantAt(date, endMinute),
  };
  const series = frequency === null ? null : { firstDate: date, startMinute, endMinute, frequency, until };
  return { request, series };
}

/** A series from the API: the first occurrence's local date and clock times, weekly or every other week. */
function apiPattern(
  request: BookingRequest,
  repeat: NonNullable<CreateBookingJson['repeat']>,
): SeriesPattern {
  const start = localParts(request.startsAt);
  const end = localParts(request.endsAt);
  const extraDays = Math.round(
    (Date.parse(`${end.date}T00:00:00Z`) - Date.parse(`${start.date}T00:00:00Z`)) / DAY,
  );
  if (request.endsAt <= request.startsAt) {
    throw new ValidationError({ endsAt: { key: 'bookings.problem.end_before_start' } });
  }
  if (repeat.until < start.date)
    throw new ValidationError({ until: { key: 'bookings.validation.untilBeforeStart' } });
  return {
    firstDate: start.date,
    startMinute: start.minute,
    endMinute: end.minute + extraDays * 1440,
    frequency: repeat.frequency,
    until: repeat.until,
  };
}

/** Reads the API's JSON: instants in RFC 3339 and an optional repeat; the shared fields as the form's. */
function readBookingJson(body: CreateBookingJson): ReadForm {
  const errors: FieldErrors = {};
  const common = readCommonFields(errors, body);
  const startsAt = readInstantField(errors, 'startsAt', body.startsAt);
  const endsAt = readInstantField(errors, 'endsAt', body.endsAt);
  throwIfInvalid(errors);
  const request: BookingRequest = { ...common, startsAt: startsAt ?? 0, endsAt: endsAt ?? 0 };
  return { request, series: body.repeat === undefined ? null : apiPattern(request, body.repeat) };
}

/**
 * What either face sent for a booking, before it is read: the HTML form's text (dates and times
 * as Danes type them, a missing year counted from `today`, the request's local date) or the API's
 * JSON. Both are read by the same rules, so both get the same field errors.
 */
export type BookingInput =
  | { face: 'form'; fields: BookingFormInput; today: string }
  | { face: 'api'; body: CreateBookingJson };

/** Reads a booking from either face; throws one ValidationError with a message per field. */
export function readBookingInput(input: BookingInput): ReadForm {
  return input.face === 'form' ? readBookingForm(input.fields, input.today) : readBookingJson(input.body);
}
