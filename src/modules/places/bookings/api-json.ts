import type { Static } from 'typebox';
import type { BookingProblem } from '#src/modules/places/bookings/availability.ts';
import type { DoorCodeState } from '#src/modules/places/bookings/door-codes.ts';
import type { BookingView } from '#src/modules/places/bookings/model.ts';
import { bookingProblemMessage } from '#src/modules/places/bookings/problem-messages.ts';
import type { BookingDetails } from '#src/modules/places/bookings/reading.ts';
import type { BookingDetailsJson, BookingJson, DoorCodeJson } from '#src/modules/places/bookings/schemas.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { bothLanguages } from '#src/platform/i18n.ts';

export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export function bookingJson(view: BookingView): BookingJson {
  return {
    id: view.id,
    place: { slug: view.placeSlug, name: view.placeName, address: view.placeAddress },
    title: view.title,
    attendees: view.attendees,
    startsAt: iso(view.startsAt),
    endsAt: iso(view.endsAt),
    status: view.status,
    decisionReason: view.decisionReason,
    organisationName: view.organisationName,
    bookerName: view.bookerName,
    responsibleHostName: view.responsibleHostName,
    responsibleHostPhone: view.responsibleHostPhone,
    seriesId: view.seriesId,
    createdAt: iso(view.createdAt),
    cancelDeadline: iso(view.cancelDeadline),
    canCancel: view.canCancel,
  };
}

function doorCodeJson(state: DoorCodeState): Static<typeof DoorCodeJson> {
  if (state.state === 'visible') return { state: 'visible', code: state.code };
  if (state.state === 'notYet') return { state: 'notYet', visibleFrom: iso(state.visibleFrom) };
  return { state: state.state };
}

export function bookingDetailsJson(details: BookingDetails): Static<typeof BookingDetailsJson> {
  return {
    booking: bookingJson(details.booking),
    doorCode: doorCodeJson(details.doorCode),
    codeViews: details.codeViews?.map((view) => ({ name: view.name, viewedAt: iso(view.viewedAt) })) ?? null,
  };
}

export function problemJson(problem: BookingProblem) {
  return {
    code: problem.code,
    field: apiField(problem.field),
    message: bothLanguages(bookingProblemMessage(problem)),
  };
}

/** The form's field names as the API's: the local date and clock fields become the instants. */
export function apiField(field: string): string {
  if (field === 'date' || field === 'startTime') return 'startsAt';
  if (field === 'endTime') return 'endsAt';
  if (field === 'until') return 'repeat.until';
  return field;
}

/** Rethrows a form-shaped ValidationError with the API's field names. */
export function withApiFields(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, value]) => [apiField(field), value]),
  );
  return new ValidationError(fields, error.summaryKey);
}
