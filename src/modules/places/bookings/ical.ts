import ical, { ICalCalendarMethod, ICalEventBusyStatus, ICalEventStatus } from 'ical-generator';
import type { BookingDetailsRow } from '#src/modules/places/bookings/queries.ts';
import { calendarInSlices } from '#src/platform/feeds.ts';
import { type Locale, translator } from '#src/platform/i18n.ts';

/**
 * iCalendar (RFC 5545) for bookings. Times are written in UTC, which every client places in its
 * own zone, so a booking across a daylight-saving change keeps its true length.
 */

const PRODUCT = { company: 'Byliv', product: 'Bookinger', language: 'DA' };

function uid(bookingId: number, host: string): string {
  return `booking-${bookingId}@${host}`;
}

function hostOf(baseUrl: string): string {
  return new URL(baseUrl).host;
}

/** The public feed of a place: when it is taken, nothing about by whom or for what. */
export function placeBusyFeed(
  place: { slug: string; name: string; address: string },
  busy: ReadonlyArray<{ id: number; startsAt: number; endsAt: number }>,
  baseUrl: string,
  now: number,
): Promise<string> {
  const t = translator('da');
  const host = hostOf(baseUrl);
  return calendarInSlices(
    () =>
      ical({
        name: t.t('bookings.ical.placeFeedName', { place: place.name }),
        prodId: PRODUCT,
        url: `${baseUrl}/steder/${place.slug}`,
        ttl: 60 * 15,
      }),
    busy,
    (calendar, interval) =>
      calendar.createEvent({
        id: uid(interval.id, host),
        start: new Date(interval.startsAt),
        end: new Date(interval.endsAt),
        stamp: new Date(now),
        summary: t.t('bookings.ical.busy'),
        location: place.address,
        busystatus: ICalEventBusyStatus.BUSY,
      }),
  );
}

function statusOf(row: BookingDetailsRow): ICalEventStatus {
  if (row.status === 'approved') return ICalEventStatus.CONFIRMED;
  if (row.status === 'requested') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CANCELLED;
}

function addBooking(
  calendar: ReturnType<typeof ical>,
  row: BookingDetailsRow,
  locale: Locale,
  baseUrl: string,
  now: number,
): void {
  const t = translator(locale);
  calendar.createEvent({
    id: uid(row.id, hostOf(baseUrl)),
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    stamp: new Date(now),
    summary: t.t('bookings.ical.summary', { title: row.title, place: row.place_name }),
    location: row.place_address,
    description: t.t('bookings.ical.description', {
      status: t.t(`bookings.status.${row.status}`),
      url: `${baseUrl}/bookinger/${row.id}`,
    }),
    url: `${baseUrl}/bookinger/${row.id}`,
    status: statusOf(row),
    sequence: row.status === 'requested' ? 0 : 1,
  });
}

/** A person's private feed: their bookings with titles and places; cancelled ones marked so. */
export function personalFeed(
  rows: readonly BookingDetailsRow[],
  locale: Locale,
  baseUrl: string,
  now: number,
): string {
  const calendar = ical({
    name: translator(locale).t('bookings.ical.personalFeedName'),
    prodId: PRODUCT,
    ttl: 60 * 15,
  });
  for (const row of rows) addBooking(calendar, row, locale, baseUrl, now);
  return calendar.toString();
}

/** The .ics attached to an approval mail: the approved bookings, ready to add to a calendar. */
export function approvalInvite(
  rows: readonly BookingDetailsRow[],
  locale: Locale,
  baseUrl: string,
  now: number,
): string {
  const calendar = ical({ prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH });
  for (const row of rows) addBooking(calendar, row, locale, baseUrl, now);
  return calendar.toString();
}
