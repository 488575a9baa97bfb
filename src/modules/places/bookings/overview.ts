import { managerQueue, myBookings } from '#src/modules/places/bookings/reading.ts';
import type { BookingStatus } from '#src/modules/places/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

export interface BookingsOverview {
  /** Booking requests at places this person manages, waiting for a decision. */
  waitingRequests: number;
  /** Her own coming bookings (requested or approved), soonest first, at most `limit`. */
  next: Array<{ id: number; title: string; placeName: string; startsAt: number; status: BookingStatus }>;
  /** How many coming bookings she has in all. */
  comingCount: number;
}

/** What waits for this person in bookings, for "Mit overblik"; the same queries however many there are. */
export async function bookingsOverviewFor(
  ctx: AppContext,
  user: CurrentUser,
  limit: number,
): Promise<BookingsOverview> {
  const now = ctx.clock.now();
  const [queue, own] = await Promise.all([managerQueue(ctx, user), myBookings(ctx, user)]);
  const coming = own.filter(
    (booking) => booking.endsAt > now && (booking.status === 'requested' || booking.status === 'approved'),
  );
  return {
    waitingRequests: queue.length,
    next: coming.slice(0, limit).map((booking) => ({
      id: booking.id,
      title: booking.title,
      placeName: booking.placeName,
      startsAt: booking.startsAt,
      status: booking.status,
    })),
    comingCount: coming.length,
  };
}
