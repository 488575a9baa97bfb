import type { FastifyInstance } from 'fastify';

/** HTML pages and form posts of the accounts module. */
export async function accountsRoutes(_app: FastifyInstance): Promise<void> {}
