import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInstantInRange, parseInstant } from '#src/platform/dates/instant.ts';
import { format, formatMessage } from '#src/platform/i18n.ts';

/** The last Sunday of a month (1–12) of a year, as YYYY-MM-DD. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

describe('reading an instant the API was sent', () => {
  it('reads Z, offsets and fractions to the millisecond', () => {
    expect(parseInstant('2027-06-30T18:00:00Z')).toEqual({ ok: true, value: Date.UTC(2027, 5, 30, 18) });
    expect(parseInstant('2027-06-30T20:00:00+02:00')).toEqual({ ok: true, value: Date.UTC(2027, 5, 30, 18) });
    expect(parseInstant('2027-06-30t17:30:00.1234-00:30')).toEqual({
      ok: true,
      value: Date.UTC(2027, 5, 30, 18, 0, 0, 123),
    });
  });

  it('refuses the leap second 23:59:60 saying seconds run 00–59, and suggests :59', () => {
    const parsed = parseInstant('2027-06-30T23:59:60Z');
    expect(parsed).toEqual({
      ok: false,
      error: { key: 'dates.error.leapSecond', params: { suggestion: '2027-06-30T23:59:59Z' } },
    });
    if (parsed.ok) return;
    expect(formatMessage('da', parsed.error)).toBe(
      'Sekunderne skal være fra 00 til 59; Byliv regner ikke med skudsekunder. Skriv fx 2027-06-30T23:59:59Z',
    );
    expect(formatMessage('en', parsed.error)).toBe(
      'Seconds must be 00–59; Byliv does not count leap seconds. Write e.g. 2027-06-30T23:59:59Z',
    );
  });

  it('refuses year 0 and year 9999 as outside the years 2000–2100', () => {
    for (const text of ['0000-01-01T10:00:00Z', '9999-12-31T10:00:00Z', '1999-12-31T22:59:59Z']) {
      const parsed = parseInstant(text);
      expect(parsed, text).toEqual({
        ok: false,
        error: { key: 'dates.error.outOfRange', params: { first: 2000, last: 2100 } },
      });
    }
    expect(format('en', 'dates.error.outOfRange', { first: 2000, last: 2100 })).toBe(
      'The date is outside the years Byliv accepts (2000–2100). Choose a date within them',
    );
  });

  it('takes the range in Copenhagen years: 1999-12-31T23:00Z is New Year 2000 there', () => {
    expect(parseInstant('1999-12-31T23:00:00Z')).toEqual({
      ok: true,
      value: Date.UTC(2000, 0, 1) - 3_600_000,
    });
    expect(parseInstant('2100-12-31T22:59:59Z').ok).toBe(true);
    expect(parseInstant('2100-12-31T23:00:00Z').ok).toBe(false);
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    expect(parseInstant('2027-02-29T10:00:00Z')).toMatchObject({
      ok: false,
      error: { key: 'dates.error.noSuchDate' },
    });
    expect(parseInstant('2028-02-29T10:00:00Z').ok).toBe(true);
    expect(parseInstant('2027-06-31T10:00:00Z').ok).toBe(false);
  });

  it('refuses a time without a zone, hour 24 and other shapes', () => {
    for (const text of [
      '2027-06-30T10:00:00',
      '2027-06-30T24:00:00Z',
      '2027-06-30',
      'tomorrow',
      '2027-06-30T10:60:00Z',
    ]) {
      expect(parseInstant(text), text).toMatchObject({
        ok: false,
        error: { key: 'dates.error.instantFormat' },
      });
    }
  });
});

const IN_RANGE = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31, 22, 59, 59, 999) });
const CHANGE_DAYS = fc
  .tuple(fc.integer({ min: 2025, max: 2030 }), fc.constantFrom(3, 10))
  .map(([year, month]) => lastSunday(year, month));

describe('the instant parser as a property', () => {
  it('round-trips every millisecond instant of the accepted years written as toISOString', () => {
    fc.assert(
      fc.property(IN_RANGE, (epochMs) => {
        expect(parseInstant(new Date(epochMs).toISOString())).toEqual({ ok: true, value: epochMs });
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same instant whatever offset it is written in, across the clock changes', () => {
    fc.assert(
      fc.property(
        CHANGE_DAYS,
        fc.integer({ min: -6 * 60, max: 6 * 60 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, minute, offset) => {
          const epochMs = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
          const local = new Date(epochMs + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
          expect(parseInstant(`${local}${zone}`)).toEqual({ ok: true, value: epochMs });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never answers NaN or an instant outside the range, whatever the text', () => {
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    const shaped = fc
      .tuple(
        digits(4),
        digits(2),
        digits(2),
        fc.constantFrom('T', 't', ' ', 'X'),
        digits(2),
        digits(2),
        digits(2),
      )
      .chain(([y, mo, d, sep, h, mi, s]) =>
        fc
          .constantFrom('Z', '+01:00', '-23:59', '+24:00', '', '.5Z', '.999999999+02:00')
          .map((zone) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${zone}`),
      );
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 40 })), (text) => {
        const parsed = parseInstant(text);
        if (parsed.ok) {
          expect(Number.isSafeInteger(parsed.value)).toBe(true);
          expect(isInstantInRange(parsed.value)).toBe(true);
        } else {
          expect(parsed.error.key).toMatch(/^dates\.error\./);
        }
      }),
      { numRuns: 500 },
    );
  });
});
