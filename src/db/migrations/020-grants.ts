// Frozen in time: a migration never imports application code.
import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against whatever the schema was then
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function idColumn(db: AnyDb): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return isPostgres(db)
    ? (col) => col.primaryKey().generatedByDefaultAsIdentity()
    : (col) => col.primaryKey().autoIncrement();
}

const CATEGORY_CHECK = sql`('bench', 'swap_shelf', 'communal_dining', 'green_pocket', 'culture', 'other')`;
const STATUS_CHECK = sql`('draft', 'submitted', 'needs_info', 'approved', 'rejected', 'withdrawn', 'paid', 'reported')`;

async function createPools(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('grant_pools')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('budget_ore', 'bigint', (c) => c.notNull().check(sql`budget_ore > 0`))
    .addColumn('max_grant_ore', 'bigint', (c) => c.notNull().check(sql`max_grant_ore > 0`))
    .addColumn('committed_ore', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_ore', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('decision_rule', 'text', (c) => c.notNull().check(sql`decision_rule in ('majority', 'chair')`))
    .addColumn('chair_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('target_days', 'integer', (c) => c.notNull().defaultTo(14).check(sql`target_days > 0`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('grant_pools_period', sql`opens_on <= closes_on`)
    .addCheckConstraint('grant_pools_max_within_budget', sql`max_grant_ore <= budget_ore`)
    // The money guarantee: commitments never exceed the budget, whatever lands at the same moment.
    .addCheckConstraint('grant_pools_within_budget', sql`committed_ore >= 0 and committed_ore <= budget_ore`)
    .addCheckConstraint('grant_pools_paid_within_committed', sql`paid_ore >= 0 and paid_ore <= committed_ore`)
    .execute();
  await db.schema
    .createTable('grant_pool_categories')
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('grant_pools.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ${CATEGORY_CHECK}`))
    .addPrimaryKeyConstraint('grant_pool_categories_pk', ['pool_id', 'category'])
    .execute();
  await db.schema
    .createTable('grant_pool_reviewers')
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('grant_pools.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('grant_pool_reviewers_pk', ['pool_id', 'user_id'])
    .execute();
}

async function createApplications(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('grant_applications')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('grant_pools.id').onDelete('cascade'))
    .addColumn('applicant_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('idea', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ${CATEGORY_CHECK}`))
    .addColumn('place_id', 'integer', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('area_id', 'integer', (c) => c.references('areas.id').onDelete('set null'))
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('where_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('requested_ore', 'bigint', (c) => c.notNull().defaultTo(0).check(sql`requested_ore >= 0`))
    .addColumn('cofunding_ore', 'bigint', (c) => c.notNull().defaultTo(0).check(sql`cofunding_ore >= 0`))
    .addColumn('sponsor_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('granted_ore', 'bigint', (c) => c.check(sql`granted_ore is null or granted_ore > 0`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ${STATUS_CHECK}`))
    .addColumn('terms_accepted_at', 'bigint')
    .addColumn('submitted_at', 'bigint')
    .addColumn('decided_at', 'bigint')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actual_spend_ore', 'bigint', (c) =>
      c.check(sql`actual_spend_ore is null or actual_spend_ore >= 0`),
    )
    .addColumn('report_text', 'text')
    .addColumn('reported_at', 'bigint')
    .addColumn('report_reminder_sent_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint(
      'grant_applications_rejection_has_reason',
      sql`status <> 'rejected' or (decision_reason is not null and length(decision_reason) > 0)`,
    )
    .addCheckConstraint(
      'grant_applications_granted_when_approved',
      sql`status not in ('approved', 'paid', 'reported') or granted_ore is not null`,
    )
    .addCheckConstraint(
      'grant_applications_submitted_with_terms',
      sql`status = 'draft' or (terms_accepted_at is not null and submitted_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('grant_applications_pool')
    .on('grant_applications')
    .columns(['pool_id', 'status'])
    .execute();
  await db.schema
    .createIndex('grant_applications_applicant')
    .on('grant_applications')
    .column('applicant_id')
    .execute();
  await db.schema
    .createTable('grant_budget_lines')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('amount_ore', 'bigint', (c) => c.notNull().check(sql`amount_ore >= 0`))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('grant_budget_lines_application')
    .on('grant_budget_lines')
    .column('application_id')
    .execute();
  await db.schema
    .createTable('grant_photos')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('application', 'report')`))
    .addColumn('data', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grant_photos_application')
    .on('grant_photos')
    .column('application_id')
    .execute();
}

async function createReviewAndMoney(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('grant_votes')
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('reviewer_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('vote', 'text', (c) => c.notNull().check(sql`vote in ('approve', 'reject', 'abstain')`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('grant_votes_pk', ['application_id', 'reviewer_id'])
    .execute();
  await db.schema
    .createTable('grant_comments')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grant_comments_application')
    .on('grant_comments')
    .column('application_id')
    .execute();
  await db.schema
    .createTable('grant_events')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('from_status', 'text', (c) =>
      c.check(sql`from_status is null or from_status in ${STATUS_CHECK}`),
    )
    .addColumn('to_status', 'text', (c) => c.notNull().check(sql`to_status in ${STATUS_CHECK}`))
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grant_events_application')
    .on('grant_events')
    .column('application_id')
    .execute();
  await db.schema
    .createTable('grant_ledger')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('grant_pools.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('grant_applications.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('commit', 'release', 'pay', 'return')`))
    .addColumn('amount_ore', 'bigint', (c) => c.notNull().check(sql`amount_ore > 0`))
    .addColumn('booked_on', 'text')
    .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('grant_ledger_pool').on('grant_ledger').columns(['pool_id', 'kind']).execute();
}

export async function up(db: AnyDb): Promise<void> {
  await createPools(db);
  await createApplications(db);
  await createReviewAndMoney(db);
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'grant_ledger',
    'grant_events',
    'grant_comments',
    'grant_votes',
    'grant_photos',
    'grant_budget_lines',
    'grant_applications',
    'grant_pool_reviewers',
    'grant_pool_categories',
    'grant_pools',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
