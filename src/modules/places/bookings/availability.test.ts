import { describe, expect, it } from 'vitest';
import {
  type BookerStanding,
  type BookingProblem,
  checkInterval,
  type IntervalRequest,
} from '#src/modules/places/bookings/availability.ts';
import { freeSlots } from '#src/modules/places/bookings/free-slots.ts';
import { bookingProblemMessage } from '#src/modules/places/bookings/problem-messages.ts';
import { expandSeries, seriesRuleText } from '#src/modules/places/bookings/series.ts';
import type { PlaceRules, PlaceWithRules } from '#src/modules/places/rules.ts';
import { formatMessage, type Locale } from '#src/platform/i18n.ts';
import { instantAt, localParts } from '#src/platform/local-time.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';

/** What a person is told about a problem, in their language. */
function said(locale: Locale, problem: BookingProblem | undefined): string {
  return problem === undefined ? '' : formatMessage(locale, bookingProblemMessage(problem));
}

const GYM_WINDOWS = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 17 * 60, endMinute: 22 * 60 })),
  ...[6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 22 * 60 })),
];

function gym(rules: Partial<PlaceRules> = {}, capacity: number | null = 40): PlaceWithRules {
  return {
    id: 1,
    slug: 'gymnastiksal',
    name: 'Gymnastiksalen',
    kind: 'school_room',
    organisationId: 7,
    organisationName: 'Sydhavn Skole',
    organisationSlug: 'sydhavn-skole',
    description: '',
    houseRules: '',
    priceNote: '',
    address: 'Sydhavns Plads 1',
    lat: 55.65,
    lon: 12.54,
    districtId: null,
    neighbourhoodId: null,
    capacity,
    stepFree: true,
    accessibleToilet: false,
    hearingLoop: false,
    facilities: [],
    rules: {
      accessMode: 'bookable',
      closedReason: '',
      windows: GYM_WINDOWS,
      closedDates: [{ date: '2026-12-24', reason: 'Juleaften' }],
      minDurationMinutes: 60,
      maxDurationMinutes: 240,
      maxAdvanceDays: 60,
      minNoticeHours: 24,
      bufferMinutes: 30,
      bookerScope: 'anyone',
      allowedKinds: [],
      approvalRequired: true,
      responsibleHostRequired: false,
      cancellationDeadlineHours: 24,
      keyHandover: 'door_code',
      keyInstructions: '',
      codeVisibleMinutesBefore: 60,
      ...rules,
    },
  };
}

const NOW = Date.UTC(2026, 10, 30, 9, 0); // Monday 30 November 2026, 10:00 in Copenhagen
const resident: BookerStanding = { organisationIds: [], organisationKinds: [], isManager: false };

function at(date: string, from: string, to: string, attendees = 20): IntervalRequest {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
  return {
    startsAt: instantAt(date, minutes(from)),
    endsAt: instantAt(date, minutes(to)),
    attendees,
    responsibleHostName: '',
  };
}

function codes(place: PlaceWithRules, request: IntervalRequest, booker = resident, busy = [] as const) {
  return checkInterval(place, request, booker, busy, NOW).map((problem) => problem.code);
}

describe('the availability engine', () => {
  it('accepts a Thursday evening inside the gym’s weekday window', () => {
    expect(codes(gym(), at('2026-12-03', '18:00', '21:00'))).toEqual([]);
  });

  it('refuses an end before the start, and says only that', () => {
    expect(codes(gym(), at('2026-12-03', '21:00', '18:00'))).toEqual(['end_before_start']);
  });

  it('refuses a time that has passed', () => {
    expect(codes(gym(), at('2026-11-23', '18:00', '20:00'))).toContain('in_past');
  });

  it('refuses a weekday afternoon before the window opens, naming the window in local time', () => {
    const [problem] = checkInterval(gym(), at('2026-12-03', '16:00', '18:00'), resident, [], NOW);
    expect(problem?.code).toBe('outside_windows');
    expect(said('da', problem)).toBe(
      'Tidspunktet ligger uden for stedets bookingtider. Om torsdagen kan der bookes: 17:00–22:00',
    );
  });

  it('refuses too short, too long, too far ahead and too short notice, each with its own code', () => {
    expect(codes(gym(), at('2026-12-03', '18:00', '18:30'))).toEqual(['too_short']);
    expect(codes(gym(), at('2026-12-05', '09:00', '14:00'))).toEqual(['too_long']);
    expect(codes(gym(), at('2027-02-04', '18:00', '20:00'))).toEqual(['too_far_ahead']);
    expect(codes(gym(), at('2026-11-30', '17:00', '18:00'))).toEqual(['too_short_notice']);
  });

  it('refuses more people than the place holds', () => {
    expect(codes(gym({}, 25), at('2026-12-03', '18:00', '20:00', 30))).toEqual(['over_capacity']);
  });

  it('refuses a closed date and names it', () => {
    const [problem] = checkInterval(gym(), at('2026-12-24', '18:00', '20:00'), resident, [], NOW);
    expect(problem?.code).toBe('closed_date');
    expect(said('en', problem)).toBe('The place is closed on 24 December 2026');
  });

  it('lets only the owner’s members book a members-only place', () => {
    const place = gym({ bookerScope: 'own_members' });
    expect(codes(place, at('2026-12-03', '18:00', '20:00'))).toEqual(['not_allowed']);
    const member = { ...resident, organisationIds: [7] };
    expect(codes(place, at('2026-12-03', '18:00', '20:00'), member)).toEqual([]);
  });

  it('lets members of the allowed organisation kinds book, and nobody else', () => {
    const place = gym({ bookerScope: 'org_kinds', allowedKinds: ['association', 'housing'] });
    expect(codes(place, at('2026-12-03', '18:00', '20:00'))).toEqual(['not_allowed']);
    const associationMember = {
      ...resident,
      organisationIds: [3],
      organisationKinds: ['association' as const],
    };
    expect(codes(place, at('2026-12-03', '18:00', '20:00'), associationMember)).toEqual([]);
  });

  it('asks for a responsible host where the place requires one', () => {
    expect(codes(gym({ responsibleHostRequired: true }), at('2026-12-03', '18:00', '20:00'))).toEqual([
      'host_required',
    ]);
  });

  it('refuses open and closed places, which take no bookings', () => {
    expect(codes(gym({ accessMode: 'open' }), at('2026-12-03', '18:00', '20:00'))).toEqual(['not_bookable']);
    expect(codes(gym({ accessMode: 'closed' }), at('2026-12-03', '18:00', '20:00'))).toEqual([
      'not_bookable',
    ]);
  });

  it('names the clashing time in local time, counting the buffer, and never the other booker', () => {
    const taken = at('2026-12-03', '17:00', '19:00');
    const busy = [{ startsAt: taken.startsAt, endsAt: taken.endsAt, blockEnd: taken.endsAt + 30 * MINUTE }];
    const problems = checkInterval(gym(), at('2026-12-03', '19:00', '21:00'), resident, busy, NOW);
    expect(problems.map((problem) => problem.code)).toEqual(['clash']);
    const [clash] = problems;
    expect(said('da', clash)).toBe(
      'Stedet er allerede optaget torsdag den 3. december 2026 kl. 17.00–19.30. Vælg et andet tidspunkt',
    );
    expect(said('en', clash)).toBe(
      'The place is already taken on Thursday 3 December 2026, 17:00–19:30. Choose another time',
    );
  });

  it('reads windows in local time across the October change (Sunday 25 October 2026)', () => {
    const now = Date.UTC(2026, 9, 1, 9, 0);
    const place = gym({ minNoticeHours: 0 });
    const evening = at('2026-10-25', '19:00', '22:00');
    expect(evening.endsAt - evening.startsAt).toBe(3 * HOUR);
    expect(checkInterval(place, evening, resident, [], now)).toEqual([]);
    expect(checkInterval(place, at('2026-10-25', '20:00', '23:00'), resident, [], now)[0]?.code).toBe(
      'outside_windows',
    );
  });
});

describe('free slots', () => {
  it('lists a weekday’s window less what is taken and the buffer around it', () => {
    const taken = at('2026-12-03', '18:00', '19:00');
    const busy = [{ startsAt: taken.startsAt, endsAt: taken.endsAt, blockEnd: taken.endsAt + 30 * MINUTE }];
    const slots = freeSlots(gym(), busy, '2026-12-03', 1, NOW);
    const local = slots.map((slot) => [
      localParts(slot.startsAt).minute / 60,
      localParts(slot.endsAt).minute / 60,
    ]);
    // 17:00–17:30 is too short (an hour is the minimum, and 17:30 is the buffer before 18:00).
    expect(local).toEqual([[19.5, 22]]);
  });

  it('skips closed dates and days past the booking horizon', () => {
    expect(freeSlots(gym(), [], '2026-12-24', 1, NOW)).toEqual([]);
    expect(freeSlots(gym(), [], '2027-03-01', 7, NOW)).toEqual([]);
  });
});

describe('a repeating series', () => {
  it('keeps the same local time every week across the October change', () => {
    const occurrences = expandSeries({
      firstDate: '2026-10-15',
      startMinute: 18 * 60,
      endMinute: 20 * 60,
      frequency: 'weekly',
      until: '2026-11-05',
    });
    expect(occurrences.map((occurrence) => occurrence.date)).toEqual([
      '2026-10-15',
      '2026-10-22',
      '2026-10-29',
      '2026-11-05',
    ]);
    expect(occurrences.map((occurrence) => localParts(occurrence.startsAt).minute)).toEqual([
      1080, 1080, 1080, 1080,
    ]);
    expect(new Date(occurrences[0]?.startsAt ?? 0).toISOString()).toBe('2026-10-15T16:00:00.000Z');
    expect(new Date(occurrences[2]?.startsAt ?? 0).toISOString()).toBe('2026-10-29T17:00:00.000Z');
  });

  it('repeats every other week and writes an RFC 5545 rule with the Copenhagen zone', () => {
    const pattern = {
      firstDate: '2026-12-03',
      startMinute: 18 * 60,
      endMinute: 20 * 60,
      frequency: 'biweekly' as const,
      until: '2027-01-14',
    };
    expect(expandSeries(pattern).map((occurrence) => occurrence.date)).toEqual([
      '2026-12-03',
      '2026-12-17',
      '2026-12-31',
      '2027-01-14',
    ]);
    expect(seriesRuleText(pattern)).toBe(
      'DTSTART;TZID=Europe/Copenhagen:20261203T180000\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270114T235959',
    );
  });
});
