// Frozen in time: a migration never imports application code.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

/**
 * One private calendar feed per person. The link's token is an HMAC of the nonce under the
 * server's secret, so the database alone never reveals a working link; lookups go by its SHA-256.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('booking_calendar_feeds')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('booking_calendar_feeds').execute();
}
