import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';

export async function listMembershipsOfUser(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.slug',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
}
