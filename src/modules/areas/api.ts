import type { FastifyInstance } from 'fastify';

/** JSON routes of the areas module, mounted under /api/v1. */
export async function areasApi(_app: FastifyInstance): Promise<void> {}
