import { membershipsOfUser, type UserMembership } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import type { MessageKey } from '#src/platform/i18n.ts';

/** How many of each list (bookings, activities, posts, applications) the overview shows. */
export const OVERVIEW_LIST_LENGTH = 3;

/** The last part of the catalogue's keys under `Prefix`: the values the page can name. */
type NamedIn<Prefix extends string> = MessageKey extends infer Key
  ? Key extends `${Prefix}${infer Name}`
    ? Name
    : never
  : never;

/**
 * The parts of the overview, each the shape this page needs of its module's answer. The modules
 * do not import these types: the app's composition (`src/overview-parts.ts`) checks that each
 * module's overview function fits, so the overview imports none of the modules it shows.
 */
export interface BookingsOverview {
  /** Booking requests at places this person manages, waiting for a decision. */
  waitingRequests: number;
  next: Array<{
    id: number;
    title: string;
    placeName: string;
    startsAt: number;
    status: NamedIn<'bookings.status.'>;
  }>;
  comingCount: number;
}

export interface GrantsOverview {
  toReview: Array<{ poolSlug: string; poolTitle: string; count: number; path: string }>;
  applications: Array<{
    id: number;
    title: string;
    poolTitle: string;
    status: NamedIn<'grants.status.'>;
    path: string;
  }>;
  applicationCount: number;
}

export interface ActivitiesOverview {
  next: Array<{
    id: number;
    title: string;
    startsAt: number;
    role: NamedIn<'overview.activities.role.'>;
    path: string;
  }>;
}

export interface GivingOverview {
  openPosts: Array<{
    id: number;
    title: string;
    direction: NamedIn<'giving.direction.'>;
    path: string;
    expiresAt: number;
  }>;
  openCount: number;
  /** Contact requests on her posts that wait for her answer. */
  waitingContacts: number;
}

/** One module's part for one person: its first `limit` things and its counts. */
export type OverviewPart<Part> = (ctx: AppContext, user: CurrentUser, limit: number) => Promise<Part>;

/** Each module's part, composed at the app's level (`src/overview-parts.ts`). */
export interface OverviewParts {
  bookings: OverviewPart<BookingsOverview>;
  grants: OverviewPart<GrantsOverview>;
  activities: OverviewPart<ActivitiesOverview>;
  giving: OverviewPart<GivingOverview>;
}

/** What the app gives the overview's page and API. */
export interface OverviewOptions {
  parts: OverviewParts;
}

/**
 * "Mit overblik": what waits for one person, each part from its own module's service. The number
 * of queries is the same however much the person has (query-count.test.ts).
 */
export interface PersonalOverview {
  bookings: BookingsOverview;
  grants: GrantsOverview;
  activities: ActivitiesOverview;
  giving: GivingOverview;
  organisations: Array<{ slug: string; name: string; role: UserMembership['role']; path: string }>;
}

export async function personalOverview(
  ctx: AppContext,
  parts: OverviewParts,
  user: CurrentUser,
): Promise<PersonalOverview> {
  const length = OVERVIEW_LIST_LENGTH;
  const [bookings, grants, activities, giving, memberships] = await Promise.all([
    parts.bookings(ctx, user, length),
    parts.grants(ctx, user, length),
    parts.activities(ctx, user, length),
    parts.giving(ctx, user, length),
    membershipsOfUser(ctx, user.id),
  ]);
  return {
    bookings,
    grants,
    activities,
    giving,
    organisations: memberships.map((membership) => ({
      slug: membership.slug,
      name: membership.name,
      role: membership.role,
      path: `/organisationer/${membership.slug}`,
    })),
  };
}

/** Everything that waits for an answer from this person: booking requests, reviews, contact requests. */
export function waitingCount(overview: PersonalOverview): number {
  const reviews = overview.grants.toReview.reduce((sum, pool) => sum + pool.count, 0);
  return overview.bookings.waitingRequests + reviews + overview.giving.waitingContacts;
}
