import { Type } from 'typebox';
import type { AppContext } from '#src/platform/context.ts';
import {
  FeedCreatedAtJson,
  InstantJson,
  OptionalInstantJson,
  type PersonalDataSection,
} from '#src/platform/personal-data.ts';

/** What the activities hold about one person, for their data download (GDPR art. 15/20). */
export interface ActivitiesPersonalData {
  organised: Array<{
    id: number;
    kind: string;
    title: string;
    description: string;
    startsAt: string;
    endsAt: string;
    recurrence: string | null;
    address: string;
    /** 'participants': they chose to show the full address only to those who joined. */
    addressVisibility: string;
    organisationName: string | null;
    cancelledAt: string | null;
    createdAt: string;
  }>;
  /** Their sign-ups, logged in or as a guest with their e-mail address. */
  signUps: Array<{
    activityId: number;
    activityTitle: string;
    occurrenceStart: string;
    name: string;
    email: string;
    status: string;
    createdAt: string;
    cancelledAt: string | null;
  }>;
  /** When they made their private calendar feed link; null if they have none. The link itself is never shown. */
  calendarFeedCreatedAt: string | null;
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : iso(epochMs);
}

/**
 * Activities a person organises, their sign-ups (also guest sign-ups made with their e-mail
 * address before or without logging in) and whether they have a private feed. Queries are here
 * rather than in queries.ts as they serve only this export; feed tokens and hashes are never selected.
 */
export async function personalDataOf(
  ctx: AppContext,
  userId: number,
  email: string,
): Promise<ActivitiesPersonalData> {
  const db = ctx.db.kysely;
  const address = email.trim().toLowerCase();
  const [organised, signUps, feed] = await Promise.all([
    db
      .selectFrom('activities')
      .leftJoin('organisations', 'organisations.id', 'activities.organisation_id')
      .where('activities.organiser_id', '=', userId)
      .select([
        'activities.id',
        'activities.kind',
        'activities.title',
        'activities.description',
        'activities.starts_at',
        'activities.ends_at',
        'activities.rrule',
        'activities.address',
        'activities.address_visibility',
        'organisations.name as organisation_name',
        'activities.cancelled_at',
        'activities.created_at',
      ])
      .orderBy('activities.starts_at')
      .orderBy('activities.id')
      .execute(),
    db
      .selectFrom('activity_participants')
      .innerJoin('activities', 'activities.id', 'activity_participants.activity_id')
      .where((eb) =>
        eb.or([
          eb('activity_participants.user_id', '=', userId),
          eb('activity_participants.email', '=', address),
        ]),
      )
      .select([
        'activity_participants.activity_id',
        'activities.title as activity_title',
        'activity_participants.occurrence_start',
        'activity_participants.name',
        'activity_participants.email',
        'activity_participants.status',
        'activity_participants.created_at',
        'activity_participants.cancelled_at',
      ])
      .orderBy('activity_participants.occurrence_start')
      .orderBy('activity_participants.id')
      .execute(),
    db
      .selectFrom('activity_calendar_feeds')
      .where('user_id', '=', userId)
      .select('created_at')
      .executeTakeFirst(),
  ]);
  return {
    organised: organised.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      description: row.description,
      startsAt: iso(row.starts_at),
      endsAt: iso(row.ends_at),
      recurrence: row.rrule,
      address: row.address,
      addressVisibility: row.address_visibility,
      organisationName: row.organisation_name,
      cancelledAt: isoOrNull(row.cancelled_at),
      createdAt: iso(row.created_at),
    })),
    signUps: signUps.map((row) => ({
      activityId: row.activity_id,
      activityTitle: row.activity_title,
      occurrenceStart: iso(row.occurrence_start),
      name: row.name,
      email: row.email,
      status: row.status,
      createdAt: iso(row.created_at),
      cancelledAt: isoOrNull(row.cancelled_at),
    })),
    calendarFeedCreatedAt: feed === undefined ? null : iso(feed.created_at),
  };
}

/** The JSON shape of the section, as the API documents it; every instant an ISO string. */
const ActivitiesPersonalDataJson = Type.Object({
  organised: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: Type.String(),
      title: Type.String(),
      description: Type.String(),
      startsAt: InstantJson,
      endsAt: InstantJson,
      recurrence: Type.Union([Type.String(), Type.Null()], { description: 'RFC 5545 RRULE; null: once.' }),
      address: Type.String(),
      organisationName: Type.Union([Type.String(), Type.Null()]),
      cancelledAt: OptionalInstantJson,
      createdAt: InstantJson,
    }),
  ),
  signUps: Type.Array(
    Type.Object({
      activityId: Type.Integer(),
      activityTitle: Type.String(),
      occurrenceStart: InstantJson,
      name: Type.String(),
      email: Type.String(),
      status: Type.String(),
      createdAt: InstantJson,
      cancelledAt: OptionalInstantJson,
    }),
    { description: 'Sign-ups, logged in or as a guest with this e-mail address.' },
  ),
  calendarFeedCreatedAt: FeedCreatedAtJson,
});

/** The activities' section of the data download. */
export const activitiesPersonalData: PersonalDataSection<typeof ActivitiesPersonalDataJson> = {
  key: 'activities',
  schema: ActivitiesPersonalDataJson,
  collect: (ctx, person) => personalDataOf(ctx, person.id, person.email),
};
