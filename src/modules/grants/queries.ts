import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import { isCheckViolation } from '#src/db/constraint-errors.ts';
import type { Database } from '#src/db/schema.ts';
import type { GrantCategory, GrantPoolsTable, LedgerKind } from '#src/modules/grants/tables.ts';
import type { Locale } from '#src/platform/i18n.ts';

/** Pools, their reviewers and the money: Kysely only. */

export type Db = Kysely<Database> | Transaction<Database>;

const POOL_COLUMNS = [
  'grant_pools.id',
  'grant_pools.slug',
  'grant_pools.organisation_id',
  'grant_pools.title',
  'grant_pools.description',
  'grant_pools.criteria',
  'grant_pools.opens_on',
  'grant_pools.closes_on',
  'grant_pools.budget_ore',
  'grant_pools.max_grant_ore',
  'grant_pools.committed_ore',
  'grant_pools.paid_ore',
  'grant_pools.decision_rule',
  'grant_pools.chair_user_id',
  'grant_pools.target_days',
  'grant_pools.created_at',
  'grant_pools.updated_at',
] as const;

function poolsWithOrganisation(db: Db) {
  return db
    .selectFrom('grant_pools')
    .innerJoin('organisations', 'organisations.id', 'grant_pools.organisation_id')
    .select([
      ...POOL_COLUMNS,
      'organisations.name as organisation_name',
      'organisations.slug as organisation_slug',
    ]);
}

export type PoolRow = Awaited<ReturnType<typeof findPoolBySlug>> & {};

export async function findPoolBySlug(db: Db, slug: string) {
  return poolsWithOrganisation(db).where('grant_pools.slug', '=', slug).executeTakeFirst();
}

export async function findPoolById(db: Db, id: number) {
  return poolsWithOrganisation(db).where('grant_pools.id', '=', id).executeTakeFirst();
}

/** Every pool, the newest period first. */
export async function listPoolRows(db: Db) {
  return poolsWithOrganisation(db)
    .orderBy('grant_pools.opens_on', 'desc')
    .orderBy('grant_pools.id')
    .execute();
}

export async function listPoolSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await db.selectFrom('grant_pools').select('slug').where('slug', 'like', `${base}%`).execute();
  return rows.map((row) => row.slug);
}

export async function insertPool(db: Db, values: Insertable<GrantPoolsTable>): Promise<number> {
  const row = await db.insertInto('grant_pools').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Saves a pool's settings unless the new budget is below what is already committed (then false). */
export async function updatePoolRow(
  db: Db,
  id: number,
  values: Updateable<GrantPoolsTable> & { budget_ore: number },
): Promise<boolean> {
  const result = await db
    .updateTable('grant_pools')
    .set(values)
    .where('id', '=', id)
    .where('committed_ore', '<=', values.budget_ore)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listCategories(db: Db, poolIds: readonly number[]) {
  if (poolIds.length === 0) return [];
  return db
    .selectFrom('grant_pool_categories')
    .select(['pool_id', 'category'])
    .where('pool_id', 'in', poolIds)
    .execute();
}

export async function replaceCategories(db: Db, poolId: number, categories: readonly GrantCategory[]) {
  await db.deleteFrom('grant_pool_categories').where('pool_id', '=', poolId).execute();
  if (categories.length === 0) return;
  await db
    .insertInto('grant_pool_categories')
    .values(categories.map((category) => ({ pool_id: poolId, category })))
    .execute();
}

export interface Contact {
  id: number;
  name: string;
  email: string;
  locale: Locale;
}

/** The reviewers of pools, with what a mail needs (deleted accounts have no name or address). */
export async function listReviewers(db: Db, poolIds: readonly number[]) {
  if (poolIds.length === 0) return [];
  return db
    .selectFrom('grant_pool_reviewers')
    .innerJoin('users', 'users.id', 'grant_pool_reviewers.user_id')
    .select(['grant_pool_reviewers.pool_id', 'users.id', 'users.name', 'users.email', 'users.locale'])
    .where('grant_pool_reviewers.pool_id', 'in', poolIds)
    .orderBy('users.name')
    .execute();
}

export async function replaceReviewers(db: Db, poolId: number, userIds: readonly number[]) {
  await db.deleteFrom('grant_pool_reviewers').where('pool_id', '=', poolId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('grant_pool_reviewers')
    .values(userIds.map((userId) => ({ pool_id: poolId, user_id: userId })))
    .execute();
}

export async function isPoolReviewer(db: Db, poolId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('grant_pool_reviewers')
    .select('user_id')
    .where('pool_id', '=', poolId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The pools this person reviews, by id. */
export async function listReviewedPoolIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('grant_pool_reviewers')
    .select('pool_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.pool_id);
}

/** The admins of an organisation, for mails about money (payouts, reports). */
export async function listOrganisationAdmins(db: Db, organisationId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.locale'])
    .where('memberships.organisation_id', '=', organisationId)
    .where('memberships.role', '=', 'admin')
    .orderBy('users.id')
    .execute();
}

/**
 * THE money guarantee: adds a commitment only while it stays within the budget, in one statement.
 * Two approvals at the same moment cannot both pass: PostgreSQL re-checks the WHERE on the row it
 * waited for, SQLite runs one writer at a time. False when the budget would be exceeded.
 */
export async function commitToPool(db: Db, poolId: number, amountOre: number): Promise<boolean> {
  try {
    const result = await db
      .updateTable('grant_pools')
      .set({ committed_ore: sql`committed_ore + ${amountOre}` })
      .where('id', '=', poolId)
      .where(sql<boolean>`committed_ore + ${amountOre} <= budget_ore`)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  } catch (error) {
    // The CHECK constraint behind the WHERE clause: the same answer, "over budget".
    if (isCheckViolation(error)) return false;
    throw error;
  }
}

/** Undoes part of a commitment (never below what is paid out). */
export async function releaseFromPool(db: Db, poolId: number, amountOre: number): Promise<boolean> {
  const result = await db
    .updateTable('grant_pools')
    .set({ committed_ore: sql`committed_ore - ${amountOre}` })
    .where('id', '=', poolId)
    .where(sql<boolean>`committed_ore - ${amountOre} >= paid_ore`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records money paid out, never beyond what is committed. */
export async function payFromPool(db: Db, poolId: number, amountOre: number): Promise<boolean> {
  const result = await db
    .updateTable('grant_pools')
    .set({ paid_ore: sql`paid_ore + ${amountOre}` })
    .where('id', '=', poolId)
    .where(sql<boolean>`paid_ore + ${amountOre} <= committed_ore`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Money paid back: it leaves both what is paid and what is committed, so it can be granted again. */
export async function returnToPool(db: Db, poolId: number, amountOre: number): Promise<boolean> {
  const result = await db
    .updateTable('grant_pools')
    .set({
      paid_ore: sql`paid_ore - ${amountOre}`,
      committed_ore: sql`committed_ore - ${amountOre}`,
    })
    .where('id', '=', poolId)
    .where('paid_ore', '>=', amountOre)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertLedgerEntry(
  db: Db,
  entry: {
    poolId: number;
    applicationId: number;
    kind: LedgerKind;
    amountOre: number;
    bookedOn: string | null;
    reference: string;
    createdBy: number | null;
    createdAt: number;
  },
): Promise<void> {
  await db
    .insertInto('grant_ledger')
    .values({
      pool_id: entry.poolId,
      application_id: entry.applicationId,
      kind: entry.kind,
      amount_ore: entry.amountOre,
      booked_on: entry.bookedOn,
      reference: entry.reference,
      created_by: entry.createdBy,
      created_at: entry.createdAt,
    })
    .execute();
}

/** Sums per ledger kind for one application (or a whole pool when `applicationId` is null). */
export async function ledgerSums(
  db: Db,
  poolId: number,
  applicationId: number | null,
): Promise<Record<LedgerKind, number>> {
  let query = db
    .selectFrom('grant_ledger')
    .select(['kind', (eb) => eb.fn.sum<number | string>('amount_ore').as('total')])
    .where('pool_id', '=', poolId)
    .groupBy('kind');
  if (applicationId !== null) query = query.where('application_id', '=', applicationId);
  const rows = await query.execute();
  const sums: Record<LedgerKind, number> = { commit: 0, release: 0, pay: 0, return: 0 };
  for (const row of rows) sums[row.kind] = Number(row.total);
  return sums;
}

export async function listLedgerEntries(db: Db, applicationId: number) {
  return db
    .selectFrom('grant_ledger')
    .leftJoin('users', 'users.id', 'grant_ledger.created_by')
    .select([
      'grant_ledger.id',
      'grant_ledger.kind',
      'grant_ledger.amount_ore',
      'grant_ledger.booked_on',
      'grant_ledger.reference',
      'grant_ledger.created_at',
      'users.name as created_by_name',
    ])
    .where('grant_ledger.application_id', '=', applicationId)
    .orderBy('grant_ledger.id')
    .execute();
}

/** True when a job of this kind is waiting to run (the daily sweep is queued once). */
export async function hasQueuedJob(db: Db, kind: string): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', kind)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return row !== undefined;
}
