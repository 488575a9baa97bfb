import { type Static, Type } from 'typebox';
import { BOOKING_PROBLEM_CODES } from '#src/modules/places/bookings/availability.ts';
import {
  ATTENDEES_MAX,
  HOST_NAME_MAX,
  PHONE_MAX,
  REASON_MAX,
  TITLE_MAX,
} from '#src/modules/places/bookings/limits.ts';
import { BOOKING_STATUSES } from '#src/modules/places/tables.ts';
import { BothLanguages, PageNumber } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML form bodies: lenient (the service gives each field its own message), capped by `fieldCap`.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const FeedParams = Type.Object({ file: Type.String({ maxLength: 200 }) });
export const WeekQuery = Type.Object({
  uge: text(20),
  date: text(20),
  startTime: text(20),
  endTime: text(20),
  attendees: text(20),
});

export const BookingForm = Type.Object({
  _csrf: Type.String(),
  title: text(fieldCap(TITLE_MAX)),
  date: text(100),
  startTime: text(100),
  endTime: text(100),
  attendees: text(100),
  responsibleHostName: text(fieldCap(HOST_NAME_MAX)),
  responsibleHostPhone: text(fieldCap(PHONE_MAX)),
  organisationId: text(100),
  repeat: text(100),
  until: text(100),
});
export type BookingForm = Static<typeof BookingForm>;

/** The confirm step of a series: the form again, plus the starts of the free occurrences the person saw. */
export const SeriesConfirmForm = Type.Object({
  ...BookingForm.properties,
  starts: Type.Optional(
    Type.Union([
      Type.String({ maxLength: 30 }),
      Type.Array(Type.String({ maxLength: 30 }), { maxItems: 200 }),
    ]),
  ),
});
export type SeriesConfirmForm = Static<typeof SeriesConfirmForm>;

export const CsrfForm = Type.Object({ _csrf: Type.String() });
export const ReasonForm = Type.Object({ _csrf: Type.String(), reason: text(fieldCap(REASON_MAX)) });
export const BulkForm = Type.Object({
  _csrf: Type.String(),
  ids: Type.Optional(
    Type.Union([
      Type.String({ maxLength: 20 }),
      Type.Array(Type.String({ maxLength: 20 }), { maxItems: 500 }),
    ]),
  ),
  decision: text(20),
  reason: text(fieldCap(REASON_MAX)),
});

export const SearchQuery = Type.Object({
  antal: text(20),
  dato: text(20),
  fra: text(20),
  til: text(20),
  kvarter: text(200),
  niveaufri: text(10),
  side: text(20),
  facilitet: Type.Optional(
    Type.Union([
      Type.String({ maxLength: 50 }),
      Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 }),
    ]),
  ),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const FreeSlotsQuery = Type.Object({ fra: text(20) });

// JSON shapes of the API. Instants are ISO 8601 strings in UTC.
const instant = Type.String({ format: 'date-time' });
const localDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A local date in Copenhagen, YYYY-MM-DD.',
});
export const BookingStatusJson = Type.Enum(BOOKING_STATUSES);

export const BookingJson = Type.Object({
  id: Type.Integer(),
  place: Type.Object({ slug: Type.String(), name: Type.String(), address: Type.String() }),
  title: Type.String(),
  attendees: Type.Integer(),
  startsAt: instant,
  endsAt: instant,
  status: BookingStatusJson,
  decisionReason: Type.Union([Type.String(), Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  bookerName: Type.Union([Type.String(), Type.Null()], {
    description: 'Shown to the managers of the place only.',
  }),
  responsibleHostName: Type.String(),
  responsibleHostPhone: Type.String(),
  seriesId: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: instant,
  cancelDeadline: instant,
  canCancel: Type.Boolean(),
});
export type BookingJson = Static<typeof BookingJson>;

export const DoorCodeJson = Type.Object({
  state: Type.Union([
    Type.Literal('none'),
    Type.Literal('notYet'),
    Type.Literal('visible'),
    Type.Literal('ended'),
  ]),
  code: Type.Optional(Type.String({ description: 'Only while visible; every showing is logged.' })),
  visibleFrom: Type.Optional(instant),
});

export const BookingDetailsJson = Type.Object({
  booking: BookingJson,
  doorCode: DoorCodeJson,
  codeViews: Type.Union(
    [
      Type.Array(Type.Object({ name: Type.Union([Type.String(), Type.Null()]), viewedAt: instant })),
      Type.Null(),
    ],
    {
      description: 'Who was shown the door code, and when; for the managers of the place only.',
    },
  ),
});

export const BookingListJson = Type.Object({ items: Type.Array(BookingJson) });

export const IntervalJson = Type.Object({ startsAt: instant, endsAt: instant });

export const AvailabilityQuery = Type.Object({
  from: Type.Optional(localDate),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 62, default: 14 })),
});

export const AvailabilityJson = Type.Object({
  place: Type.String(),
  from: instant,
  to: instant,
  busy: Type.Array(IntervalJson, {
    description: 'Live bookings (requested or approved), buffer included; no personal data.',
  }),
  free: Type.Array(IntervalJson, {
    description: 'Stretches in which a booking of at least the minimum length fits.',
  }),
});

export const ProblemCodeJson = Type.Enum(BOOKING_PROBLEM_CODES);

export const CreateBookingJson = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: fieldCap(TITLE_MAX) }),
    startsAt: instant,
    endsAt: instant,
    attendees: Type.Integer({ minimum: 1, maximum: ATTENDEES_MAX }),
    responsibleHostName: Type.Optional(Type.String({ maxLength: fieldCap(HOST_NAME_MAX) })),
    responsibleHostPhone: Type.Optional(Type.String({ maxLength: fieldCap(PHONE_MAX) })),
    organisationId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    repeat: Type.Optional(
      Type.Object({
        frequency: Type.Union([Type.Literal('weekly'), Type.Literal('biweekly')]),
        until: localDate,
        onlyFree: Type.Optional(
          Type.Boolean({
            description: 'true: book the free occurrences; false (default): all of them or nothing.',
          }),
        ),
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateBookingJson = Static<typeof CreateBookingJson>;

export const CreatedJson = Type.Object({
  bookingIds: Type.Array(Type.Integer()),
  seriesId: Type.Union([Type.Integer(), Type.Null()]),
});

export const PreviewJson = Type.Object({
  rule: Type.Union([Type.String(), Type.Null()], { description: 'The RFC 5545 rule of a series.' }),
  occurrences: Type.Array(
    Type.Object({
      startsAt: instant,
      endsAt: instant,
      problems: Type.Array(
        Type.Object({ code: ProblemCodeJson, field: Type.String(), message: BothLanguages }),
      ),
    }),
  ),
});

export const DecisionJson = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: fieldCap(REASON_MAX) })) },
  { additionalProperties: false },
);
export const BulkDecisionJson = Type.Object(
  {
    ids: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 500 }),
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    reason: Type.Optional(Type.String({ maxLength: fieldCap(REASON_MAX) })),
  },
  { additionalProperties: false },
);
export const BulkResultJson = Type.Object({ decided: Type.Integer(), skipped: Type.Integer() });

export const SearchApiQuery = Type.Object({
  attendees: Type.Integer({ minimum: 1, maximum: 10_000 }),
  startsAt: instant,
  endsAt: instant,
  neighbourhood: Type.Optional(
    Type.String({ maxLength: 200, description: 'A neighbourhood slug; nearest first from its centre.' }),
  ),
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  stepFree: Type.Optional(Type.Boolean()),
  facility: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 })),
  page: PageNumber,
});

export const SearchResultJson = Type.Object({
  items: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: Type.String(),
      address: Type.String(),
      capacity: Type.Union([Type.Integer(), Type.Null()]),
      stepFree: Type.Boolean(),
      facilities: Type.Array(Type.String()),
      approvalRequired: Type.Boolean(),
      distanceMetres: Type.Union([Type.Integer(), Type.Null()]),
    }),
    { description: 'One page of at most 20 free places.' },
  ),
  page: Type.Integer(),
  hasMore: Type.Boolean({ description: 'Whether the next page has more free places.' }),
  total: Type.Union([Type.Integer(), Type.Null()], {
    description: 'How many places are free in all, when this is the last page; otherwise null.',
  }),
});
