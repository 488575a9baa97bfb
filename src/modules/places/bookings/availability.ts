import type { OrganisationKind } from '#src/modules/organisations/tables.ts';
import { dateParams, durationParams, weekdayName, whenParams } from '#src/modules/places/bookings/when.ts';
import { type PlaceWithRules, type WeeklyWindow, withinWindows } from '#src/modules/places/rules.ts';
import { type Message, translator } from '#src/platform/i18n.ts';
import { addDays, formatClock, localParts, localToEpoch } from '#src/platform/local-time.ts';
import { DAY, HOUR, MINUTE } from '#src/platform/time.ts';

/**
 * The availability engine: pure functions over a place with its rules, the intervals already
 * taken and who is booking. Every rule has its own code and message; the database still has the
 * last word on overlaps.
 */

/** A live booking's hold on a place: [startsAt, blockEnd), blockEnd = end plus the buffer. */
export interface BusyInterval {
  startsAt: number;
  endsAt: number;
  blockEnd: number;
}

/** Who is booking, as far as the rules care. */
export interface BookerStanding {
  organisationIds: readonly number[];
  organisationKinds: readonly OrganisationKind[];
  /** Managers of the place may always book it. */
  isManager: boolean;
}

export interface IntervalRequest {
  startsAt: number;
  endsAt: number;
  attendees: number;
  responsibleHostName: string;
}

export const BOOKING_PROBLEM_CODES = [
  'end_before_start',
  'in_past',
  'not_bookable',
  'too_short',
  'too_long',
  'too_far_ahead',
  'too_short_notice',
  'closed_date',
  'outside_windows',
  'over_capacity',
  'not_allowed',
  'host_required',
  'clash',
] as const;
export type BookingProblemCode = (typeof BOOKING_PROBLEM_CODES)[number];

/** The form field a problem belongs to. */
export type BookingField =
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'attendees'
  | 'organisationId'
  | 'responsibleHostName';

export interface BookingProblem {
  code: BookingProblemCode;
  field: BookingField;
  message: Message;
}

function problem(code: BookingProblemCode, field: BookingField, message: Message): BookingProblem {
  return { code, field, message };
}

/** The pieces of [start, end) that fall on each local day, with wall-clock minutes. */
export interface LocalDayPiece {
  date: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
}

// A search checks one interval against hundreds of places: remember the last few splits.
const recentPieces = new Map<string, readonly LocalDayPiece[]>();

export function localDayPieces(startsAt: number, endsAt: number): readonly LocalDayPiece[] {
  const key = `${startsAt}:${endsAt}`;
  const known = recentPieces.get(key);
  if (known !== undefined) return known;
  const pieces = splitIntoLocalDays(startsAt, endsAt);
  if (recentPieces.size >= 64) recentPieces.clear();
  recentPieces.set(key, pieces);
  return pieces;
}

function splitIntoLocalDays(startsAt: number, endsAt: number): LocalDayPiece[] {
  const pieces: LocalDayPiece[] = [];
  let cursor = startsAt;
  while (cursor < endsAt) {
    const start = localParts(cursor);
    const nextMidnight = localToEpoch(addDays(start.date, 1), 0);
    const pieceEnd = Math.min(endsAt, nextMidnight);
    const endMinute = pieceEnd === nextMidnight ? 1440 : localParts(pieceEnd).minute;
    // On the night clocks go back a piece may end at an earlier wall-clock minute than it began.
    pieces.push({
      date: start.date,
      weekday: start.weekday,
      startMinute: Math.min(start.minute, endMinute),
      endMinute: Math.max(start.minute, endMinute),
    });
    cursor = pieceEnd;
  }
  return pieces;
}

function windowsText(windows: readonly WeeklyWindow[], weekday: number): string {
  return windows
    .filter((window) => window.weekday === weekday)
    .map((window) => `${formatClock(window.startMinute)}–${formatClock(window.endMinute)}`)
    .join(', ');
}

function outsideWindowsProblem(place: PlaceWithRules, piece: LocalDayPiece): BookingProblem {
  const text = windowsText(place.rules.windows, piece.weekday);
  const params = {
    dayDa: weekdayName('da', piece.weekday),
    dayEn: weekdayName('en', piece.weekday),
    windows: text === '' ? '–' : text,
  };
  return problem('outside_windows', 'startTime', { key: 'bookings.problem.outside_windows', params });
}

function kindNames(locale: 'da' | 'en', kinds: readonly OrganisationKind[]): string {
  const t = translator(locale);
  return kinds
    .map((kind) => t.t(`organisations.kind.${kind}`).toLowerCase())
    .join(locale === 'da' ? ' eller ' : ' or ');
}

/** `kindsDa`/`kindsEn` naming the organisation kinds that may book. */
export function kindParams(kinds: readonly OrganisationKind[]): { kindsDa: string; kindsEn: string } {
  return { kindsDa: kindNames('da', kinds), kindsEn: kindNames('en', kinds) };
}

/** Whether this booker may book this place at all (who may book), before any time is chosen. */
export function scopeProblem(place: PlaceWithRules, booker: BookerStanding): BookingProblem | null {
  const { rules } = place;
  if (booker.isManager || rules.bookerScope === 'anyone') return null;
  if (rules.bookerScope === 'own_members') {
    if (booker.organisationIds.includes(place.organisationId)) return null;
    return problem('not_allowed', 'organisationId', {
      key: 'bookings.problem.not_allowed.own_members',
      params: { organisation: place.organisationName },
    });
  }
  if (rules.allowedKinds.some((kind) => booker.organisationKinds.includes(kind))) return null;
  return problem('not_allowed', 'organisationId', {
    key: 'bookings.problem.not_allowed.org_kinds',
    params: kindParams(rules.allowedKinds),
  });
}

/** The first live booking that the requested block [start, end + buffer) would touch. */
export function findClash(
  busy: readonly BusyInterval[],
  startsAt: number,
  blockEnd: number,
): BusyInterval | undefined {
  return busy.find((other) => other.startsAt < blockEnd && startsAt < other.blockEnd);
}

function timeProblems(place: PlaceWithRules, request: IntervalRequest, now: number): BookingProblem[] {
  const { rules } = place;
  const problems: BookingProblem[] = [];
  const minutes = Math.round((request.endsAt - request.startsAt) / MINUTE);
  if (request.startsAt < now) problems.push(problem('in_past', 'date', { key: 'bookings.problem.in_past' }));
  if (minutes < rules.minDurationMinutes) {
    problems.push(
      problem('too_short', 'endTime', {
        key: 'bookings.problem.too_short',
        params: durationParams(rules.minDurationMinutes),
      }),
    );
  }
  if (minutes > rules.maxDurationMinutes) {
    problems.push(
      problem('too_long', 'endTime', {
        key: 'bookings.problem.too_long',
        params: durationParams(rules.maxDurationMinutes),
      }),
    );
  }
  if (request.startsAt > now + rules.maxAdvanceDays * DAY) {
    problems.push(
      problem('too_far_ahead', 'date', {
        key: 'bookings.problem.too_far_ahead',
        params: { days: rules.maxAdvanceDays },
      }),
    );
  }
  if (request.startsAt >= now && request.startsAt < now + rules.minNoticeHours * HOUR) {
    problems.push(
      problem('too_short_notice', 'date', {
        key: 'bookings.problem.too_short_notice',
        params: { hours: rules.minNoticeHours },
      }),
    );
  }
  const pieces = localDayPieces(request.startsAt, request.endsAt);
  const closed = pieces.find((piece) =>
    rules.closedDates.some((closedDate) => closedDate.date === piece.date),
  );
  if (closed !== undefined)
    problems.push(
      problem('closed_date', 'date', {
        key: 'bookings.problem.closed_date',
        params: dateParams(closed.date),
      }),
    );
  const outside = pieces.find(
    (piece) => !withinWindows(rules.windows, piece.weekday, piece.startMinute, piece.endMinute),
  );
  if (outside !== undefined) problems.push(outsideWindowsProblem(place, outside));
  return problems;
}

/**
 * Every rule the interval breaks, most basic first. An empty list means the interval may be
 * booked, as far as can be known before the database takes the write.
 */
export function checkInterval(
  place: PlaceWithRules,
  request: IntervalRequest,
  booker: BookerStanding,
  busy: readonly BusyInterval[],
  now: number,
): BookingProblem[] {
  if (request.endsAt <= request.startsAt)
    return [problem('end_before_start', 'endTime', { key: 'bookings.problem.end_before_start' })];
  const mode = place.rules.accessMode;
  if (mode === 'open' || mode === 'closed') {
    return [problem('not_bookable', 'date', { key: `bookings.problem.not_bookable.${mode}` })];
  }
  const problems = timeProblems(place, request, now);
  if (place.capacity !== null && request.attendees > place.capacity) {
    problems.push(
      problem('over_capacity', 'attendees', {
        key: 'bookings.problem.over_capacity',
        params: { capacity: place.capacity },
      }),
    );
  }
  const scope = scopeProblem(place, booker);
  if (scope !== null) problems.push(scope);
  if (place.rules.responsibleHostRequired && request.responsibleHostName.trim() === '') {
    problems.push(problem('host_required', 'responsibleHostName', { key: 'bookings.problem.host_required' }));
  }
  const clash = findClash(busy, request.startsAt, request.endsAt + place.rules.bufferMinutes * MINUTE);
  if (clash !== undefined) problems.push(clashProblem(clash));
  return problems;
}

/** Names the time that is taken (never who took it). */
export function clashProblem(clash: BusyInterval): BookingProblem {
  return problem('clash', 'startTime', {
    key: 'bookings.problem.clash',
    params: whenParams(clash.startsAt, clash.blockEnd),
  });
}
