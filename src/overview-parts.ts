import { activitiesOverviewFor } from '#src/modules/activities/overview.ts';
import { givingOverviewFor } from '#src/modules/giving/overview.ts';
import { grantsOverviewFor } from '#src/modules/grants/overview.ts';
import type { OverviewParts } from '#src/modules/overview/service.ts';
import { bookingsOverviewFor } from '#src/modules/places/bookings/overview.ts';

/**
 * Each module's part of "Mit overblik", composed here at the app's level (as `src/job-handlers.ts`
 * composes the job handlers); the compiler checks that each fits the shape the overview needs.
 */
export const overviewParts: OverviewParts = {
  bookings: bookingsOverviewFor,
  grants: grantsOverviewFor,
  activities: activitiesOverviewFor,
  giving: givingOverviewFor,
};
