import type { FastifyInstance } from 'fastify';

/** HTML pages and form posts of bookings. */
export async function bookingsRoutes(_app: FastifyInstance): Promise<void> {}
