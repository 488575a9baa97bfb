import type { BookingProblemDetail } from '#src/modules/places/bookings/availability.ts';
import type { Message, PlainMessageKey } from '#src/platform/i18n.ts';

/** The organisation kinds a place's scope names, as the availability engine gives them. */
type ScopeKinds = Extract<BookingProblemDetail, { kinds: unknown }>['kinds'];

/** The kinds' names as catalogue keys, for an `{kinds:orList}` placeholder. */
export function kindKeys(kinds: ScopeKinds): PlainMessageKey[] {
  return kinds.map((kind) => `organisations.kind.${kind}` as const);
}

/**
 * What a broken booking rule says, as a catalogue message with its values; the translator puts
 * the minutes, dates and times into the reader's language when the message is shown.
 */
export function bookingProblemMessage(problem: BookingProblemDetail): Message {
  switch (problem.code) {
    case 'end_before_start':
    case 'in_past':
    case 'host_required':
      return { key: `bookings.problem.${problem.code}` };
    case 'not_bookable':
      return { key: `bookings.problem.not_bookable.${problem.accessMode}` };
    case 'too_short':
    case 'too_long':
      return { key: `bookings.problem.${problem.code}`, params: { length: problem.minutes } };
    case 'too_far_ahead':
      return { key: 'bookings.problem.too_far_ahead', params: { days: problem.days } };
    case 'too_short_notice':
      return { key: 'bookings.problem.too_short_notice', params: { hours: problem.hours } };
    case 'closed_date':
      return { key: 'bookings.problem.closed_date', params: { date: problem.date } };
    case 'outside_windows':
      return {
        key: 'bookings.problem.outside_windows',
        params: { day: problem.weekday, windows: problem.windows },
      };
    case 'over_capacity':
      return { key: 'bookings.problem.over_capacity', params: { capacity: problem.capacity } };
    case 'not_allowed':
      return problem.scope === 'own_members'
        ? { key: 'bookings.problem.not_allowed.own_members', params: { organisation: problem.organisation } }
        : { key: 'bookings.problem.not_allowed.org_kinds', params: { kinds: kindKeys(problem.kinds) } };
    case 'clash':
      return { key: 'bookings.problem.clash', params: { when: [problem.startsAt, problem.endsAt] } };
  }
}
