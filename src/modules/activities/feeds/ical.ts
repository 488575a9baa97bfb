import ical, { type ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { Activity, OccurrenceChange } from '#src/modules/activities/model.ts';
import { kindLabelKey } from '#src/modules/activities/templates.ts';
import { calendarInSlices } from '#src/platform/feeds.ts';
import { TIME_ZONE, translator } from '#src/platform/i18n.ts';
import { localParts } from '#src/platform/local-time.ts';
import type { Locale } from '#src/platform/locale.ts';

/**
 * iCalendar (RFC 5545) for activities. A series is ONE event with its RRULE (never expanded),
 * EXDATE for cancelled occurrences and an extra VEVENT with RECURRENCE-ID for each moved one.
 * Times are local to Europe/Copenhagen (DTSTART;TZID=…) with the zone's VTIMEZONE, so a weekly
 * 18:00 stays 18:00 in every client across daylight-saving changes.
 */
const PRODUCT = { company: 'Byliv', product: 'Aktiviteter', language: 'DA' };

// The EU rule in force since 1996: summer time from the last Sunday of March to the last of October.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** `20261103T180000`: the wall-clock time in Copenhagen. */
export function localStamp(epochMs: number): string {
  const local = localParts(epochMs);
  const hours = String(Math.floor(local.minute / 60)).padStart(2, '0');
  const minutes = String(local.minute % 60).padStart(2, '0');
  return `${local.date.replace(/-/g, '')}T${hours}${minutes}00`;
}

/**
 * An instant as ical-generator's Temporal.ZonedDateTime shape, so it writes the local wall-clock
 * time with TZID whatever the server's own zone is.
 */
function zoned(epochMs: number) {
  const local = localParts(epochMs);
  const [year = 1970, month = 1, day = 1] = local.date.split('-').map(Number);
  const fields = {
    year,
    month,
    day,
    hour: Math.floor(local.minute / 60),
    minute: local.minute % 60,
    second: 0,
  };
  const text = `${local.date}T${localStamp(epochMs).slice(9, 11)}:${localStamp(epochMs).slice(11, 13)}:00`;
  const plain = {
    ...fields,
    toPlainDate: () => ({ year, month, day, toJSON: () => local.date, toString: () => local.date }),
    toZonedDateTime: () => zonedValue,
    toJSON: () => text,
    toString: () => text,
  };
  const zonedValue = {
    ...fields,
    timeZoneId: TIME_ZONE,
    toInstant: () => ({
      epochMilliseconds: epochMs,
      toJSON: () => new Date(epochMs).toISOString(),
      toString: () => new Date(epochMs).toISOString(),
      toZonedDateTimeISO: () => zonedValue,
    }),
    toPlainDateTime: () => plain,
    withTimeZone: () => zonedValue,
    toJSON: () => `${text}[${TIME_ZONE}]`,
    toString: () => `${text}[${TIME_ZONE}]`,
  };
  return zonedValue;
}

function hostOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}

export function activityUid(activityId: number, baseUrl: string): string {
  return `activity-${activityId}@${hostOf(baseUrl)}`;
}

export function newCalendar(name: string | null): ICalCalendar {
  return ical({
    name,
    prodId: PRODUCT,
    ttl: 60 * 15,
    timezone: { name: TIME_ZONE, generator: () => VTIMEZONE },
  });
}

function whereOf(activity: Activity): string {
  return activity.place === null ? activity.address : `${activity.place.name}, ${activity.address}`;
}

type ChangeOf = OccurrenceChange & { activityId: number };

/** The changes of each series, so an activity finds its own without scanning them all. */
function changesByActivity(changes: readonly ChangeOf[]): Map<number, ChangeOf[]> {
  const byActivity = new Map<number, ChangeOf[]>();
  for (const change of changes) {
    const list = byActivity.get(change.activityId);
    if (list === undefined) byActivity.set(change.activityId, [change]);
    else list.push(change);
  }
  return byActivity;
}

/** Adds one activity: a single event, or a series with its exceptions (`own`: its changes). */
function addActivity(
  calendar: ICalCalendar,
  activity: Activity,
  own: readonly ChangeOf[],
  locale: Locale,
  baseUrl: string,
  now: number,
): void {
  const t = translator(locale);
  const url = `${baseUrl}/aktiviteter/${activity.id}`;
  const common = {
    id: activityUid(activity.id, baseUrl),
    stamp: new Date(now),
    summary: activity.title,
    description: `${t.t(kindLabelKey(activity.kind))}\n\n${activity.description}\n\n${url}`.trim(),
    location: whereOf(activity),
    url,
    timezone: TIME_ZONE,
    categories: [{ name: t.t(kindLabelKey(activity.kind)) }],
    geo: activity.point === null ? null : { lat: activity.point.lat, lon: activity.point.lon },
    status: activity.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: Math.max(0, Math.floor((activity.updatedAt - activity.createdAt) / 1000) % 100_000),
  };
  const exdates = own
    .filter((change) => change.cancelled)
    .map((change) => `EXDATE;TZID=${TIME_ZONE}:${localStamp(change.occurrenceStart)}`);
  calendar.createEvent({
    ...common,
    start: zoned(activity.startsAt),
    end: zoned(activity.endsAt),
    repeating: activity.rrule === null ? null : [`RRULE:${activity.rrule}`, ...exdates].join('\n'),
  });
  if (activity.rrule === null) return;
  for (const change of own.filter((candidate) => !candidate.cancelled)) {
    calendar.createEvent({
      ...common,
      start: zoned(change.startsAt),
      end: zoned(change.endsAt),
      recurrenceId: zoned(change.occurrenceStart),
    });
  }
}

/** `20261208T170000Z`: an instant in UTC, as RFC 5545 requires for DTSTAMP. */
export function utcStamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * ical-generator writes DTSTAMP in the server's local time without "Z" once the calendar has a
 * time zone; RFC 5545 (3.8.7.2) wants UTC. Every event of a feed has the same stamp.
 */
function withUtcStamp(text: string, now: number): string {
  return text.replace(/^DTSTAMP:[0-9T]+Z?\r$/gm, `DTSTAMP:${utcStamp(now)}\r`);
}

export function activitiesCalendar(
  name: string,
  activities: readonly Activity[],
  changes: readonly ChangeOf[],
  locale: Locale,
  baseUrl: string,
  now: number,
): string {
  const calendar = newCalendar(name);
  const byActivity = changesByActivity(changes);
  for (const activity of activities)
    addActivity(calendar, activity, byActivity.get(activity.id) ?? [], locale, baseUrl, now);
  return withUtcStamp(calendar.toString(), now);
}

/**
 * The same calendar as `activitiesCalendar`, written a few activities at a time with the event
 * loop given back in between, so a feed of thousands never holds up other requests.
 */
export async function activitiesCalendarInSlices(
  name: string,
  activities: readonly Activity[],
  changes: readonly ChangeOf[],
  locale: Locale,
  baseUrl: string,
  now: number,
): Promise<string> {
  const byActivity = changesByActivity(changes);
  return calendarInSlices(
    () => newCalendar(name),
    activities,
    (calendar, activity) =>
      addActivity(calendar, activity, byActivity.get(activity.id) ?? [], locale, baseUrl, now),
    (eventsText) => withUtcStamp(eventsText, now),
  );
}
