import type { FastifyInstance } from 'fastify';
import { bookRoutes } from '#src/modules/places/bookings/book-routes.tsx';
import { manageRoutes } from '#src/modules/places/bookings/manage-routes.tsx';
import { searchRoutes } from '#src/modules/places/bookings/search-routes.tsx';

/** HTML pages and form posts of bookings. */
export async function bookingsRoutes(app: FastifyInstance): Promise<void> {
  await bookRoutes(app);
  await manageRoutes(app);
  await searchRoutes(app);
}
