import type { FastifyInstance } from 'fastify';

/** HTML pages and form posts of the places registry. */
export async function placesRoutes(_app: FastifyInstance): Promise<void> {}
