import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatInterval,
} from '#src/platform/dates/format.ts';
import { localToEpoch } from '#src/platform/local-time.ts';

const at = (date: string, hours: number, minutes = 0) => localToEpoch(date, hours * 60 + minutes);

describe('dates as people read them', () => {
  it('writes an instant with weekday and Danish clock: tirsdag den 8. december 2026 kl. 18.00', () => {
    expect(formatDateTime('da', at('2026-12-08', 18))).toBe('tirsdag den 8. december 2026 kl. 18.00');
    expect(formatDateTime('en', at('2026-12-08', 18))).toBe('Tuesday 8 December 2026 at 18:00');
  });

  it('writes the local time in summer and winter, whatever the server zone', () => {
    expect(formatDateTime('da', Date.UTC(2027, 5, 4, 16, 5))).toBe('fredag den 4. juni 2027 kl. 18.05');
    expect(formatDateTime('da', Date.UTC(2026, 11, 31, 23, 30))).toBe('fredag den 1. januar 2027 kl. 00.30');
  });

  it('writes an interval on one day with one date: kl. 18.00–20.00', () => {
    expect(formatInterval('da', at('2026-12-08', 18), at('2026-12-08', 20))).toBe(
      'tirsdag den 8. december 2026 kl. 18.00–20.00',
    );
    expect(formatInterval('en', at('2026-12-08', 18), at('2026-12-08', 20))).toBe(
      'Tuesday 8 December 2026, 18:00–20:00',
    );
  });

  it('writes an evening that ends at midnight as ending at 24.00 on the same day', () => {
    expect(formatInterval('da', at('2026-12-08', 20), at('2026-12-09', 0))).toBe(
      'tirsdag den 8. december 2026 kl. 20.00–24.00',
    );
  });

  it('writes both days of an interval that crosses midnight', () => {
    expect(formatInterval('da', at('2026-12-08', 22), at('2026-12-09', 2))).toBe(
      'tirsdag den 8. december 2026 kl. 22.00 – onsdag den 9. december 2026 kl. 02.00',
    );
    expect(formatInterval('en', at('2026-12-08', 22), at('2026-12-09', 2))).toBe(
      'Tuesday 8 December 2026 at 22:00 – Wednesday 9 December 2026 at 02:00',
    );
  });

  it('writes the local clock across the night the clocks go forward (28 March 2027)', () => {
    const start = at('2027-03-28', 1);
    const end = at('2027-03-28', 4);
    expect(end - start).toBe(2 * 3_600_000);
    expect(formatInterval('da', start, end)).toBe('søndag den 28. marts 2027 kl. 01.00–04.00');
  });

  it('writes the local clock across the night the clocks go back (25 October 2026)', () => {
    const start = at('2026-10-25', 1);
    const end = at('2026-10-25', 4);
    expect(end - start).toBe(4 * 3_600_000);
    expect(formatInterval('en', start, end)).toBe('Sunday 25 October 2026, 01:00–04:00');
  });

  it('writes a local date with or without its weekday', () => {
    expect(formatDate('da', '2027-03-20')).toBe('20. marts 2027');
    expect(formatDate('da', '2027-03-20', { weekday: true })).toBe('lørdag den 20. marts 2027');
    expect(formatDate('en', '2027-03-20', { weekday: true })).toBe('Saturday 20 March 2027');
    expect(formatDate('da', '2028-02-29', { weekday: true })).toBe('tirsdag den 29. februar 2028');
  });

  it('writes a clock time the Danish and the English way', () => {
    expect(formatClockTime('da', 9 * 60 + 5)).toBe('09.05');
    expect(formatClockTime('en', 9 * 60 + 5)).toBe('09:05');
    expect(formatClockTime('da', 1440)).toBe('24.00');
  });
});

describe('date ranges as people read them', () => {
  it('writes one day once when both ends are the same day', () => {
    expect(formatDateRange('da', '2027-03-20', '2027-03-20')).toBe('20. marts 2027');
    expect(formatDateRange('en', '2027-03-20', '2027-03-20')).toBe('20 March 2027');
  });

  it('writes days of one month as 20.–22. marts 2027', () => {
    expect(formatDateRange('da', '2027-03-20', '2027-03-22')).toBe('20.–22. marts 2027');
    expect(formatDateRange('en', '2027-03-20', '2027-03-22')).toBe('20–22 March 2027');
  });

  it('writes both months when the range spans two', () => {
    expect(formatDateRange('da', '2027-03-30', '2027-04-02')).toBe('30. marts – 2. april 2027');
    expect(formatDateRange('en', '2027-03-30', '2027-04-02')).toBe('30 March – 2 April 2027');
  });

  it('writes both years when the range crosses new year', () => {
    expect(formatDateRange('da', '2026-12-30', '2027-01-02')).toBe('30. december 2026 – 2. januar 2027');
    expect(formatDateRange('en', '2026-12-30', '2027-01-02')).toBe('30 December 2026 – 2 January 2027');
  });
});
