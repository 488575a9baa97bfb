import type { FastifyInstance } from 'fastify';

/** JSON routes of the quick-action pool, mounted under /api/v1. */
export async function grantsApi(_app: FastifyInstance): Promise<void> {}
