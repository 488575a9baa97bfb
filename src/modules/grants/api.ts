import type { FastifyInstance } from 'fastify';
import { grantsPublicApi } from '#src/modules/grants/public-api.ts';

/** JSON routes of the quick-action pool, mounted under /api/v1. */
export async function grantsApi(app: FastifyInstance): Promise<void> {
  await app.register(grantsPublicApi);
}
