// Frozen in time: a migration never imports application code.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

/**
 * Sponsor pledges of a grant application linked to sponsorship offers on the give-board.
 * Numbered after the give-board (031) because it refers to `give_items`: migrations run in name order.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('grant_sponsorships')
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('offer_id', 'integer', (c) => c.notNull().references('give_items.id').onDelete('cascade'))
    .addColumn('amount_ore', 'bigint', (c) => c.check(sql`amount_ore is null or amount_ore >= 0`))
    .addPrimaryKeyConstraint('grant_sponsorships_pk', ['application_id', 'offer_id'])
    .execute();
  await db.schema
    .createIndex('grant_sponsorships_offer')
    .on('grant_sponsorships')
    .column('offer_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('grant_sponsorships').execute();
}
