import type { FastifyInstance } from 'fastify';

/** HTML pages and form posts of the organisations module. */
export async function organisationsRoutes(_app: FastifyInstance): Promise<void> {}
