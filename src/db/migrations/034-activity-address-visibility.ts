// Frozen in time: a migration never imports application code.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

/**
 * Who sees an activity's full address: everyone ('public'), or only those signed up and its
 * organisers ('participants'); the public then sees the street or the neighbourhood. Adding a
 * NOT NULL column with a default and a check works alike on SQLite and PostgreSQL.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('address_visibility', 'text', (c) =>
      c.notNull().defaultTo('public').check(sql`address_visibility in ('public', 'participants')`),
    )
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('activities').dropColumn('address_visibility').execute();
}
