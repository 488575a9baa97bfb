import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect } from '#src/db/database.ts';

/** The SQLite function (registered in database.ts) that lowercases beyond ASCII. */
export const FOLD_FUNCTION = 'byliv_fold';

/** How a text is compared in a search: Unicode-normalised and lowercased ("Østkaj" → "østkaj"). */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Makes `%`, `_` and the escape character itself match literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * True when every word occurs in at least one of the columns, case-insensitively on both
 * databases. PostgreSQL's lower() folds every letter under a UTF-8 ctype (the default, and the
 * one Byliv's databases are created with); SQLite's folds ASCII only, so there it is our own.
 */
export function containsEveryWord(
  dialect: Dialect,
  columns: readonly string[],
  words: readonly string[],
): RawBuilder<SqlBool> {
  const fold = dialect === 'sqlite' ? sql.raw(FOLD_FUNCTION) : sql.raw('lower');
  const conditions = words.map((word) => {
    const pattern = `%${escapeLike(foldText(word))}%`;
    const perColumn = columns.map((column) => sql`${fold}(${sql.ref(column)}) like ${pattern} escape '\\'`);
    return sql`(${sql.join(perColumn, sql` or `)})`;
  });
  if (conditions.length === 0) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}
