/**
 * Recognises the database's refusals by constraint, the same way on both dialects, so services
 * can turn them into domain errors.
 */
function errorText(error: unknown): {
  code: string | undefined;
  message: string;
  constraint: string | undefined;
} {
  if (typeof error !== 'object' || error === null)
    return { code: undefined, message: String(error), constraint: undefined };
  const record = error as { code?: unknown; message?: unknown; constraint?: unknown };
  return {
    code: typeof record.code === 'string' ? record.code : undefined,
    message: typeof record.message === 'string' ? record.message : '',
    constraint: typeof record.constraint === 'string' ? record.constraint : undefined,
  };
}

/** The booking overlap guarantee refused a write (PostgreSQL 23P01, SQLite trigger abort). */
export function isBookingOverlap(error: unknown): boolean {
  const { code, message, constraint } = errorText(error);
  if (code === '23P01') return constraint === undefined || constraint === 'bookings_no_overlap';
  return message.includes('bookings_no_overlap');
}

/** A unique constraint refused a write; `constraint` narrows it to one index on PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = errorText(error);
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    message.includes('UNIQUE constraint failed')
  );
}

/** A CHECK constraint refused a write (PostgreSQL 23514, SQLite SQLITE_CONSTRAINT_CHECK). */
export function isCheckViolation(error: unknown): boolean {
  const { code, message } = errorText(error);
  return (
    code === '23514' || code === 'SQLITE_CONSTRAINT_CHECK' || message.includes('CHECK constraint failed')
  );
}
