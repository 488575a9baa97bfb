import type { FastifyInstance } from 'fastify';

/** HTML pages and form posts of the quick-action pool. */
export async function grantsRoutes(_app: FastifyInstance): Promise<void> {}
