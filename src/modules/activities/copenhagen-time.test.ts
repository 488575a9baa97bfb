import { describe, expect, it } from 'vitest';
import {
  copenhagenOffset,
  fastLocalParts,
  fastLocalToEpoch,
} from '#src/modules/activities/copenhagen-time.ts';
import { addDays, localParts, localToEpoch, offsetMinutes } from '#src/platform/local-time.ts';
import { HOUR } from '#src/platform/time.ts';

describe('fast Copenhagen time', () => {
  it('agrees with Intl on every hour across several years, daylight-saving changes included', () => {
    for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2029, 0, 1); instant += HOUR) {
      expect(copenhagenOffset(instant)).toBe(offsetMinutes(instant));
      expect(fastLocalParts(instant + 17 * 60_000)).toEqual(localParts(instant + 17 * 60_000));
    }
  });

  it('places local times as the platform does, also in the spring gap and the autumn overlap', () => {
    for (let date = '2026-03-20'; date < '2026-04-05'; date = addDays(date, 1)) {
      for (const minute of [0, 60, 120, 150, 180, 1080, 1439])
        expect(fastLocalToEpoch(date, minute)).toBe(localToEpoch(date, minute));
    }
    for (let date = '2026-10-20'; date < '2026-11-05'; date = addDays(date, 1)) {
      for (const minute of [0, 60, 120, 150, 180, 1080, 1439])
        expect(fastLocalToEpoch(date, minute)).toBe(localToEpoch(date, minute));
    }
  });
});
