import type { FastifyInstance } from 'fastify';

/** JSON routes of bookings, mounted under /api/v1. */
export async function bookingsApi(_app: FastifyInstance): Promise<void> {}
