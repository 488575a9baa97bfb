import { type FieldError, type FieldErrors, ValidationError } from '#src/platform/errors.ts';
import type { PlainMessageKey } from '#src/platform/i18n.ts';

export interface Coordinates {
  lat: number;
  lon: number;
}

interface AxisRules {
  limit: number;
  required: PlainMessageKey;
  notNumber: PlainMessageKey;
  range: PlainMessageKey;
}

const LATITUDE: AxisRules = {
  limit: 90,
  required: 'areas.find.latRequired',
  notNumber: 'areas.find.latNotNumber',
  range: 'areas.find.latRange',
};
const LONGITUDE: AxisRules = {
  limit: 180,
  required: 'areas.find.lonRequired',
  notNumber: 'areas.find.lonNotNumber',
  range: 'areas.find.lonRange',
};

// Decimal degrees, with a point or (as Danes write it) a comma.
const DECIMAL = /^[+-]?\d{1,3}(?:[.,]\d+)?$/;

function readAxis(raw: string | undefined, rules: AxisRules): number | FieldError {
  const text = (raw ?? '').trim();
  if (text === '') return { key: rules.required };
  if (!DECIMAL.test(text)) return { key: rules.notNumber };
  const value = Number(text.replace(',', '.'));
  if (Math.abs(value) > rules.limit) return { key: rules.range };
  return value;
}

/**
 * Reads a latitude and longitude typed into a form. Throws a ValidationError with one message per
 * field when either is missing, not a number or out of range.
 */
export function parseCoordinates(raw: { lat?: string; lon?: string }): Coordinates {
  const lat = readAxis(raw.lat, LATITUDE);
  const lon = readAxis(raw.lon, LONGITUDE);
  if (typeof lat === 'number' && typeof lon === 'number') return { lat, lon };
  const errors: FieldErrors = {};
  if (typeof lat !== 'number') errors.lat = lat;
  if (typeof lon !== 'number') errors.lon = lon;
  throw new ValidationError(errors);
}
