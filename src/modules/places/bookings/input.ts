import { FREQUENCIES, type Frequency, type SeriesPattern } from '#src/modules/places/bookings/series.ts';
import { readDateField, readTimeField, wallClockError } from '#src/platform/dates/parse.ts';
import { type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import { instantAt } from '#src/platform/local-time.ts';

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

export const TITLE_MAX = 200;
export const HOST_NAME_MAX = 200;
export const PHONE_MAX = 40;
export const ATTENDEES_MAX = 10_000;

function text(errors: FieldErrors, field: string, raw: string | undefined, max: number, required: boolean) {
  const value = (raw ?? '').trim();
  if (value === '' && required) errors[field] = { key: 'validation.required' };
  else if (value.length > max) errors[field] = { key: 'validation.tooLong', params: { max } };
  return value;
}

/** Checks the parts every booking shares; returns them with the field errors found. */
export function readCommonFields(
  errors: FieldErrors,
  input: Pick<
    BookingFormInput,
    'title' | 'attendees' | 'responsibleHostName' | 'responsibleHostPhone' | 'organisationId'
  >,
) {
  const title = text(errors, 'title', input.title, TITLE_MAX, true);
  const attendeesText = (input.attendees ?? '').trim();
  const attendees = Number(attendeesText);
  if (attendeesText === '') errors.attendees = { key: 'validation.required' };
  else if (!/^\d{1,6}$/.test(attendeesText) || attendees < 1 || attendees > ATTENDEES_MAX) {
    errors.attendees = { key: 'bookings.validation.attendees', params: { max: ATTENDEES_MAX } };
  }
  const responsibleHostName = text(
    errors,
    'responsibleHostName',
    input.responsibleHostName,
    HOST_NAME_MAX,
    false,
  );
  const responsibleHostPhone = text(
    errors,
    'responsibleHostPhone',
    input.responsibleHostPhone,
    PHONE_MAX,
    false,
  );
  const organisationText = (input.organisationId ?? '').trim();
  let organisationId: number | null = null;
  if (organisationText !== '') {
    if (/^\d{1,10}$/.test(organisationText)) organisationId = Number(organisationText);
    else errors.organisationId = { key: 'validation.invalid' };
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
export function readBookingForm(input: BookingFormInput, today: string): ReadForm {
  const errors: FieldErrors = {};
  const common = readCommonFields(errors, input);
  const date = readDateField(errors, 'date', input.date, today) ?? '';
  const startMinute = readTimeField(errors, 'startTime', input.startTime) ?? 0;
  const endMinute = readTimeField(errors, 'endTime', input.endTime) ?? 0;
  const repeat = (input.repeat ?? '').trim();
  let frequency: Frequency | null = null;
  if (repeat !== '' && repeat !== 'none') {
    if ((FREQUENCIES as readonly string[]).includes(repeat)) frequency = repeat as Frequency;
    else errors.repeat = { key: 'validation.invalid' };
  }
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
