import { describe, expect, it } from 'vitest';
import { isBookingOverlap, isCheckViolation, isUniqueViolation } from '#src/db/constraint-errors.ts';

/** An error shaped as the two drivers throw them: a `code` and a message. */
function driverError(code: string, message = '', constraint?: string): Error {
  return Object.assign(new Error(message), { code, constraint });
}

describe('constraint errors', () => {
  it('recognises a unique violation from either database', () => {
    expect(isUniqueViolation(driverError('23505'))).toBe(true);
    expect(isUniqueViolation(driverError('SQLITE_CONSTRAINT_UNIQUE'))).toBe(true);
    expect(isUniqueViolation(driverError('SQLITE_CONSTRAINT', 'UNIQUE constraint failed: users.email'))).toBe(
      true,
    );
  });

  it('recognises a check violation from either database', () => {
    expect(isCheckViolation(driverError('23514'))).toBe(true);
    expect(isCheckViolation(driverError('SQLITE_CONSTRAINT_CHECK'))).toBe(true);
    expect(isCheckViolation(driverError('SQLITE_CONSTRAINT', 'CHECK constraint failed: budget'))).toBe(true);
  });

  it('recognises the booking overlap guarantee, by name on SQLite', () => {
    expect(isBookingOverlap(driverError('23P01', '', 'bookings_no_overlap'))).toBe(true);
    expect(isBookingOverlap(driverError('SQLITE_CONSTRAINT_TRIGGER', 'bookings_no_overlap'))).toBe(true);
  });

  it('does not mistake one refusal for another, nor a value that is not an error', () => {
    expect(isUniqueViolation(driverError('23514'))).toBe(false);
    expect(isCheckViolation(driverError('23505'))).toBe(false);
    expect(isBookingOverlap(driverError('23505'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isCheckViolation('CHECK')).toBe(false);
  });
});
