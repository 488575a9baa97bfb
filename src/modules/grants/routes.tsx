import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { applyRoutes } from '#src/modules/grants/apply-routes.tsx';
import { poolRoutes } from '#src/modules/grants/pool-routes.tsx';
import { reportRoutes } from '#src/modules/grants/report-routes.tsx';
import { reviewRoutes } from '#src/modules/grants/review-routes.tsx';
import { PHOTO_UPLOAD_MAX_BYTES } from '#src/modules/places/photos.ts';

/** HTML pages and form posts of the quick-action pool. */
export async function grantsRoutes(app: FastifyInstance): Promise<void> {
  // Uploads only in this plugin's scope: one photo per request, capped before it is read whole.
  await app.register(fastifyMultipart, {
    limits: { fileSize: PHOTO_UPLOAD_MAX_BYTES, files: 1, fields: 10 },
  });
  await poolRoutes(app);
  await applyRoutes(app);
  await reviewRoutes(app);
  await reportRoutes(app);
}
