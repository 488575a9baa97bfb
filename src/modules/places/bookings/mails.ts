import { approvalInvite } from '#src/modules/places/bookings/ical.ts';
import type { BookingDetailsRow } from '#src/modules/places/bookings/queries.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import { type Translator, translator } from '#src/platform/i18n.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';
import { MINUTE } from '#src/platform/time.ts';

/**
 * The booking e-mails, each in its recipient's language: what happened, then what to do next.
 * They are built here and queued by the service in the transaction of the action.
 */

function bookingLines(t: Translator, row: BookingDetailsRow): string[] {
  const lines = [
    `${t.t('bookings.mail.line.what')}: ${row.title}`,
    `${t.t('bookings.mail.line.when')}: ${formatInterval(t.locale, row.starts_at, row.ends_at)}`,
    `${t.t('bookings.mail.line.where')}: ${row.place_name}, ${row.place_address}`,
    `${t.t('bookings.mail.line.attendees')}: ${row.attendees}`,
  ];
  if (row.organisation_name !== null)
    lines.push(`${t.t('bookings.mail.line.organisation')}: ${row.organisation_name}`);
  if (row.responsible_host_name !== '') {
    const phone = row.responsible_host_phone === '' ? '' : `, ${row.responsible_host_phone}`;
    lines.push(`${t.t('bookings.mail.line.host')}: ${row.responsible_host_name}${phone}`);
  }
  return lines;
}

function link(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`;
}

/** To each manager: a new request (or a series of them) waiting for their decision. */
export function requestMail(
  to: MailRecipient,
  rows: readonly BookingDetailsRow[],
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const first = rows[0];
  if (first === undefined) throw new Error('a request mail needs a booking');
  const booker = first.booker_name ?? t.t('bookings.deletedUser');
  const intro =
    rows.length === 1
      ? t.t('bookings.mail.request.intro', { booker, place: first.place_name })
      : t.t('bookings.mail.request.introSeries', { booker, place: first.place_name, count: rows.length });
  const dates =
    rows.length === 1 ? [] : rows.map((row) => `– ${formatInterval(t.locale, row.starts_at, row.ends_at)}`);
  return {
    to: to.email,
    subject: t.t('bookings.mail.request.subject', { place: first.place_name }),
    text: mailText(t, to.name, [
      intro,
      bookingLines(t, first),
      ...(dates.length > 0 ? [dates] : []),
      t.t('bookings.mail.request.next', {
        url: link(baseUrl, `/bookinger/${first.id}`),
        queueUrl: link(baseUrl, '/administrer/bookinger'),
      }),
    ]),
  };
}

/** One of the booker's bookings at the place, as a summary lists it. */
export interface SummaryBooking {
  title: string;
  starts_at: number;
  ends_at: number;
}

/** The state of one booker's requests at one place, read when a folded mail is queued. */
export interface BookerSummary {
  booker: string;
  place: { name: string; slug: string };
  /** Requests still waiting for a decision, soonest first. */
  pending: readonly SummaryBooking[];
  /** What the booker cancelled themself since the last mail (requests withdrawn, bookings given up). */
  withdrawn: readonly SummaryBooking[];
}

const SUMMARY_LINES = 10;

function summaryLines(t: Translator, rows: readonly SummaryBooking[]): string[] {
  const lines = rows
    .slice(0, SUMMARY_LINES)
    .map((row) => `– ${row.title}: ${formatInterval(t.locale, row.starts_at, row.ends_at)}`);
  if (rows.length > SUMMARY_LINES)
    lines.push(t.t('bookings.mail.summary.more', { count: rows.length - SUMMARY_LINES }));
  return lines;
}

/**
 * To each manager, in place of the mails that came in quick succession about one booker: what is
 * still waiting for them now, and what the booker cancelled since the last mail.
 */
export function managerSummaryMail(to: MailRecipient, summary: BookerSummary, baseUrl: string): MailMessage {
  const t = translator(to.locale);
  const { booker, place, pending, withdrawn } = summary;
  const pendingPart =
    pending.length === 0
      ? [t.t('bookings.mail.summary.nonePending', { booker })]
      : [
          [
            t.plural(
              pending.length,
              'bookings.mail.summary.pending.one',
              'bookings.mail.summary.pending.other',
            ),
            ...summaryLines(t, pending),
          ],
        ];
  const withdrawnPart =
    withdrawn.length === 0
      ? []
      : [
          [
            t.plural(
              withdrawn.length,
              'bookings.mail.summary.withdrawn.one',
              'bookings.mail.summary.withdrawn.other',
            ),
            ...summaryLines(t, withdrawn),
          ],
        ];
  return {
    to: to.email,
    subject: t.t('bookings.mail.summary.subject', { booker, place: place.name }),
    text: mailText(t, to.name, [
      t.t('bookings.mail.summary.intro', { booker, place: place.name }),
      ...pendingPart,
      ...withdrawnPart,
      pending.length === 0
        ? t.t('bookings.mail.cancelled.nextManager', { url: link(baseUrl, `/steder/${place.slug}`) })
        : t.t('bookings.mail.summary.next', { queueUrl: link(baseUrl, '/administrer/bookinger') }),
    ]),
  };
}

function accessOnApproval(t: Translator, row: BookingDetailsRow, baseUrl: string): string | null {
  if (row.key_handover === 'door_code') {
    return t.t('bookings.mail.access.doorCodeLater', {
      minutes: row.code_visible_minutes_before,
      url: link(baseUrl, `/bookinger/${row.id}`),
    });
  }
  if (row.key_handover === 'pickup')
    return t.t('bookings.mail.access.pickup', { instructions: row.key_instructions });
  if (row.key_handover === 'key_box')
    return t.t('bookings.mail.access.keyBox', { instructions: row.key_instructions });
  return null;
}

/** To the booker: approved, with an .ics of the booking(s) attached. */
export function approvedMail(
  to: MailRecipient,
  rows: readonly BookingDetailsRow[],
  baseUrl: string,
  now: number,
): MailMessage {
  const t = translator(to.locale);
  const first = rows[0];
  if (first === undefined) throw new Error('an approval mail needs a booking');
  const dates =
    rows.length === 1 ? [] : rows.map((row) => `– ${formatInterval(t.locale, row.starts_at, row.ends_at)}`);
  const access = accessOnApproval(t, first, baseUrl);
  return {
    to: to.email,
    subject: t.t('bookings.mail.approved.subject', { place: first.place_name }),
    text: mailText(t, to.name, [
      rows.length === 1
        ? t.t('bookings.mail.approved.intro', { place: first.place_name })
        : t.t('bookings.mail.approved.introSeries', { place: first.place_name, count: rows.length }),
      bookingLines(t, first),
      ...(dates.length > 0 ? [dates] : []),
      ...(access === null ? [] : [access]),
      t.t('bookings.mail.approved.next', {
        url: link(baseUrl, `/bookinger/${first.id}`),
        hours: first.cancellation_deadline_hours,
      }),
    ]),
    attachments: [
      {
        filename: 'booking.ics',
        content: approvalInvite(rows, to.locale, baseUrl, now),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  };
}

/** To the booker: rejected, with the managers' reason. */
export function rejectedMail(
  to: MailRecipient,
  row: BookingDetailsRow,
  reason: string,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('bookings.mail.rejected.subject', { place: row.place_name }),
    text: mailText(t, to.name, [
      t.t('bookings.mail.rejected.intro', { place: row.place_name }),
      bookingLines(t, row),
      `${t.t('bookings.mail.line.reason')}: ${reason}`,
      t.t('bookings.mail.rejected.next', { url: link(baseUrl, '/find-lokale') }),
    ]),
  };
}

/** To the other party: the booking was cancelled (by the booker, or by a manager). */
export function cancelledMail(
  to: MailRecipient,
  row: BookingDetailsRow,
  byManager: boolean,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const booker = row.booker_name ?? t.t('bookings.deletedUser');
  return {
    to: to.email,
    subject: t.t('bookings.mail.cancelled.subject', { place: row.place_name }),
    text: mailText(t, to.name, [
      byManager
        ? t.t('bookings.mail.cancelled.byManager', { place: row.place_name })
        : t.t('bookings.mail.cancelled.byBooker', { booker, place: row.place_name }),
      bookingLines(t, row),
      byManager
        ? t.t('bookings.mail.cancelled.nextBooker', { url: link(baseUrl, '/find-lokale') })
        : t.t('bookings.mail.cancelled.nextManager', { url: link(baseUrl, `/steder/${row.place_slug}`) }),
    ]),
  };
}

/** To the booker: nobody decided before the start, so the request lapsed. */
export function expiredMail(to: MailRecipient, row: BookingDetailsRow, baseUrl: string): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('bookings.mail.expired.subject', { place: row.place_name }),
    text: mailText(t, to.name, [
      t.t('bookings.mail.expired.intro', { place: row.place_name }),
      bookingLines(t, row),
      t.t('bookings.mail.expired.next', { url: link(baseUrl, '/find-lokale') }),
    ]),
  };
}

function accessToday(t: Translator, row: BookingDetailsRow): string | null {
  if (row.key_handover === 'door_code' && row.door_code !== null) {
    return t.t('bookings.mail.access.doorCode', {
      code: row.door_code,
      from: t.dateTime(row.starts_at - row.code_visible_minutes_before * MINUTE, { timeStyle: 'short' }),
      until: t.dateTime(row.ends_at, { timeStyle: 'short' }),
    });
  }
  if (row.key_handover === 'pickup')
    return t.t('bookings.mail.access.pickup', { instructions: row.key_instructions });
  if (row.key_handover === 'key_box')
    return t.t('bookings.mail.access.keyBox', { instructions: row.key_instructions });
  return null;
}

/** The morning of the booking: time, place and how to get in (the door code for door-code places). */
export function reminderMail(to: MailRecipient, row: BookingDetailsRow, baseUrl: string): MailMessage {
  const t = translator(to.locale);
  const access = accessToday(t, row);
  return {
    to: to.email,
    subject: t.t('bookings.mail.reminder.subject', {
      place: row.place_name,
      time: t.dateTime(row.starts_at, { timeStyle: 'short' }),
    }),
    text: mailText(t, to.name, [
      t.t('bookings.mail.reminder.intro', { place: row.place_name }),
      bookingLines(t, row),
      ...(access === null ? [] : [access]),
      t.t('bookings.mail.reminder.next', { url: link(baseUrl, `/bookinger/${row.id}`) }),
    ]),
  };
}
