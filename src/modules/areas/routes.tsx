import type { FastifyInstance } from 'fastify';

/** HTML pages and form posts of the areas module. */
export async function areasRoutes(_app: FastifyInstance): Promise<void> {}
