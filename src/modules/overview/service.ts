import { type ActivitiesOverview, activitiesOverviewFor } from '#src/modules/activities/overview.ts';
import { type GivingOverview, givingOverviewFor } from '#src/modules/giving/overview.ts';
import { type GrantsOverview, grantsOverviewFor } from '#src/modules/grants/overview.ts';
import { membershipsOfUser, type UserMembership } from '#src/modules/organisations/service.ts';
import { type BookingsOverview, bookingsOverviewFor } from '#src/modules/places/bookings/overview.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

/** How many of each list (bookings, activities, posts, applications) the overview shows. */
export const OVERVIEW_LIST_LENGTH = 3;

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

export async function personalOverview(ctx: AppContext, user: CurrentUser): Promise<PersonalOverview> {
  const length = OVERVIEW_LIST_LENGTH;
  const [bookings, grants, activities, giving, memberships] = await Promise.all([
    bookingsOverviewFor(ctx, user, length),
    grantsOverviewFor(ctx, user, length),
    activitiesOverviewFor(ctx, user, length),
    givingOverviewFor(ctx, user, length),
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
