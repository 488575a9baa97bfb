import type { FastifyRequest } from 'fastify';
import { type FieldErrors, ValidationError } from '#src/platform/errors.ts';

const MAX_DEPTH = 8;

type Refused = (value: unknown) => boolean;

/** Collects the names of values the test refuses, e.g. `name` or `items.0.title`. */
function collect(value: unknown, path: string, refused: Refused, found: string[], depth: number): void {
  if (refused(value)) {
    found.push(path === '' ? 'body' : path);
    return;
  }
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (refused(key)) found.push(path === '' ? 'body' : path);
    else collect(inner, path === '' ? key : `${path}.${key}`, refused, found, depth + 1);
  }
}

function refuseWhere(request: FastifyRequest, refused: Refused): void {
  const found: string[] = [];
  collect(request.params, '', refused, found, 0);
  collect(request.query, '', refused, found, 0);
  collect(request.body, '', refused, found, 0);
  if (found.length === 0) return;
  const errors: FieldErrors = {};
  for (const field of found) errors[field] = { key: 'validation.invalid' };
  throw new ValidationError(errors);
}

const hasNul: Refused = (value) => typeof value === 'string' && value.includes('\u0000');
const isNonFinite: Refused = (value) => typeof value === 'number' && !Number.isFinite(value);

/**
 * Refuses a NUL character anywhere in the path parameters, query or parsed body (run before
 * validation). No form can type one, and PostgreSQL refuses it in text outright where SQLite
 * stores it, so it is stopped once here, with the field named, instead of in every service.
 */
export function refuseNulCharacters(request: FastifyRequest): void {
  refuseWhere(request, hasNul);
}

/**
 * Refuses numbers that are not finite (run after validation). Ajv coerces "1e309" or "Infinity"
 * to `Infinity` and then skips `maximum`, and `JSON.parse('1e309')` is `Infinity` too; neither
 * database can store it, so it would otherwise surface as a 500.
 */
export function refuseNonFiniteNumbers(request: FastifyRequest): void {
  refuseWhere(request, isNonFinite);
}
