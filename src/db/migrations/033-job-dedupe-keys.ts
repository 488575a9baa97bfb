// Frozen in time: a migration never imports application code.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

/**
 * A job may carry a dedupe key: at most one job per key waits untried, so a newer one replaces
 * it (folded mails: the newest state wins). A job already tried and waiting for its retry is
 * outside the index, so a retry never collides with a newer job of the same key.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('dedupe_key', 'text').execute();
  await db.schema
    .createIndex('jobs_waiting_dedupe_key')
    .on('jobs')
    .column('dedupe_key')
    .unique()
    .where(sql.ref('status'), '=', sql.lit('queued'))
    .where(sql.ref('attempts'), '=', sql.lit(0))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('jobs_waiting_dedupe_key').execute();
  await db.schema.alterTable('jobs').dropColumn('dedupe_key').execute();
}
