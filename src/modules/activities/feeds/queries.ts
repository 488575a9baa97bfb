import type { Kysely, Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Private calendar feeds: only the token's hash and the nonce are stored. */
export function findFeedOfUser(db: Db, userId: number) {
  return db
    .selectFrom('activity_calendar_feeds')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function saveFeed(db: Db, userId: number, tokenHash: string, nonce: string, now: number) {
  await db
    .insertInto('activity_calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, nonce, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, nonce, created_at: now }))
    .execute();
}

export function findFeedByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('activity_calendar_feeds')
    .innerJoin('users', 'users.id', 'activity_calendar_feeds.user_id')
    .select(['activity_calendar_feeds.user_id', 'users.locale'])
    .where('activity_calendar_feeds.token_hash', '=', tokenHash)
    .where('users.deleted_at', 'is', null)
    .executeTakeFirst();
}
