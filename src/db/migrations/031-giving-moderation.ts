// Frozen in time: a migration never imports application code.
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

function idColumn(db: AnyDb): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

/**
 * The give-board (offers and wishes, and the contact requests between two people) and moderation
 * (reports on any content type, and the administrators' decisions).
 */
export async function up(db: AnyDb): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('give_items')
    .addColumn('id', 'integer', id)
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('offer', 'wish')`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('time', 'skill', 'thing', 'room', 'sponsorship')`),
    )
    .addColumn('sponsorship_kind', 'text', (c) =>
      c.check(
        sql`sponsorship_kind is null or sponsorship_kind in ('money', 'bench', 'plants', 'food', 'other')`,
      ),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('area_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('place_id', 'integer', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('completed_at', 'bigint')
    .addColumn('hidden_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint(
      'give_items_sponsorship_has_sub_kind',
      sql`(kind = 'sponsorship') = (sponsorship_kind is not null)`,
    )
    .addCheckConstraint('give_items_place_only_for_rooms', sql`place_id is null or kind = 'room'`)
    .addCheckConstraint('give_items_expires_after_creation', sql`expires_at > created_at`)
    .execute();
  await db.schema.createIndex('give_items_listing').on('give_items').columns(['expires_at', 'id']).execute();
  await db.schema.createIndex('give_items_user').on('give_items').column('user_id').execute();

  await db.schema
    .createTable('give_contacts')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('give_items.id').onDelete('cascade'))
    .addColumn('requester_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'accepted', 'declined')`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_at', 'bigint')
    .addUniqueConstraint('give_contacts_once_per_item', ['item_id', 'requester_id'])
    .addCheckConstraint(
      'give_contacts_decided_when_not_pending',
      sql`(status = 'pending') = (decided_at is null)`,
    )
    .execute();
  await db.schema.createIndex('give_contacts_requester').on('give_contacts').column('requester_id').execute();

  await db.schema
    .createTable('moderation_reports')
    .addColumn('id', 'integer', id)
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content_id', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('spam', 'offensive', 'personal_data', 'illegal', 'other', 'appeal')`),
    )
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('moderation_reports_open')
    .on('moderation_reports')
    .columns(['resolved_at', 'created_at'])
    .execute();
  await db.schema
    .createIndex('moderation_reports_content')
    .on('moderation_reports')
    .columns(['content_type', 'content_id'])
    .execute();

  await db.schema
    .createTable('moderation_decisions')
    .addColumn('id', 'integer', id)
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('hide', 'restore', 'dismiss')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('admin_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('moderation_decisions_content')
    .on('moderation_decisions')
    .columns(['content_type', 'content_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['moderation_decisions', 'moderation_reports', 'give_contacts', 'give_items']) {
    await db.schema.dropTable(table).execute();
  }
}
