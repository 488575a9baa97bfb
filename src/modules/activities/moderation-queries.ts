import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Hides or restores; `updated_at` moves too, so cached public feeds are rebuilt. */
export async function updateHiddenAt(
  db: Db,
  activityId: number,
  hiddenAt: number | null,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set({ hidden_at: hiddenAt, updated_at: now })
    .where('id', '=', activityId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findModerationSummary(db: Db, activityId: number) {
  return db
    .selectFrom('activities')
    .leftJoin('users', 'users.id', 'activities.organiser_id')
    .leftJoin('organisations', 'organisations.id', 'activities.organisation_id')
    .select([
      'activities.id',
      'activities.title',
      'activities.hidden_at',
      'users.name as organiser_name',
      'organisations.name as organisation_name',
    ])
    .where('activities.id', '=', activityId)
    .executeTakeFirst();
}
