import type { FastifyInstance } from 'fastify';

/** The open side of the pool: funded initiatives, dashboards and exports. */
export async function grantsPublicRoutes(_app: FastifyInstance): Promise<void> {}
