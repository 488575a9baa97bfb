/** The clock, injectable so tests can move time. Instants are UTC epoch milliseconds. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Everything a person sees is in this zone. */
export const TIME_ZONE = 'Europe/Copenhagen';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
