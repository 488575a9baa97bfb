import { sql, type Transaction } from 'kysely';
import type { Dialect } from '#src/db/database.ts';
import type { Database } from '#src/db/schema.ts';

/** Tables with an `id` primary key. */
export type TableWithId = {
  [K in keyof Database]: Database[K] extends { id: unknown } ? K : never;
}[keyof Database];

/**
 * Locks one row until the transaction ends, so that transactions about the same object (say, two
 * admins leaving one organisation) run one after the other and each sees the other's result.
 * PostgreSQL: `SELECT … FOR UPDATE`. SQLite has only a database-wide write lock: a no-op write takes
 * it now, which is safe only as the transaction's first statement (a transaction that has read
 * cannot upgrade to writing once another has committed), so call this first.
 * Returns false when the row does not exist.
 */
export async function lockRowForUpdate(
  trx: Transaction<Database>,
  dialect: Dialect,
  table: TableWithId,
  id: number,
): Promise<boolean> {
  if (dialect === 'postgres') {
    const result = await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(trx);
    return result.rows.length > 0;
  }
  const result = await sql`update ${sql.table(table)} set id = id where id = ${id}`.execute(trx);
  return (result.numAffectedRows ?? 0n) > 0n;
}
