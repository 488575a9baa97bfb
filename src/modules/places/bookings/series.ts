import rrule from 'rrule';
import { TIME_ZONE } from '#src/platform/i18n.ts';
import { instantAt } from '#src/platform/local-time.ts';

const { RRule, datetime } = rrule;

export const FREQUENCIES = ['weekly', 'biweekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The most occurrences one series may hold (a year of weekly meetings). */
export const MAX_OCCURRENCES = 53;

/** A repeating booking as a person describes it: the first day, local clock times, how often, until when. */
export interface SeriesPattern {
  firstDate: string;
  startMinute: number;
  endMinute: number;
  frequency: Frequency;
  /** The last local date an occurrence may fall on (inclusive). */
  until: string;
}

export interface Occurrence {
  date: string;
  startsAt: number;
  endsAt: number;
}

function dateParts(date: string): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

function ruleOf(pattern: SeriesPattern, tzid: string | null) {
  const [year, month, day] = dateParts(pattern.firstDate);
  const [untilYear, untilMonth, untilDay] = dateParts(pattern.until);
  return new RRule({
    freq: RRule.WEEKLY,
    interval: pattern.frequency === 'biweekly' ? 2 : 1,
    dtstart: datetime(year, month, day, Math.floor(pattern.startMinute / 60), pattern.startMinute % 60),
    until: datetime(untilYear, untilMonth, untilDay, 23, 59, 59),
    count: null,
    tzid,
  });
}

/** The RFC 5545 text stored with a series: DTSTART with TZID=Europe/Copenhagen, then the RRULE. */
export function seriesRuleText(pattern: SeriesPattern): string {
  return ruleOf(pattern, TIME_ZONE).toString();
}

/**
 * Every occurrence of the pattern, at the same wall-clock time each time, in local time: a
 * Thursday 18:00 stays 18:00 across the daylight-saving changes. The rule is expanded in floating
 * time (its dates are local calendar dates), and each date is then placed in Copenhagen.
 */
export function expandSeries(pattern: SeriesPattern, limit = MAX_OCCURRENCES + 1): Occurrence[] {
  const dates = ruleOf(pattern, null)
    .all((_date, index) => index < limit)
    .map((date) => date.toISOString().slice(0, 10));
  return dates.map((date) => ({
    date,
    startsAt: instantAt(date, pattern.startMinute),
    endsAt: instantAt(date, pattern.endMinute),
  }));
}
