import type { Static } from 'typebox';
import type { OverviewJson } from '#src/modules/overview/schemas.ts';
import type { PersonalOverview } from '#src/modules/overview/service.ts';

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The overview as the API shows it: the same numbers and lists as the page. */
export function overviewJson(overview: PersonalOverview): Static<typeof OverviewJson> {
  const { bookings, grants, activities, giving, organisations } = overview;
  return {
    waiting: {
      bookingRequests: bookings.waitingRequests,
      bookingRequestsPath: '/administrer/bookinger',
      reviews: grants.toReview.map((pool) => ({
        pool: pool.poolTitle,
        poolSlug: pool.poolSlug,
        count: pool.count,
        path: pool.path,
      })),
      contactRequests: giving.waitingContacts,
    },
    bookings: {
      coming: bookings.comingCount,
      next: bookings.next.map((booking) => ({
        id: booking.id,
        title: booking.title,
        place: booking.placeName,
        startsAt: iso(booking.startsAt),
        status: booking.status,
        path: `/bookinger/${booking.id}`,
      })),
    },
    activities: {
      next: activities.next.map((activity) => ({
        id: activity.id,
        title: activity.title,
        startsAt: iso(activity.startsAt),
        role: activity.role,
        path: activity.path,
      })),
    },
    givePosts: {
      open: giving.openCount,
      latest: giving.openPosts.map((post) => ({
        id: post.id,
        title: post.title,
        direction: post.direction,
        expiresAt: iso(post.expiresAt),
        path: post.path,
      })),
    },
    applications: {
      total: grants.applicationCount,
      latest: grants.applications.map((application) => ({
        id: application.id,
        title: application.title,
        pool: application.poolTitle,
        status: application.status,
        path: application.path,
      })),
    },
    organisations,
  };
}
