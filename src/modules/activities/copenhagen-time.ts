import { DAY, MINUTE } from '#src/platform/time.ts';

/**
 * Fast local time for Europe/Copenhagen by the EU rule (in force since 1996): summer time (UTC+2)
 * from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, else
 * UTC+1. Feeds and lists convert thousands of instants per request, where `Intl` costs tens of
 * microseconds each; a test checks this against `src/platform/local-time.ts` (the `Intl` truth).
 */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY;
}

const summerCache = new Map<number, [number, number]>();

function summerOf(year: number): [number, number] {
  let range = summerCache.get(year);
  if (range === undefined) {
    range = [lastSundayAtOneUtc(year, 2), lastSundayAtOneUtc(year, 9)];
    summerCache.set(year, range);
  }
  return range;
}

/** Minutes ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function copenhagenOffset(epochMs: number): number {
  const [start, end] = summerOf(new Date(epochMs).getUTCFullYear());
  return epochMs >= start && epochMs < end ? 120 : 60;
}

export interface FastLocalParts {
  date: string;
  /** ISO weekday 1–7. */
  weekday: number;
  minute: number;
}

export function fastLocalParts(epochMs: number): FastLocalParts {
  const local = new Date(epochMs + copenhagenOffset(epochMs) * MINUTE);
  return {
    date: local.toISOString().slice(0, 10),
    weekday: local.getUTCDay() || 7,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The instant of a local date and minute; in the spring gap it moves forward, in the autumn overlap the summer one. */
export function fastLocalToEpoch(date: string, minuteOfDay: number): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const naive = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const summer = naive - 120 * MINUTE;
  return copenhagenOffset(summer) === 120 ? summer : naive - 60 * MINUTE;
}
