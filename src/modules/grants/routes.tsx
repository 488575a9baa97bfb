import type { FastifyInstance } from 'fastify';
import { applyRoutes } from '#src/modules/grants/applications/routes.tsx';
import { poolRoutes } from '#src/modules/grants/pools/routes.tsx';
import { reportRoutes } from '#src/modules/grants/reports/routes.tsx';
import { reviewRoutes } from '#src/modules/grants/review/routes.tsx';
import { acceptPhotoUploads } from '#src/platform/uploads.ts';

/** HTML pages and form posts of the quick-action pool. */
export async function grantsRoutes(app: FastifyInstance): Promise<void> {
  // Uploads only in this plugin's scope.
  await acceptPhotoUploads(app);
  await poolRoutes(app);
  await applyRoutes(app);
  await reviewRoutes(app);
  await reportRoutes(app);
}
