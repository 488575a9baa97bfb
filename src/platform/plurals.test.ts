import { describe, expect, it } from 'vitest';
import { format } from '#src/platform/i18n.ts';
import { formatDuration, formatUnitCount, pluralForm } from '#src/platform/plurals.ts';

describe('counts said by each language’s plural rules', () => {
  it('spells days, hours and minutes with Intl, one and many', () => {
    expect(formatUnitCount('da', 'day', 1)).toBe('1 dag');
    expect(formatUnitCount('da', 'day', 30)).toBe('30 dage');
    expect(formatUnitCount('da', 'minute', 1)).toBe('1 minut');
    expect(formatUnitCount('en', 'hour', 1)).toBe('1 hour');
    expect(formatUnitCount('en', 'hour', 24)).toBe('24 hours');
  });

  it('says a length in minutes as hours and minutes', () => {
    expect(formatDuration('da', 150)).toBe('2 timer 30 minutter');
    expect(formatDuration('da', 61)).toBe('1 time 1 minut');
    expect(formatDuration('da', 0)).toBe('0 minutter');
    expect(formatDuration('en', 60)).toBe('1 hour');
    expect(formatDuration('en', 45)).toBe('45 minutes');
  });

  it('picks the one or other form of a noun Intl cannot spell', () => {
    expect(pluralForm('da', 1)).toBe('one');
    expect(pluralForm('da', 0)).toBe('other');
    expect(pluralForm('en', 2)).toBe('other');
  });

  it('fills {n:days}, {n:hours} and {n:people} placeholders with the right form', () => {
    expect(format('da', 'bookings.problem.too_far_ahead', { days: 1 })).toBe(
      'Stedet kan højst bookes 1 dag frem',
    );
    expect(format('da', 'bookings.problem.too_far_ahead', { days: 60 })).toBe(
      'Stedet kan højst bookes 60 dage frem',
    );
    expect(format('en', 'bookings.problem.too_short_notice', { hours: 1 })).toBe(
      'This place must be booked at least 1 hour before the start',
    );
    expect(format('da', 'bookings.problem.over_capacity', { capacity: 1 })).toBe(
      'Der er plads til højst 1 person',
    );
    expect(format('da', 'bookings.problem.over_capacity', { capacity: 1200 })).toBe(
      'Der er plads til højst 1.200 personer',
    );
    expect(format('en', 'bookings.problem.over_capacity', { capacity: 12 })).toBe(
      'There is room for at most 12 people',
    );
  });
});
