import { Type } from 'typebox';
import type { AppContext } from '#src/platform/context.ts';
import {
  FeedCreatedAtJson,
  InstantJson,
  OptionalInstantJson,
  type PersonalDataSection,
} from '#src/platform/personal-data.ts';

/** What the bookings hold about one person, for their data download (GDPR art. 15/20). */
export interface BookingsPersonalData {
  bookings: Array<{
    id: number;
    placeName: string;
    organisationName: string | null;
    title: string;
    attendees: number;
    responsibleHostName: string;
    responsibleHostPhone: string;
    startsAt: string;
    endsAt: string;
    status: string;
    decisionReason: string | null;
    decidedAt: string | null;
    cancelledAt: string | null;
    createdAt: string;
  }>;
  /** When they made their private calendar feed link; null if they have none. The link itself is never shown. */
  calendarFeedCreatedAt: string | null;
  doorCodeViews: Array<{ bookingId: number; viewedAt: string }>;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : iso(epochMs);
}

/**
 * The bookings a person made, whether they have a calendar feed, and when they looked at a door
 * code. Queries are here rather than in queries.ts as they serve only this export. Door codes,
 * feed tokens and hashes are never selected.
 */
export async function personalDataOf(
  ctx: AppContext,
  userId: number,
  _email: string,
): Promise<BookingsPersonalData> {
  const db = ctx.db.kysely;
  const [bookings, feed, views] = await Promise.all([
    db
      .selectFrom('bookings')
      .innerJoin('places', 'places.id', 'bookings.place_id')
      .leftJoin('organisations', 'organisations.id', 'bookings.organisation_id')
      .where('bookings.booker_id', '=', userId)
      .select([
        'bookings.id',
        'places.name as place_name',
        'organisations.name as organisation_name',
        'bookings.title',
        'bookings.attendees',
        'bookings.responsible_host_name',
        'bookings.responsible_host_phone',
        'bookings.starts_at',
        'bookings.ends_at',
        'bookings.status',
        'bookings.decision_reason',
        'bookings.decided_at',
        'bookings.cancelled_at',
        'bookings.created_at',
      ])
      .orderBy('bookings.starts_at')
      .orderBy('bookings.id')
      .execute(),
    db
      .selectFrom('booking_calendar_feeds')
      .where('user_id', '=', userId)
      .select('created_at')
      .executeTakeFirst(),
    db
      .selectFrom('door_code_views')
      .where('user_id', '=', userId)
      .select(['booking_id', 'viewed_at'])
      .orderBy('viewed_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    bookings: bookings.map((row) => ({
      id: row.id,
      placeName: row.place_name,
      organisationName: row.organisation_name,
      title: row.title,
      attendees: row.attendees,
      responsibleHostName: row.responsible_host_name,
      responsibleHostPhone: row.responsible_host_phone,
      startsAt: iso(row.starts_at),
      endsAt: iso(row.ends_at),
      status: row.status,
      decisionReason: row.decision_reason,
      decidedAt: isoOrNull(row.decided_at),
      cancelledAt: isoOrNull(row.cancelled_at),
      createdAt: iso(row.created_at),
    })),
    calendarFeedCreatedAt: feed === undefined ? null : iso(feed.created_at),
    doorCodeViews: views.map((row) => ({ bookingId: row.booking_id, viewedAt: iso(row.viewed_at) })),
  };
}

/** The JSON shape of the section, as the API documents it; every instant an ISO string. */
const BookingsPersonalDataJson = Type.Object({
  bookings: Type.Array(
    Type.Object({
      id: Type.Integer(),
      placeName: Type.String(),
      organisationName: Type.Union([Type.String(), Type.Null()]),
      title: Type.String(),
      attendees: Type.Integer(),
      responsibleHostName: Type.String(),
      responsibleHostPhone: Type.String(),
      startsAt: InstantJson,
      endsAt: InstantJson,
      status: Type.String(),
      decisionReason: Type.Union([Type.String(), Type.Null()]),
      decidedAt: OptionalInstantJson,
      cancelledAt: OptionalInstantJson,
      createdAt: InstantJson,
    }),
  ),
  calendarFeedCreatedAt: FeedCreatedAtJson,
  doorCodeViews: Type.Array(Type.Object({ bookingId: Type.Integer(), viewedAt: InstantJson })),
});

/** The bookings' section of the data download. */
export const bookingsPersonalData: PersonalDataSection<typeof BookingsPersonalDataJson> = {
  key: 'bookings',
  schema: BookingsPersonalDataJson,
  collect: (ctx, person) => personalDataOf(ctx, person.id, person.email),
};
