import { describe, expect, it } from 'vitest';
import { exampleDate, parseDate, parseTime, wallClockError } from '#src/platform/dates/parse.ts';
import { format, formatMessage } from '#src/platform/i18n.ts';
import { localParts, localToEpoch } from '#src/platform/local-time.ts';

// The request's "now" decides a missing year; tests pin it like an injected clock would.
const today = localParts(Date.UTC(2026, 11, 6, 9)).date; // Sunday 6 December 2026

function date(typed: string, on = today): string | null {
  const result = parseDate(typed, on);
  return result.ok ? result.value : null;
}

function time(typed: string): number | null {
  const result = parseTime(typed);
  return result.ok ? result.value : null;
}

describe('reading a date as Danes type it', () => {
  it.each([
    ['8.12.2026', '2026-12-08'],
    ['08.12.2026', '2026-12-08'],
    ['8/12/2026', '2026-12-08'],
    ['8-12-2026', '2026-12-08'],
    ['8,12,2026', '2026-12-08'],
    ['08.12.26', '2026-12-08'],
    ['8.12.27', '2027-12-08'],
    ['8. 12. 2026', '2026-12-08'],
    ['8.12.', '2026-12-08'],
    ['8.12', '2026-12-08'],
    ['8/12', '2026-12-08'],
    ['  8.12  ', '2026-12-08'],
    ['2026-12-08', '2026-12-08'],
    ['2027-03-20', '2027-03-20'],
  ])('reads "%s" as %s', (typed, expected) => {
    expect(date(typed)).toBe(expected);
  });

  it('takes a day without a year as the next such day, into next year after new year', () => {
    expect(date('3.1', '2026-12-20')).toBe('2027-01-03');
    expect(date('8/1', '2027-02-20')).toBe('2028-01-08');
    expect(date('8.12', '2027-01-20')).toBe('2027-12-08');
  });

  it('keeps a day of the last 30 days in its year, so a slip shows as past rather than a year ahead', () => {
    expect(date('5.12', '2026-12-06')).toBe('2026-12-05');
    expect(date('8/12', '2026-12-20')).toBe('2026-12-08');
    expect(date('28.12', '2027-01-05')).toBe('2026-12-28');
    expect(date('5.11', '2026-12-06')).toBe('2027-11-05');
  });

  it('reads 29 February in a leap year and refuses it in other years', () => {
    expect(date('29.2.2028')).toBe('2028-02-29');
    expect(date('29.2', '2028-01-10')).toBe('2028-02-29');
    expect(parseDate('29.2.2027', today)).toEqual({
      ok: false,
      error: { key: 'dates.error.noSuchDate', params: { typed: '29.2.2027' } },
    });
    expect(parseDate('29.2', today)).toMatchObject({ ok: false, error: { key: 'dates.error.noSuchDate' } });
  });

  it('says a date that does not exist, such as 31.2, does not exist', () => {
    for (const typed of ['31.2', '31.4.2027', '32.1.2027', '0.5.2027', '12.13.2026', '2026-02-30']) {
      expect(parseDate(typed, today)).toMatchObject({ ok: false, error: { key: 'dates.error.noSuchDate' } });
    }
    expect(format('da', 'dates.error.noSuchDate', { typed: '31.2' })).toBe(
      'Datoen 31.2 findes ikke i kalenderen. Tjek dag og måned',
    );
  });

  it('asks for day.month.year with an example a week ahead when the text is no date', () => {
    for (const typed of ['', 'i morgen', '8 december', '12.8.2026.5', '2026/12/08/1', '8..12', '123.4']) {
      expect(parseDate(typed, today)).toEqual({
        ok: false,
        error: { key: 'dates.error.dateFormat', params: { example: '13.12.2026' } },
      });
    }
    expect(format('da', 'dates.error.dateFormat', { example: '13.12.2026' })).toBe(
      'Skriv datoen som dag.måned.år, fx 13.12.2026',
    );
    expect(format('en', 'dates.error.dateFormat', { example: '13.12.2026' })).toBe(
      'Write the date as day.month.year, e.g. 13.12.2026',
    );
  });

  it('gives an example date that is never in the past, across the turn of the year', () => {
    expect(exampleDate('2026-12-06')).toBe('13.12.2026');
    expect(exampleDate('2026-12-28')).toBe('4.1.2027');
  });
});

describe('reading a time as Danes type it', () => {
  it.each([
    ['18', 18 * 60],
    ['8', 8 * 60],
    ['18.00', 18 * 60],
    ['18:30', 18 * 60 + 30],
    ['18.30', 18 * 60 + 30],
    ['18,30', 18 * 60 + 30],
    ['1830', 18 * 60 + 30],
    ['0830', 8 * 60 + 30],
    ['kl. 18', 18 * 60],
    ['kl 9.15', 9 * 60 + 15],
    ['0', 0],
    ['24', 1440],
    ['24.00', 1440],
  ])('reads "%s" as minute %i of the day', (typed, expected) => {
    expect(time(typed)).toBe(expected);
  });

  it('asks for hours and minutes when the text is no time', () => {
    for (const typed of ['', 'aften', '18.3', '18:300', '183', '18h', '-1']) {
      expect(parseTime(typed)).toEqual({ ok: false, error: { key: 'dates.error.timeFormat' } });
    }
  });

  it('says a time that does not exist, such as 25.00 or 18.75, does not exist', () => {
    for (const typed of ['25', '18.75', '24.30', '2460']) {
      expect(parseTime(typed)).toMatchObject({ ok: false, error: { key: 'dates.error.noSuchTime' } });
    }
  });
});

describe('wall-clock times on the days the clocks change', () => {
  it('says 02.30 does not exist on 28 March 2027, when the clocks go forward, and names 03.30', () => {
    const gap = wallClockError('2027-03-28', 2 * 60 + 30);
    expect(gap?.key).toBe('dates.error.springGap');
    expect(formatMessage('da', gap ?? { key: 'validation.invalid' })).toBe(
      'Kl. 02.30 findes ikke den 28. marts 2027 (uret stilles frem); vælg 03.30.',
    );
    expect(formatMessage('en', gap ?? { key: 'validation.invalid' })).toBe(
      '02:30 does not exist on 28 March 2027 (clocks go forward); choose 03:30.',
    );
  });

  it('accepts the hours either side of the gap and both 02.30s of 25 October 2026', () => {
    expect(wallClockError('2027-03-28', 1 * 60 + 59)).toBeNull();
    expect(wallClockError('2027-03-28', 3 * 60)).toBeNull();
    expect(wallClockError('2026-10-25', 2 * 60 + 30)).toBeNull();
    expect(wallClockError('2026-12-08', 1440)).toBeNull();
  });

  // Decision: 02.30 on 31 October 2027 happens twice; a typed time means the first, still summer
  // time (00:30 UTC). A person who means the second can write 02.30 and 03.30 as two activities.
  it('takes the first of the two 02.30s of 31 October 2027 (summer time, 00:30 UTC)', () => {
    expect(wallClockError('2027-10-31', 2 * 60 + 30)).toBeNull();
    expect(localToEpoch('2027-10-31', 2 * 60 + 30)).toBe(Date.UTC(2027, 9, 31, 0, 30));
    expect(localToEpoch('2027-10-31', 3 * 60)).toBe(Date.UTC(2027, 9, 31, 2, 0));
  });
});

describe('the years Byliv accepts', () => {
  it('refuses a date before 2000 or after 2100, saying which years it accepts', () => {
    for (const typed of ['31.12.1999', '1.1.2101', '0001-01-01', '9999-12-31']) {
      expect(parseDate(typed, today), typed).toEqual({
        ok: false,
        error: { key: 'dates.error.outOfRange', params: { first: 2000, last: 2100 } },
      });
    }
    expect(format('da', 'dates.error.outOfRange', { first: 2000, last: 2100 })).toBe(
      'Datoen ligger uden for de år, Byliv tager imod (2000–2100). Vælg en dato i de år',
    );
    expect(date('1.1.2000')).toBe('2000-01-01');
    expect(date('31.12.2100')).toBe('2100-12-31');
  });
});
