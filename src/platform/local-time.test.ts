import { describe, expect, it } from 'vitest';
import {
  addDays,
  isLocalDate,
  localParts,
  localToEpoch,
  offsetMinutes,
  parseClock,
  startOfWeek,
} from '#src/platform/local-time.ts';

describe('local time in Copenhagen', () => {
  it('reads the same wall clock as Intl at every instant over two years, both changes included', () => {
    const reference = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'short' });
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    // Every 53 minutes (and some seconds) lands on every minute of the hour and both sides of 01:00 UTC.
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2028, 0, 1); at += 53 * 60_000 + 7_000) {
      const [date, clock] = reference.format(at).split(' ');
      const [hours, minutes] = (clock ?? '').split(':').map(Number);
      const parts = localParts(at);
      expect({ date: parts.date, minute: parts.minute }).toEqual({
        date,
        minute: (hours ?? 0) * 60 + (minutes ?? 0),
      });
      expect(parts.weekday).toBe(days.indexOf(weekday.format(at)) + 1);
    }
  });

  it('turns a winter evening into the right instant (UTC+1)', () => {
    expect(new Date(localToEpoch('2026-12-03', 18 * 60)).toISOString()).toBe('2026-12-03T17:00:00.000Z');
  });

  it('turns a summer evening into the right instant (UTC+2)', () => {
    expect(new Date(localToEpoch('2026-06-04', 18 * 60)).toISOString()).toBe('2026-06-04T16:00:00.000Z');
  });

  it('keeps a 17–22 window five hours long on the day clocks go back (25 October 2026)', () => {
    const start = localToEpoch('2026-10-25', 17 * 60);
    const end = localToEpoch('2026-10-25', 22 * 60);
    expect(end - start).toBe(5 * 3_600_000);
    expect(new Date(start).toISOString()).toBe('2026-10-25T16:00:00.000Z');
  });

  it('makes the night the clocks go forward (29 March 2026) one hour shorter', () => {
    const evening = localToEpoch('2026-03-28', 22 * 60);
    const morning = localToEpoch('2026-03-29', 9 * 60);
    expect(morning - evening).toBe(10 * 3_600_000);
  });

  it('moves a time in the spring gap forward past it', () => {
    expect(localParts(localToEpoch('2026-03-29', 2 * 60 + 30)).minute).toBe(3 * 60 + 30);
  });

  it('takes the first of the two 02:30s in the autumn', () => {
    expect(new Date(localToEpoch('2026-10-25', 2 * 60 + 30)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads weekday, date and minute of an instant in local time', () => {
    expect(localParts(Date.UTC(2026, 11, 31, 23, 30))).toEqual({
      date: '2027-01-01',
      weekday: 5,
      minute: 30,
    });
    expect(offsetMinutes(Date.UTC(2026, 6, 1))).toBe(120);
    expect(offsetMinutes(Date.UTC(2026, 0, 1))).toBe(60);
  });

  it('does calendar arithmetic on local dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(parseClock('17:30')).toBe(1050);
    expect(parseClock('25:00')).toBeNull();
  });
});
