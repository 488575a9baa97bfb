import { amountParam } from '#src/modules/grants/amounts.ts';
import {
  type AmountInput,
  isCategory,
  readAmountInput,
  readDate,
  readText,
} from '#src/modules/grants/input.ts';
import { POOL_TEXT_MAX, POOL_TITLE_MAX, TARGET_DAYS_MAX } from '#src/modules/grants/limits.ts';
import { type Pool, type PoolReviewer, toPool } from '#src/modules/grants/model.ts';
import { assertCanRunPoolFor, assertPoolAdmin, poolStanding } from '#src/modules/grants/policy.ts';
import {
  findPoolById,
  findPoolBySlug,
  insertPool,
  listCategories,
  listPoolRows,
  listPoolSlugsStartingWith,
  listReviewers,
  type PoolRow,
  replaceCategories,
  replaceReviewers,
  updatePoolRow,
} from '#src/modules/grants/queries.ts';
import {
  DECISION_RULES,
  type DecisionRule,
  GRANT_CATEGORIES,
  type GrantCategory,
} from '#src/modules/grants/tables.ts';
import {
  getOrganisation,
  type Member,
  membershipRole,
  membershipsOfUser,
  membersOfOrganisation,
  type UserMembership,
} from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';
import { readId, readInteger, readList } from '#src/platform/form-input.ts';
import { slugify, writeUnderFreeSlug } from '#src/platform/slugs.ts';

export const DEFAULT_TARGET_DAYS = 14;

/** What the pool form or the API sent, before it is checked. */
export interface PoolInput {
  title?: unknown;
  description?: unknown;
  criteria?: unknown;
  opensOn?: unknown;
  closesOn?: unknown;
  /** Set by the HTML form (the request's local date): dates are then read as typed; the API sends ISO. */
  formToday?: string;
  budget: AmountInput;
  maxGrant: AmountInput;
  categories?: unknown;
  reviewers?: unknown;
  decisionRule?: unknown;
  chairUserId?: unknown;
  targetDays?: unknown;
}

interface PoolFields {
  title: string;
  description: string;
  criteria: string;
  opensOn: string;
  closesOn: string;
  budgetOre: number;
  maxGrantOre: number;
  categories: GrantCategory[];
  reviewerIds: number[];
  decisionRule: DecisionRule;
  chairUserId: number | null;
  targetDays: number;
}

async function poolsFromRows(ctx: AppContext, rows: readonly PoolRow[]): Promise<Pool[]> {
  const ids = rows.map((row) => row.id);
  const [categories, reviewers] = await Promise.all([
    listCategories(ctx.db.kysely, ids),
    listReviewers(ctx.db.kysely, ids),
  ]);
  return rows.map((row) => {
    const own = categories.filter((entry) => entry.pool_id === row.id).map((entry) => entry.category);
    const sorted = GRANT_CATEGORIES.filter((category) => own.includes(category));
    const people: PoolReviewer[] = reviewers
      .filter((entry) => entry.pool_id === row.id)
      .map((entry) => ({ userId: entry.id, name: entry.name }));
    return toPool(row, sorted, people);
  });
}

/** Every pool, the newest period first. */
export async function listPools(ctx: AppContext): Promise<Pool[]> {
  return poolsFromRows(ctx, await listPoolRows(ctx.db.kysely));
}

/** One pool by its slug; NotFoundError when there is none. */
export async function getPool(ctx: AppContext, slug: string): Promise<Pool> {
  const row = await findPoolBySlug(ctx.db.kysely, slug);
  if (row === undefined) throw new NotFoundError('grants.error.poolNotFound');
  const [pool] = await poolsFromRows(ctx, [row]);
  if (pool === undefined) throw new NotFoundError('grants.error.poolNotFound');
  return pool;
}

export async function getPoolById(ctx: AppContext, id: number): Promise<Pool> {
  const row = await findPoolById(ctx.db.kysely, id);
  if (row === undefined) throw new NotFoundError('grants.error.poolNotFound');
  const [pool] = await poolsFromRows(ctx, [row]);
  if (pool === undefined) throw new NotFoundError('grants.error.poolNotFound');
  return pool;
}

function readTargetDays(errors: FieldErrors, raw: unknown): number {
  const days = readInteger(errors, 'targetDays', raw, {
    min: 1,
    max: TARGET_DAYS_MAX,
    message: 'grants.validation.targetDays',
    optional: true,
  });
  return days ?? DEFAULT_TARGET_DAYS;
}

async function validatePool(ctx: AppContext, organisationId: number, input: PoolInput): Promise<PoolFields> {
  const errors: FieldErrors = {};
  const title = readText(errors, 'title', input.title, {
    max: POOL_TITLE_MAX,
    required: 'grants.validation.titleRequired',
  });
  const description = readText(errors, 'description', input.description, { max: POOL_TEXT_MAX });
  const criteria = readText(errors, 'criteria', input.criteria, { max: POOL_TEXT_MAX });
  const opensOn = readDate(errors, 'opensOn', input.opensOn, true, input.formToday);
  const closesOn = readDate(errors, 'closesOn', input.closesOn, true, input.formToday);
  if (opensOn !== null && closesOn !== null && closesOn < opensOn) {
    errors.closesOn = { key: 'grants.validation.closesBeforeOpens' };
  }
  const budgetOre = readAmountInput(errors, 'budget', input.budget, { positive: true, required: true });
  const maxGrantOre = readAmountInput(errors, 'maxGrant', input.maxGrant, { positive: true, required: true });
  if (budgetOre !== null && maxGrantOre !== null && maxGrantOre > budgetOre) {
    errors.maxGrant = { key: 'grants.validation.maxAboveBudget' };
  }
  const rawCategories = readList(input.categories);
  const categories = GRANT_CATEGORIES.filter((category) => rawCategories.includes(category));
  if (categories.length === 0 || rawCategories.some((value) => !isCategory(value))) {
    errors.categories = { key: 'grants.validation.categoriesRequired' };
  }
  const reviewerIds = [...new Set(readList(input.reviewers).map(readId))];
  if (reviewerIds.length === 0) errors.reviewers = { key: 'grants.validation.reviewersRequired' };
  const validIds = reviewerIds.filter((id): id is number => id !== null);
  const roles = await Promise.all(validIds.map((id) => membershipRole(ctx, organisationId, id)));
  if (validIds.length !== reviewerIds.length || roles.some((role) => role === null)) {
    errors.reviewers = { key: 'grants.validation.reviewersMembers' };
  }
  const decisionRule = DECISION_RULES.find((rule) => rule === input.decisionRule) ?? null;
  if (decisionRule === null) errors.decisionRule = { key: 'grants.validation.decisionRule' };
  const rawChair = input.chairUserId;
  const chairUserId =
    rawChair === undefined || rawChair === null || rawChair === '' ? null : readId(rawChair);
  if (decisionRule === 'chair' && (chairUserId === null || !validIds.includes(chairUserId))) {
    errors.chairUserId = { key: 'grants.validation.chairAmongReviewers' };
  }
  const targetDays = readTargetDays(errors, input.targetDays);
  throwIfInvalid(errors);
  return {
    title,
    description,
    criteria,
    opensOn: opensOn ?? '',
    closesOn: closesOn ?? '',
    budgetOre: budgetOre ?? 0,
    maxGrantOre: maxGrantOre ?? 0,
    categories,
    reviewerIds: validIds,
    decisionRule: decisionRule ?? 'majority',
    chairUserId: decisionRule === 'chair' ? chairUserId : null,
    targetDays,
  };
}

function poolColumns(fields: PoolFields, now: number) {
  return {
    title: fields.title,
    description: fields.description,
    criteria: fields.criteria,
    opens_on: fields.opensOn,
    closes_on: fields.closesOn,
    budget_ore: fields.budgetOre,
    max_grant_ore: fields.maxGrantOre,
    decision_rule: fields.decisionRule,
    chair_user_id: fields.chairUserId,
    target_days: fields.targetDays,
    updated_at: now,
  };
}

/** Creates a pool run by an organisation this person administers, with its categories and reviewers. */
export async function createPool(
  ctx: AppContext,
  user: CurrentUser,
  organisationId: number,
  input: PoolInput,
): Promise<Pool> {
  await assertCanRunPoolFor(ctx, organisationId, user);
  const fields = await validatePool(ctx, organisationId, input);
  const slug = await writeUnderFreeSlug(ctx.db.kysely, {
    base: slugify(fields.title, 'pulje'),
    taken: listPoolSlugsStartingWith,
    write: async (trx, chosen) => {
      const now = ctx.clock.now();
      const id = await insertPool(trx, {
        ...poolColumns(fields, now),
        slug: chosen,
        organisation_id: organisationId,
        committed_ore: 0,
        paid_ore: 0,
        created_by: user.id,
        created_at: now,
      });
      await replaceCategories(trx, id, fields.categories);
      await replaceReviewers(trx, id, fields.reviewerIds);
      return chosen;
    },
  });
  return getPool(ctx, slug);
}

/** Changes a pool's settings; the budget cannot go below what is already committed. */
export async function updatePool(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  input: PoolInput,
): Promise<Pool> {
  const pool = await getPool(ctx, slug);
  assertPoolAdmin(await poolStanding(ctx, pool, user));
  const fields = await validatePool(ctx, pool.organisationId, input);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const saved = await updatePoolRow(trx, pool.id, poolColumns(fields, ctx.clock.now()));
    if (!saved) {
      throw new ValidationError({
        budget: {
          key: 'grants.validation.budgetBelowCommitted',
          params: { committed: amountParam(pool.committedOre) },
        },
      });
    }
    await replaceCategories(trx, pool.id, fields.categories);
    await replaceReviewers(trx, pool.id, fields.reviewerIds);
  });
  return getPool(ctx, slug);
}

/** The organisations this person may run a pool for (those they administer). */
export async function organisationsForNewPool(ctx: AppContext, user: CurrentUser): Promise<UserMembership[]> {
  return (await membershipsOfUser(ctx, user.id)).filter((membership) => membership.role === 'admin');
}

/** The members a pool's reviewers are chosen from. */
export async function reviewerChoices(
  ctx: AppContext,
  user: CurrentUser,
  organisationSlug: string,
): Promise<Member[]> {
  return (await membersOfOrganisation(ctx, organisationSlug, user)).members;
}

export async function organisationBySlug(ctx: AppContext, slug: string) {
  return getOrganisation(ctx, slug);
}
