import type { Kysely, Transaction } from 'kysely';
import { isUniqueViolation } from '#src/db/constraint-errors.ts';
import type { Database } from '#src/db/schema.ts';

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };
const MAX_SLUG_LENGTH = 60;
/** Two people creating the same name at once: each retry sees the other's slug. */
const SLUG_ATTEMPTS = 3;

/**
 * A URL slug from a name: "Boligforeningen Sluseholmen" → "boligforeningen-sluseholmen", æ ø å →
 * ae oe aa, accents dropped, at most 60 characters. `fallback` when nothing of the name is left.
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** The first of `base`, `base-2`, `base-3` … that is not taken and (the bare base) not reserved. */
export function firstFreeSlug(
  base: string,
  taken: ReadonlySet<string>,
  reserved: ReadonlySet<string> = new Set(),
): string {
  if (!taken.has(base) && !reserved.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface FreeSlugWrite<T> {
  /** The slug to start from (see `slugify`). */
  base: string;
  /** The slugs already taken that start with `base`, read inside the write's transaction. */
  taken: (trx: Transaction<Database>, base: string) => Promise<readonly string[]>;
  /** Bare slugs that a route needs (e.g. "ny" under /organisationer). */
  reserved?: ReadonlySet<string>;
  /** The writes under the chosen slug, in the same transaction. */
  write: (trx: Transaction<Database>, slug: string) => Promise<T>;
}

/**
 * Writes a new row under the first free slug in one transaction. The unique index has the last
 * word: when someone took the same slug a moment ago, it tries again with the next free one.
 */
export async function writeUnderFreeSlug<T>(db: Kysely<Database>, spec: FreeSlugWrite<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        const slug = firstFreeSlug(spec.base, new Set(await spec.taken(trx, spec.base)), spec.reserved);
        return spec.write(trx, slug);
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= SLUG_ATTEMPTS) throw error;
    }
  }
}
