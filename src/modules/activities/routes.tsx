import type { FastifyInstance } from 'fastify';
import { feedRoutes } from '#src/modules/activities/feeds/routes.tsx';
import { activityFindingRoutes } from '#src/modules/activities/finding/routes.tsx';
import { activityCancelRoutes } from '#src/modules/activities/occurrences/cancel-routes.tsx';
import { occurrenceMoveRoutes } from '#src/modules/activities/occurrences/move-routes.tsx';
import { activityPageRoutes } from '#src/modules/activities/page-routes.tsx';
import { participationRoutes } from '#src/modules/activities/participation/routes.tsx';
import { activityFormRoutes } from '#src/modules/activities/publishing/routes.tsx';

/** The HTML face of activities, split by sub-domain. */
export async function activitiesRoutes(app: FastifyInstance): Promise<void> {
  await activityFindingRoutes(app);
  await activityPageRoutes(app);
  await activityFormRoutes(app);
  await occurrenceMoveRoutes(app);
  await activityCancelRoutes(app);
  await participationRoutes(app);
  await feedRoutes(app);
}
