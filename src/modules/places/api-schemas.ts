import { type Static, Type } from 'typebox';
import { ORGANISATION_KINDS } from '#src/modules/organisations/types.ts';
import {
  CLOSED_DATES_MAX,
  CLOSED_REASON_MAX,
  KEY_INSTRUCTIONS_MAX,
  LONG_TEXT_MAX,
  NAME_MAX,
  SHORT_TEXT_MAX,
} from '#src/modules/places/limits.ts';
import { ACCESS_MODES, BOOKER_SCOPES, KEY_HANDOVERS, PLACE_KINDS } from '#src/modules/places/tables.ts';
import { FACILITIES } from '#src/modules/places/validation.ts';
import { PageNumber, pageOf } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

const literals = <const T extends readonly string[]>(values: T) => Type.Enum(values);
const clock = Type.String({
  pattern: '^\\d{1,2}:\\d{2}$',
  description: 'Local time (Europe/Copenhagen), HH:MM.',
});
const WindowJson = Type.Object({
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday.' }),
  start: clock,
  end: clock,
});
const ClosedDateJson = Type.Object({
  date: Type.String({ format: 'date', description: 'Local date, YYYY-MM-DD.' }),
  reason: Type.String({ maxLength: CLOSED_REASON_MAX }),
});
const AreaRefJson = Type.Union([Type.Object({ slug: Type.String(), name: Type.String() }), Type.Null()]);

export const PlaceRulesJson = Type.Object({
  windows: Type.Array(WindowJson, {
    description: 'Weekly bookable windows; for open places, the opening hours.',
  }),
  closedDates: Type.Array(ClosedDateJson),
  minDurationMinutes: Type.Integer(),
  maxDurationMinutes: Type.Integer(),
  maxAdvanceDays: Type.Integer(),
  minNoticeHours: Type.Integer(),
  bufferMinutes: Type.Integer(),
  bookerScope: literals(BOOKER_SCOPES),
  allowedKinds: Type.Array(literals(ORGANISATION_KINDS)),
  approvalRequired: Type.Boolean(),
  responsibleHostRequired: Type.Boolean(),
  cancellationDeadlineHours: Type.Integer(),
  keyHandover: literals(KEY_HANDOVERS),
  codeVisibleMinutesBefore: Type.Integer(),
});

export const PlaceJson = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  kind: literals(PLACE_KINDS),
  description: Type.String(),
  organisation: Type.Object({ slug: Type.String(), name: Type.String() }),
  address: Type.String(),
  lat: Type.Number(),
  lon: Type.Number(),
  district: AreaRefJson,
  neighbourhood: AreaRefJson,
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  facilities: Type.Array(Type.String()),
  stepFree: Type.Boolean(),
  accessibleToilet: Type.Boolean(),
  hearingLoop: Type.Boolean(),
  houseRules: Type.String(),
  priceNote: Type.String(),
  accessMode: literals(ACCESS_MODES),
  closedReason: Type.String({ description: 'Why a closed place is closed; empty otherwise.' }),
  rules: PlaceRulesJson,
  url: Type.String({ description: 'The place page.' }),
});
export type PlaceJson = Static<typeof PlaceJson>;

export const PlaceListJson = pageOf(PlaceJson);

export const PlaceListQuery = Type.Object({
  kind: Type.Optional(literals(PLACE_KINDS)),
  area: Type.Optional(Type.String({ maxLength: 200, description: 'Slug of a district or neighbourhood.' })),
  accessMode: Type.Optional(literals(ACCESS_MODES)),
  stepFree: Type.Optional(Type.Boolean()),
  minCapacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  facility: Type.Optional(literals(FACILITIES)),
  page: PageNumber,
});
export type PlaceListQuery = Static<typeof PlaceListQuery>;

const PointFeatureJson = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  geometry: Type.Object({
    type: Type.Literal('Point'),
    coordinates: Type.Array(Type.Number(), {
      minItems: 2,
      maxItems: 2,
      description: '[longitude, latitude]',
    }),
  }),
  properties: Type.Object({
    slug: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    accessMode: Type.String(),
    capacity: Type.Union([Type.Integer(), Type.Null()]),
    stepFree: Type.Boolean(),
    accessibleToilet: Type.Boolean(),
    hearingLoop: Type.Boolean(),
    organisation: Type.String(),
    url: Type.String(),
  }),
});
export const PlaceFeatureCollectionJson = Type.Object(
  { type: Type.Literal('FeatureCollection'), features: Type.Array(PointFeatureJson) },
  { description: 'RFC 7946 GeoJSON, served as application/geo+json.' },
);

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const RulesInputJson = Type.Object({
  windows: Type.Optional(Type.Array(WindowJson, { maxItems: 100 })),
  closedDates: Type.Optional(Type.Array(ClosedDateJson, { maxItems: CLOSED_DATES_MAX })),
  minDurationMinutes: Type.Optional(Type.Integer()),
  maxDurationMinutes: Type.Optional(Type.Integer()),
  maxAdvanceDays: Type.Optional(Type.Integer()),
  minNoticeHours: Type.Optional(Type.Integer()),
  bufferMinutes: Type.Optional(Type.Integer()),
  bookerScope: Type.Optional(literals(BOOKER_SCOPES)),
  allowedKinds: Type.Optional(Type.Array(literals(ORGANISATION_KINDS), { maxItems: 20 })),
  approvalRequired: Type.Optional(Type.Boolean()),
  responsibleHostRequired: Type.Optional(Type.Boolean()),
  cancellationDeadlineHours: Type.Optional(Type.Integer()),
  keyHandover: Type.Optional(literals(KEY_HANDOVERS)),
  keyInstructions: text(fieldCap(KEY_INSTRUCTIONS_MAX)),
  codeVisibleMinutesBefore: Type.Optional(Type.Integer()),
});
export type RulesInputJson = Static<typeof RulesInputJson>;

const factsProperties = {
  name: text(fieldCap(NAME_MAX)),
  kind: Type.Optional(literals(PLACE_KINDS)),
  description: text(fieldCap(LONG_TEXT_MAX)),
  address: text(fieldCap(SHORT_TEXT_MAX)),
  lat: Type.Optional(Type.Number()),
  lon: Type.Optional(Type.Number()),
  capacity: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  facilities: Type.Optional(Type.Array(literals(FACILITIES), { maxItems: 50 })),
  stepFree: Type.Optional(Type.Boolean()),
  accessibleToilet: Type.Optional(Type.Boolean()),
  hearingLoop: Type.Optional(Type.Boolean()),
  houseRules: text(fieldCap(LONG_TEXT_MAX)),
  priceNote: text(fieldCap(SHORT_TEXT_MAX)),
  accessMode: Type.Optional(literals(ACCESS_MODES)),
  closedReason: text(fieldCap(SHORT_TEXT_MAX)),
  rules: Type.Optional(RulesInputJson),
};

export const PlaceCreateJson = Type.Object(
  {
    organisation: Type.String({ maxLength: 200, description: 'Slug of an organisation you administer.' }),
    ...factsProperties,
  },
  { additionalProperties: false },
);
export type PlaceCreateJson = Static<typeof PlaceCreateJson>;

export const PlacePatchJson = Type.Object(factsProperties, { additionalProperties: false });
export type PlacePatchJson = Static<typeof PlacePatchJson>;
