import { fullWhereabouts } from '#src/modules/activities/address-visibility.ts';
import type { Activity } from '#src/modules/activities/model.ts';
import {
  type ActivityRawInput,
  defaultAddressVisibility,
  type RawStop,
} from '#src/modules/activities/publishing/input.ts';
import type { ActivityForm } from '#src/modules/activities/schemas.ts';
import { templateBySlug, templateOf } from '#src/modules/activities/templates.ts';
import { formatClockTime } from '#src/platform/dates/format.ts';
import { formatInputDate } from '#src/platform/dates/parse.ts';
import { ConflictError, type FieldErrors, NotFoundError, ValidationError } from '#src/platform/errors.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { formatClock, localParts } from '#src/platform/local-time.ts';

const STOP_LINE =
  /^(?:(\d{1,2}[:.]\d{2})\s+)?(.+?)(?:\s*@\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?))?$/;

/** "18:00 Sluseholmen bro @ 55.6465, 12.5480" per line: optional time, name, optional point. */
export function parseStops(text: string): RawStop[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = STOP_LINE.exec(line);
      if (match === null) return { name: line };
      return { name: match[2] ?? line, time: match[1], lat: match[3], lon: match[4] };
    });
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The form's text values, to fill it again after an error. */
export function formValues(body: ActivityForm): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '_csrf') continue;
    if (typeof value === 'string') values[name] = value;
  }
  values.languages = list(body.languages).join(',');
  return values;
}

export function rawInputOf(body: ActivityForm): ActivityRawInput {
  return {
    kind: body.kind,
    title: body.title,
    description: body.description,
    date: body.date,
    startTime: body.startTime,
    endTime: body.endTime,
    locationKind: body.locationKind,
    placeSlug: body.placeSlug,
    address: body.address,
    // The form's box sends 'participants' when ticked and nothing when not: then it is public.
    addressVisibility: body.addressVisibility === 'participants' ? 'participants' : 'public',
    lat: body.lat,
    lon: body.lon,
    stops: parseStops(body.stops ?? ''),
    organisationId: body.organisationId,
    cohosts: body.cohosts,
    childFriendly: body.childFriendly !== undefined && body.childFriendly !== '',
    stepFree: body.stepFree !== undefined && body.stepFree !== '',
    freeOfCharge: body.freeOfCharge !== undefined && body.freeOfCharge !== '',
    languages: list(body.languages),
    capacity: body.capacity,
    repeat: body.repeat,
    until: body.until,
  };
}

/** A new form, pre-filled from the starter template of `?type=`. */
export function templateValues(t: Translator, type: string | undefined): Record<string, string> {
  const template = templateBySlug(type);
  const values: Record<string, string> = { locationKind: 'point', languages: 'da' };
  if (template === null) return values;
  return {
    ...values,
    kind: template.kind,
    title: t.t(template.title),
    description: t.t(template.description),
    childFriendly: template.childFriendly ? 'on' : '',
    addressVisibility: defaultAddressVisibility(template.kind),
    freeOfCharge: template.freeOfCharge ? 'on' : '',
  };
}

export function usualMinutes(kind: string | undefined): number {
  const template = templateBySlug(kind);
  return (template ?? templateOf('other')).minutes;
}

function stopLine(stop: Activity['stops'][number]): string {
  const time = stop.minuteOfDay === null ? '' : `${formatClock(stop.minuteOfDay)} `;
  const point = stop.lat === null || stop.lon === null ? '' : ` @ ${stop.lat}, ${stop.lon}`;
  return `${time}${stop.name}${point}`;
}

function untilValue(until: string | null): string {
  return until === null ? '' : formatInputDate(until);
}

/** An existing activity as the edit form shows it (to its organisers: the full address). */
export function activityValues(activity: Activity, cohostEmails: readonly string[]): Record<string, string> {
  const start = localParts(activity.startsAt);
  const end = localParts(activity.endsAt);
  const { address, point, stops } = fullWhereabouts(activity);
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    date: formatInputDate(start.date),
    startTime: formatClockTime('da', start.minute),
    endTime: formatClockTime('da', end.minute),
    locationKind: activity.locationKind,
    placeSlug: activity.place?.slug ?? '',
    address: activity.locationKind === 'point' ? address : '',
    addressVisibility: activity.addressVisibility,
    lat: activity.locationKind === 'point' && point !== null ? String(point.lat) : '',
    lon: activity.locationKind === 'point' && point !== null ? String(point.lon) : '',
    stops: stops.map(stopLine).join('\n'),
    organisationId: activity.organisation === null ? '' : String(activity.organisation.id),
    cohosts: cohostEmails.join(', '),
    childFriendly: activity.childFriendly ? 'on' : '',
    stepFree: activity.stepFree ? 'on' : '',
    freeOfCharge: activity.freeOfCharge ? 'on' : '',
    languages: activity.languages.join(','),
    capacity: activity.capacity === null ? '' : String(activity.capacity),
    repeat: activity.recurrence?.repeat ?? '',
    until: untilValue(activity.recurrence?.until ?? null),
  };
}

/** Refusals as field errors: the place's clash is shown at the start time, naming the taken time. */
export function formErrorsOf(error: unknown): FieldErrors | null {
  if (error instanceof ValidationError) return error.fieldErrors;
  if (error instanceof ConflictError && error.code === 'booking_clash') {
    return { startTime: error.userMessage };
  }
  return null;
}

/** The `gang` parameter: an occurrence's original start in epoch ms. */
export function occurrenceKeyOf(raw: string | undefined): number {
  if (raw === undefined || !/^\d{1,15}$/.test(raw))
    throw new NotFoundError('activities.error.noSuchOccurrence');
  return Number(raw);
}
