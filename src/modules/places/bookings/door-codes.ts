import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { insertDoorCodeView } from '#src/modules/places/bookings/queries.ts';
import { MINUTE } from '#src/platform/time.ts';

/** A fresh six-digit door code from the system's cryptographic random source. */
export function newDoorCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export interface DoorCodeSubject {
  id: number;
  status: string;
  starts_at: number;
  ends_at: number;
  door_code: string | null;
  code_visible_minutes_before: number;
}

/** Where a booking's door code stands for someone entitled to it. */
export type DoorCodeState =
  | { state: 'none' }
  | { state: 'notYet'; visibleFrom: number }
  | { state: 'visible'; code: string; visibleUntil: number }
  | { state: 'ended' };

/** The code is shown from the place's set time before the start until the end, on approved bookings only. */
export function doorCodeState(booking: DoorCodeSubject, now: number): DoorCodeState {
  if (booking.door_code === null || booking.status !== 'approved') return { state: 'none' };
  const visibleFrom = booking.starts_at - booking.code_visible_minutes_before * MINUTE;
  if (now < visibleFrom) return { state: 'notYet', visibleFrom };
  if (now >= booking.ends_at) return { state: 'ended' };
  return { state: 'visible', code: booking.door_code, visibleUntil: booking.ends_at };
}

/**
 * The door code as the booker or a manager may see it right now. Every showing is logged (who,
 * when) before the code is handed out, so the log never misses one.
 */
export async function revealDoorCode(
  db: Kysely<Database>,
  booking: DoorCodeSubject,
  viewerId: number,
  now: number,
): Promise<DoorCodeState> {
  const state = doorCodeState(booking, now);
  if (state.state === 'visible') await insertDoorCodeView(db, booking.id, viewerId, now);
  return state;
}
