import { type Static, Type } from 'typebox';
import {
  ADDRESS_MAX,
  CANCEL_REASON_MAX,
  CAPACITY_MAX,
  COHOSTS_MAX,
  COHOSTS_TEXT_MAX,
  COORDINATE_TEXT_MAX,
  DESCRIPTION_MAX,
  EMAIL_MAX,
  FEED_FILE_MAX,
  GUEST_NAME_MAX,
  LINK_TOKEN_MAX,
  SLUG_MAX,
  STOP_NAME_MAX,
  STOPS_MAX,
  STOPS_TEXT_MAX,
  TITLE_MAX,
} from '#src/modules/activities/limits.ts';
import { REPEATS } from '#src/modules/activities/occurrences/recurrence.ts';
import {
  ACTIVITY_KINDS,
  ADDRESS_VISIBILITIES,
  LOCATION_KINDS,
  PARTICIPANT_STATUSES,
} from '#src/modules/activities/tables.ts';
import { ACTIVITY_LANGUAGES } from '#src/modules/activities/templates.ts';
import { DatabaseId, PageNumber, ProblemJson, pageOf } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML form bodies and queries: lenient (the service gives each field its own message), with caps;
// a text the reader counts is capped by `fieldCap` of its limit.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const many = (maxLength: number) =>
  Type.Optional(
    Type.Union([Type.String({ maxLength }), Type.Array(Type.String({ maxLength }), { maxItems: 50 })]),
  );

export const FileParams = Type.Object({ file: Type.String({ maxLength: FEED_FILE_MAX }) });
export const LinkParams = Type.Object({
  id: DatabaseId,
  token: Type.String({ maxLength: LINK_TOKEN_MAX }),
});

export const ListQuery = Type.Object({
  omraade: text(SLUG_MAX),
  type: many(100),
  fra: text(20),
  til: text(20),
  boernevenligt: text(10),
  trinfrit: text(10),
  gratis: text(10),
  sprog: text(10),
  organisation: text(SLUG_MAX),
  sted: text(SLUG_MAX),
  side: text(10),
});
export type ListQuery = Static<typeof ListQuery>;
/** The list's filters, and `format=excel` for the CSV in the form Danish Excel opens. */
export const CsvListQuery = Type.Object({ ...ListQuery.properties, format: text(20) });

export const MonthQuery = Type.Object({ ...ListQuery.properties, maaned: text(20) });
export const NearQuery = Type.Object({
  omraade: text(SLUG_MAX),
  lat: text(COORDINATE_TEXT_MAX),
  lon: text(COORDINATE_TEXT_MAX),
});
export const NewQuery = Type.Object({ type: text(100) });
export const OccurrenceQuery = Type.Object({ gang: text(20) });
export const CsvOccurrenceQuery = Type.Object({ gang: text(20), format: text(20) });

export const ActivityForm = Type.Object({
  _csrf: Type.String(),
  kind: text(100),
  title: text(fieldCap(TITLE_MAX)),
  description: text(fieldCap(DESCRIPTION_MAX)),
  date: text(100),
  startTime: text(100),
  endTime: text(100),
  locationKind: text(100),
  placeSlug: text(fieldCap(SLUG_MAX)),
  address: text(fieldCap(ADDRESS_MAX)),
  addressVisibility: text(20),
  lat: text(100),
  lon: text(100),
  stops: text(fieldCap(STOPS_TEXT_MAX)),
  organisationId: text(100),
  cohosts: text(fieldCap(COHOSTS_TEXT_MAX)),
  childFriendly: text(10),
  stepFree: text(10),
  freeOfCharge: text(10),
  languages: many(10),
  capacity: text(100),
  repeat: text(100),
  until: text(100),
});
export type ActivityForm = Static<typeof ActivityForm>;

export const CsrfForm = Type.Object({ _csrf: Type.String() });
export const ReasonForm = Type.Object({ _csrf: Type.String(), reason: text(fieldCap(CANCEL_REASON_MAX)) });
export const OccurrenceForm = Type.Object({ _csrf: Type.String(), gang: text(30) });
export const GuestForm = Type.Object({
  _csrf: Type.String(),
  gang: text(30),
  name: text(fieldCap(GUEST_NAME_MAX)),
  email: text(fieldCap(EMAIL_MAX)),
});
export const MoveForm = Type.Object({
  _csrf: Type.String(),
  gang: text(30),
  date: text(100),
  startTime: text(100),
  endTime: text(100),
});
export const CancelOccurrenceForm = Type.Object({
  _csrf: Type.String(),
  gang: text(30),
  reason: text(fieldCap(CANCEL_REASON_MAX)),
});

// JSON API

const instant = Type.String({ format: 'date-time', description: 'An instant, ISO 8601 in UTC.' });
const localDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A local date in Copenhagen, YYYY-MM-DD.',
});
const clock = Type.String({
  pattern: '^\\d{1,2}[:.]\\d{2}$',
  description: 'Local wall-clock time in Copenhagen, HH:MM.',
});
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const ApiListQuery = Type.Object({
  area: Type.Optional(Type.String({ maxLength: SLUG_MAX, description: 'Neighbourhood or district slug.' })),
  kind: Type.Optional(
    Type.Union([Type.Enum(ACTIVITY_KINDS), Type.Array(Type.Enum(ACTIVITY_KINDS), { maxItems: 20 })]),
  ),
  from: Type.Optional(localDate),
  to: Type.Optional(localDate),
  childFriendly: Type.Optional(Type.Boolean()),
  stepFree: Type.Optional(Type.Boolean()),
  freeOfCharge: Type.Optional(Type.Boolean()),
  language: Type.Optional(Type.Enum(ACTIVITY_LANGUAGES)),
  organisation: Type.Optional(Type.String({ maxLength: SLUG_MAX, description: 'Organisation slug.' })),
  place: Type.Optional(Type.String({ maxLength: SLUG_MAX, description: 'Place slug.' })),
  page: PageNumber,
  occurrences: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 50,
      default: 4,
      description:
        "How many of each activity's next occurrences in the window to list in its `occurrences` (a single activity has one).",
    }),
  ),
});
export type ApiListQuery = Static<typeof ApiListQuery>;

const StopJson = Type.Object({
  name: Type.String({ maxLength: fieldCap(STOP_NAME_MAX) }),
  time: Type.Optional(nullable(clock)),
  lat: Type.Optional(nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  lon: Type.Optional(nullable(Type.Number({ minimum: -180, maximum: 180 }))),
});

export const LocationInputJson = Type.Union([
  Type.Object(
    {
      type: Type.Literal('place'),
      place: Type.String({ maxLength: fieldCap(SLUG_MAX), description: 'Place slug.' }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('point'),
      address: Type.Optional(Type.String({ maxLength: fieldCap(ADDRESS_MAX) })),
      lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
      lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { type: Type.Literal('route'), stops: Type.Array(StopJson, { maxItems: STOPS_MAX }) },
    { additionalProperties: false },
  ),
]);

export const ActivityInputJson = Type.Object(
  {
    kind: Type.Enum(ACTIVITY_KINDS),
    title: Type.String({ maxLength: fieldCap(TITLE_MAX) }),
    description: Type.Optional(Type.String({ maxLength: fieldCap(DESCRIPTION_MAX) })),
    date: localDate,
    startTime: clock,
    endTime: Type.Optional(clock),
    location: LocationInputJson,
    addressVisibility: Type.Optional(
      Type.Enum(ADDRESS_VISIBILITIES, {
        description:
          "Who sees the full address of a point or route: everyone, or only people who joined (and the organisers); others see the street without number, floor or door, or the neighbourhood, and a point rounded to about 100 m. Left out when publishing: `participants` for `tour_de_lejlighed`, else `public`; left out when changing: as it was. A registered place's address is always public.",
      }),
    ),
    organisationId: Type.Optional(nullable(Type.Integer({ minimum: 1 }))),
    cohosts: Type.Optional(
      Type.Array(Type.String({ maxLength: fieldCap(EMAIL_MAX) }), {
        maxItems: COHOSTS_MAX,
        description: 'E-mails of people with an account.',
      }),
    ),
    childFriendly: Type.Optional(Type.Boolean()),
    stepFree: Type.Optional(Type.Boolean()),
    freeOfCharge: Type.Optional(Type.Boolean()),
    languages: Type.Optional(Type.Array(Type.Enum(ACTIVITY_LANGUAGES), { maxItems: 8 })),
    capacity: Type.Optional(nullable(Type.Integer({ minimum: 1, maximum: CAPACITY_MAX }))),
    repeat: Type.Optional(
      Type.Object(
        { frequency: Type.Enum(REPEATS), until: Type.Optional(nullable(localDate)) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ActivityInputJson = Static<typeof ActivityInputJson>;

export const OccurrenceJson = Type.Object({
  occurrence: instant,
  startsAt: instant,
  endsAt: instant,
  cancelled: Type.Boolean(),
  moved: Type.Boolean(),
  joined: Type.Integer(),
  waiting: Type.Integer(),
  placesLeft: nullable(Type.Integer()),
});

export const ActivityJson = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  kind: Type.Enum(ACTIVITY_KINDS),
  title: Type.String(),
  description: Type.String(),
  startsAt: instant,
  endsAt: instant,
  rrule: nullable(Type.String({ description: 'RFC 5545 RRULE; DTSTART is startsAt in Europe/Copenhagen.' })),
  repeat: nullable(
    Type.Object(
      {
        frequency: Type.Enum(REPEATS, {
          description: "weekly, biweekly, or monthly_weekday (the first start's weekday of the month).",
        }),
        until: nullable(localDate),
      },
      {
        description:
          'How a series repeats, as the form and POST /activities name it; null for a single activity.',
      },
    ),
  ),
  location: Type.Object({
    type: Type.Enum(LOCATION_KINDS),
    place: nullable(Type.Object({ slug: Type.String(), name: Type.String() })),
    address: Type.String(),
    addressVisibility: Type.Enum(ADDRESS_VISIBILITIES),
    addressWithheld: Type.Boolean({
      description:
        'True when address, point and stops are the public form of an address for participants only: the caller has not joined (send a token to see it once joined).',
    }),
    lat: nullable(Type.Number()),
    lon: nullable(Type.Number()),
    stops: Type.Array(
      Type.Object({
        name: Type.String(),
        time: nullable(Type.String()),
        lat: nullable(Type.Number()),
        lon: nullable(Type.Number()),
      }),
    ),
    neighbourhood: nullable(Type.Object({ slug: Type.String(), name: Type.String() })),
  }),
  organiser: Type.Object({
    name: nullable(Type.String()),
    organisation: nullable(Type.Object({ slug: Type.String(), name: Type.String() })),
  }),
  capacity: nullable(Type.Integer()),
  tags: Type.Object({
    childFriendly: Type.Boolean(),
    stepFree: Type.Boolean(),
    freeOfCharge: Type.Boolean(),
  }),
  languages: Type.Array(Type.String()),
  cancelled: Type.Boolean(),
  occurrences: Type.Array(OccurrenceJson, {
    description:
      "Coming occurrences, soonest first: in a list, the next ones in the window (the `occurrences` parameter, default 4); on an activity's own URL, the next 20.",
  }),
});
export type ActivityJson = Static<typeof ActivityJson>;

const ActivityPage = pageOf(ActivityJson, {
  items:
    'One item per activity (a series once), by its next occurrence in the window, with its next occurrences.',
  total:
    'Activities (not occurrences) in the window; one-off activities are counted up to 1,000 (see `totalCapped`).',
});
export const ActivityListJson = Type.Object({
  ...ActivityPage.properties,
  totalCapped: Type.Boolean({
    description:
      'True when the window holds more than 1,000 one-off activities: `total` and `pages` then count only those; narrow the window (`from`, `to`) or filter to reach the rest.',
  }),
});

export const CreatedJson = Type.Object({ id: Type.Integer(), url: Type.String() });
export const CancelJson = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: fieldCap(CANCEL_REASON_MAX) })) },
  { additionalProperties: false },
);
export const JoinJson = Type.Object(
  { occurrence: Type.Optional(instant) },
  {
    additionalProperties: false,
    description: 'Which occurrence (its original start); the next one if left out.',
  },
);
export const OccurrenceParamQuery = Type.Object({ occurrence: Type.Optional(instant) });
export const JoinResultJson = Type.Object({
  status: Type.Union([Type.Literal('joined'), Type.Literal('waiting')]),
  occurrence: instant,
});
export const ParticipantJson = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  status: Type.Enum(PARTICIPANT_STATUSES),
  occurrence: instant,
  signedUpAt: instant,
});
export const ParticipantListJson = Type.Object({ items: Type.Array(ParticipantJson) });
export { ProblemJson };
