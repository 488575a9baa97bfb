import { loadBooking, managedScope } from '#src/modules/places/bookings/decisions.ts';
import { type DoorCodeState, revealDoorCode } from '#src/modules/places/bookings/door-codes.ts';
import { type BookingView, toBookingView } from '#src/modules/places/bookings/model.ts';
import { listBookingsOfUser, listDoorCodeViews, listQueue } from '#src/modules/places/bookings/queries.ts';
import { isPlaceManager } from '#src/modules/places/policy.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ForbiddenError } from '#src/platform/errors.ts';
import { DAY } from '#src/platform/time.ts';

/** How far back "my bookings" shows past bookings. */
const HISTORY = 30 * DAY;

/** This person's bookings: upcoming and those of the last 30 days, soonest first. */
export async function myBookings(ctx: AppContext, user: CurrentUser): Promise<BookingView[]> {
  const now = ctx.clock.now();
  const rows = await listBookingsOfUser(ctx.db.kysely, user.id, now - HISTORY);
  return rows.map((row) => toBookingView(row, { userId: user.id, isManager: false }, now));
}

/** Requests waiting for this person's decision, oldest first. */
export async function managerQueue(ctx: AppContext, user: CurrentUser): Promise<BookingView[]> {
  const now = ctx.clock.now();
  const rows = await listQueue(ctx.db.kysely, await managedScope(ctx, user.id), now);
  return rows.map((row) => toBookingView(row, { userId: user.id, isManager: true }, now));
}

export interface CodeView {
  name: string | null;
  viewedAt: number;
}

export interface BookingDetails {
  booking: BookingView;
  isManager: boolean;
  isBooker: boolean;
  doorCode: DoorCodeState;
  /** Who was shown the door code and when; for the place's managers only. */
  codeViews: CodeView[] | null;
}

/**
 * One booking for its booker or the place's managers. Looking at it while the door code is
 * visible shows the code, and that showing is logged.
 */
export async function bookingDetails(
  ctx: AppContext,
  user: CurrentUser,
  bookingId: number,
): Promise<BookingDetails> {
  const row = await loadBooking(ctx.db.kysely, bookingId);
  const isBooker = row.booker_id === user.id;
  const isManager = await isPlaceManager(ctx, row.place_id, user.id);
  if (!isBooker && !isManager) throw new ForbiddenError('bookings.error.notYours');
  const now = ctx.clock.now();
  const doorCode = await revealDoorCode(ctx.db.kysely, row, user.id, now);
  const codeViews = isManager
    ? (await listDoorCodeViews(ctx.db.kysely, row.id)).map((view) => ({
        name: view.user_name,
        viewedAt: view.viewed_at,
      }))
    : null;
  return {
    booking: toBookingView(row, { userId: user.id, isManager }, now),
    isManager,
    isBooker,
    doorCode,
    codeViews,
  };
}
