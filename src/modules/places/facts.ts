import { CAPACITY_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX } from '#src/modules/places/limits.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { ACCESS_MODES, type AccessMode, PLACE_KINDS, type PlaceKind } from '#src/modules/places/tables.ts';
import { FACILITIES, type Facility } from '#src/modules/places/validation.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import {
  checkedValues,
  type RawValue,
  readChoice,
  readDecimal,
  readFlag,
  readInteger,
  readSubset,
  readText,
} from '#src/platform/form-input.ts';

/** The place's own facts (step 1 of the form); rules are step 2. */
export const FACT_FIELDS = [
  'name',
  'kind',
  'description',
  'address',
  'lat',
  'lon',
  'capacity',
  'facilities',
  'stepFree',
  'accessibleToilet',
  'hearingLoop',
  'houseRules',
  'priceNote',
  'accessMode',
  'closedReason',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type FactsInput = Partial<Record<FactField, RawValue>>;

export interface PlaceFacts {
  name: string;
  kind: PlaceKind;
  description: string;
  address: string;
  lat: number;
  lon: number;
  capacity: number | null;
  facilities: Facility[];
  stepFree: boolean;
  accessibleToilet: boolean;
  hearingLoop: boolean;
  houseRules: string;
  priceNote: string;
  accessMode: AccessMode;
  closedReason: string;
}

/** Places are in Denmark; a point outside is a typo (or lat/lon swapped). */
export const LAT_RANGE = { min: 54.5, max: 57.8 };
export const LON_RANGE = { min: 8, max: 15.2 };

/** Checks every fact and throws one ValidationError with a message per field. */
export function validateFacts(input: FactsInput): PlaceFacts {
  const errors: FieldErrors = {};
  const name = readText(errors, 'name', input.name, {
    max: NAME_MAX,
    required: 'places.validation.nameRequired',
  });
  const kind = readChoice(errors, 'kind', input.kind, PLACE_KINDS, 'places.validation.kind');
  const description = readText(errors, 'description', input.description, {
    max: LONG_TEXT_MAX,
    multiline: true,
  });
  const address = readText(errors, 'address', input.address, {
    max: SHORT_TEXT_MAX,
    required: 'places.validation.addressRequired',
  });
  const lat = readDecimal(errors, 'lat', input.lat, {
    ...LAT_RANGE,
    required: 'places.validation.latRequired',
    message: 'places.validation.lat',
  });
  const lon = readDecimal(errors, 'lon', input.lon, {
    ...LON_RANGE,
    required: 'places.validation.lonRequired',
    message: 'places.validation.lon',
  });
  const capacity = readInteger(errors, 'capacity', input.capacity, {
    min: 1,
    max: CAPACITY_MAX,
    message: 'places.validation.capacity',
    optional: true,
  });
  const facilities = readSubset(
    errors,
    'facilities',
    input.facilities,
    FACILITIES,
    'places.validation.facilities',
  );
  const houseRules = readText(errors, 'houseRules', input.houseRules, {
    max: LONG_TEXT_MAX,
    multiline: true,
  });
  const priceNote = readText(errors, 'priceNote', input.priceNote, { max: SHORT_TEXT_MAX });
  const accessMode = readChoice(
    errors,
    'accessMode',
    input.accessMode,
    ACCESS_MODES,
    'places.validation.accessMode',
  );
  const closedReason = readText(errors, 'closedReason', input.closedReason, {
    max: SHORT_TEXT_MAX,
    required: accessMode === 'closed' ? 'places.validation.closedReasonRequired' : undefined,
  });
  const checked = checkedValues(errors, { kind, lat, lon, accessMode });
  return {
    name,
    kind: checked.kind,
    description,
    address,
    lat: checked.lat,
    lon: checked.lon,
    capacity,
    facilities,
    stepFree: readFlag(input.stepFree),
    accessibleToilet: readFlag(input.accessibleToilet),
    hearingLoop: readFlag(input.hearingLoop),
    houseRules,
    priceNote,
    accessMode: checked.accessMode,
    closedReason: accessMode === 'closed' ? closedReason : '',
  };
}

/** A place's facts as the form shows them (and as a PATCH starts from). */
export function factsInputOf(place: PlaceWithRules) {
  return {
    name: place.name,
    kind: place.kind,
    description: place.description,
    address: place.address,
    lat: String(place.lat),
    lon: String(place.lon),
    capacity: place.capacity === null ? '' : String(place.capacity),
    facilities: place.facilities,
    stepFree: place.stepFree ? 'on' : '',
    accessibleToilet: place.accessibleToilet ? 'on' : '',
    hearingLoop: place.hearingLoop ? 'on' : '',
    houseRules: place.houseRules,
    priceNote: place.priceNote,
    accessMode: place.rules.accessMode,
    closedReason: place.rules.closedReason,
  } satisfies Record<FactField, string | string[]>;
}
