import type { OrganisationKind } from '#src/modules/organisations/types.ts';
import { type PlaceWithRules, type WeeklyWindow, withinWindows } from '#src/modules/places/rules.ts';
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

/**
 * A broken rule with what a message needs to name it (minutes, a date, a weekday, an interval),
 * not its words: the translator says it in the reader's language (see problem-messages.ts).
 */
export type BookingProblemDetail =
  | { code: 'end_before_start' | 'in_past' | 'host_required' }
  | { code: 'not_bookable'; accessMode: 'open' | 'closed' }
  | { code: 'too_short' | 'too_long'; minutes: number }
  | { code: 'too_far_ahead'; days: number }
  | { code: 'too_short_notice'; hours: number }
  | { code: 'closed_date'; date: string }
  | { code: 'outside_windows'; weekday: number; windows: string }
  | { code: 'over_capacity'; capacity: number }
  | { code: 'not_allowed'; scope: 'own_members'; organisation: string }
  | { code: 'not_allowed'; scope: 'org_kinds'; kinds: readonly OrganisationKind[] }
  | { code: 'clash'; startsAt: number; endsAt: number };

export type BookingProblem = BookingProblemDetail & { field: BookingField };

function problem(field: BookingField, detail: BookingProblemDetail): BookingProblem {
  return { ...detail, field };
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
  return problem('startTime', {
    code: 'outside_windows',
    weekday: piece.weekday,
    windows: text === '' ? '–' : text,
  });
}

/** Whether this booker may book this place at all (who may book), before any time is chosen. */
export function scopeProblem(place: PlaceWithRules, booker: BookerStanding): BookingProblem | null {
  const { rules } = place;
  if (booker.isManager || rules.bookerScope === 'anyone') return null;
  if (rules.bookerScope === 'own_members') {
    if (booker.organisationIds.includes(place.organisationId)) return null;
    return problem('organisationId', {
      code: 'not_allowed',
      scope: 'own_members',
      organisation: place.organisationName,
    });
  }
  if (rules.allowedKinds.some((kind) => booker.organisationKinds.includes(kind))) return null;
  return problem('organisationId', { code: 'not_allowed', scope: 'org_kinds', kinds: rules.allowedKinds });
}

/** The first live booking that the requested block [start, end + buffer) would touch. */
export function findClash(
  busy: readonly BusyInterval[],
  startsAt: number,
  blockEnd: number,
): BusyInterval | undefined {
  return busy.find((other) => other.startsAt < blockEnd && startsAt < other.blockEnd);
}

function timeProblems(
  place: PlaceWithRules,
  request: IntervalRequest,
  now: number,
  pieces: readonly LocalDayPiece[],
): BookingProblem[] {
  const { rules } = place;
  const problems: BookingProblem[] = [];
  const minutes = Math.round((request.endsAt - request.startsAt) / MINUTE);
  if (request.startsAt < now) problems.push(problem('date', { code: 'in_past' }));
  if (minutes < rules.minDurationMinutes) {
    problems.push(problem('endTime', { code: 'too_short', minutes: rules.minDurationMinutes }));
  }
  if (minutes > rules.maxDurationMinutes) {
    problems.push(problem('endTime', { code: 'too_long', minutes: rules.maxDurationMinutes }));
  }
  if (request.startsAt > now + rules.maxAdvanceDays * DAY) {
    problems.push(problem('date', { code: 'too_far_ahead', days: rules.maxAdvanceDays }));
  }
  if (request.startsAt >= now && request.startsAt < now + rules.minNoticeHours * HOUR) {
    problems.push(problem('date', { code: 'too_short_notice', hours: rules.minNoticeHours }));
  }
  const closed = pieces.find((piece) =>
    rules.closedDates.some((closedDate) => closedDate.date === piece.date),
  );
  if (closed !== undefined) problems.push(problem('date', { code: 'closed_date', date: closed.date }));
  const outside = pieces.find(
    (piece) => !withinWindows(rules.windows, piece.weekday, piece.startMinute, piece.endMinute),
  );
  if (outside !== undefined) problems.push(outsideWindowsProblem(place, outside));
  return problems;
}

/**
 * Every rule the interval breaks, most basic first. An empty list means the interval may be
 * booked, as far as can be known before the database takes the write. A caller that already
 * knows the interval's local-day pieces (the week calendar, cell by cell) may pass them.
 */
export function checkInterval(
  place: PlaceWithRules,
  request: IntervalRequest,
  booker: BookerStanding,
  busy: readonly BusyInterval[],
  now: number,
  pieces?: readonly LocalDayPiece[],
): BookingProblem[] {
  if (request.endsAt <= request.startsAt) return [problem('endTime', { code: 'end_before_start' })];
  const mode = place.rules.accessMode;
  if (mode === 'open' || mode === 'closed') {
    return [problem('date', { code: 'not_bookable', accessMode: mode })];
  }
  const problems = timeProblems(
    place,
    request,
    now,
    pieces ?? localDayPieces(request.startsAt, request.endsAt),
  );
  if (place.capacity !== null && request.attendees > place.capacity) {
    problems.push(problem('attendees', { code: 'over_capacity', capacity: place.capacity }));
  }
  const scope = scopeProblem(place, booker);
  if (scope !== null) problems.push(scope);
  if (place.rules.responsibleHostRequired && request.responsibleHostName.trim() === '') {
    problems.push(problem('responsibleHostName', { code: 'host_required' }));
  }
  const clash = findClash(busy, request.startsAt, request.endsAt + place.rules.bufferMinutes * MINUTE);
  if (clash !== undefined) problems.push(clashProblem(clash));
  return problems;
}

/** Names the time that is taken (never who took it). */
export function clashProblem(clash: BusyInterval): BookingProblem {
  return problem('startTime', { code: 'clash', startsAt: clash.startsAt, endsAt: clash.blockEnd });
}
