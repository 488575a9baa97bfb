import type { FastifyInstance } from 'fastify';

/** JSON routes of the accounts module, mounted under /api/v1. */
export async function accountsApi(_app: FastifyInstance): Promise<void> {}
