import type { AppContext } from '#src/platform/context.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { HOUR } from '#src/platform/time.ts';

/** Test-only: `count` bookings of one place by one person, a day apart from 10 December 2026 on. */
export async function addBookings(
  ctx: AppContext,
  options: {
    placeId: number;
    bookerId: number;
    count: number;
    status: 'requested' | 'approved';
    from?: number;
  },
): Promise<void> {
  const base = instantAt('2026-12-10', 10 * 60);
  const rows = Array.from({ length: options.count }, (_, index) => {
    const startsAt = base + ((options.from ?? 0) + index) * 24 * HOUR;
    return {
      place_id: options.placeId,
      series_id: null,
      booker_id: options.bookerId,
      organisation_id: null,
      title: `Møde ${(options.from ?? 0) + index + 1}`,
      attendees: 5,
      responsible_host_name: '',
      responsible_host_phone: '',
      starts_at: startsAt,
      ends_at: startsAt + HOUR,
      block_end: startsAt + HOUR,
      status: options.status,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      cancelled_at: null,
      cancelled_by: null,
      door_code: null,
      created_at: ctx.clock.now(),
    };
  });
  for (let start = 0; start < rows.length; start += 200) {
    await ctx.db.kysely
      .insertInto('bookings')
      .values(rows.slice(start, start + 200))
      .execute();
  }
}
