import type { FastifyInstance } from 'fastify';

/** JSON routes of the places registry, mounted under /api/v1. */
export async function placesApi(_app: FastifyInstance): Promise<void> {}
