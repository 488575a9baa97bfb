import type { FastifyInstance } from 'fastify';

/** JSON routes of the organisations module, mounted under /api/v1. */
export async function organisationsApi(_app: FastifyInstance): Promise<void> {}
