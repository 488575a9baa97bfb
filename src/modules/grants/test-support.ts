import { ensureAreas } from '#src/modules/areas/service.ts';
import type { ApplicationInput } from '#src/modules/grants/applications/input.ts';
import { startApplication } from '#src/modules/grants/applications/service.ts';
import type { Pool } from '#src/modules/grants/model.ts';
import { createPool } from '#src/modules/grants/pools/service.ts';
import type { DecisionRule } from '#src/modules/grants/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';

/** Test-only: a local committee running a pool, its reviewers, and applicants. */

let counter = 0;

export function asUser(person: TestPerson, name = 'Testperson', locale: 'da' | 'en' = 'da'): CurrentUser {
  return { id: person.id, name, email: person.email, locale, isAdmin: false, emailVerified: true };
}

export async function createOrganisation(
  ctx: AppContext,
  options: { name: string; kind?: 'local_committee' | 'association'; admins?: number[]; members?: number[] },
): Promise<number> {
  counter += 1;
  const now = ctx.clock.now();
  const row = await ctx.db.kysely
    .insertInto('organisations')
    .values({
      name: options.name,
      slug: `org-${counter}-${Math.random().toString(36).slice(2, 7)}`,
      kind: options.kind ?? 'association',
      cvr: null,
      description: '',
      created_by: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = [
    ...(options.admins ?? []).map((userId) => ({ userId, role: 'admin' as const })),
    ...(options.members ?? []).map((userId) => ({ userId, role: 'member' as const })),
  ];
  for (const { userId, role } of rows) {
    await ctx.db.kysely
      .insertInto('memberships')
      .values({ organisation_id: row.id, user_id: userId, role, created_at: now })
      .execute();
  }
  return row.id;
}

export interface GrantsWorld {
  /** Admin of the local committee; chair when the rule is `chair`. */
  chair: TestPerson;
  /** A member of the local committee and reviewer. */
  reviewer: TestPerson;
  /** A member of the local committee who is not a reviewer. */
  member: TestPerson;
  applicant: TestPerson;
  /** The applicant's association, of which `reviewer` is also a member. */
  associationId: number;
  committeeId: number;
  pool: Pool;
}

/**
 * The TestClock starts on 2026-11-30; the pool is open all of November and December 2026 with a
 * budget of 10.000 kr. and at most 4.000 kr. per grant.
 */
export async function createGrantsWorld(
  ctx: AppContext,
  options: {
    rule?: DecisionRule;
    budgetOre?: number;
    maxGrantOre?: number;
    opensOn?: string;
    closesOn?: string;
  } = {},
): Promise<GrantsWorld> {
  await ensureAreas(ctx);
  const chair = await createPerson(ctx, { name: 'Lars Formand' });
  const reviewer = await createPerson(ctx, { name: 'Fatima Bedømmer' });
  const member = await createPerson(ctx, { name: 'Mads Medlem' });
  const applicant = await createPerson(ctx, { name: 'Jonas Ansøger' });
  const committeeId = await createOrganisation(ctx, {
    name: 'Testudvalget',
    kind: 'local_committee',
    admins: [chair.id],
    members: [reviewer.id, member.id],
  });
  const associationId = await createOrganisation(ctx, {
    name: 'Beboerforeningen',
    admins: [applicant.id],
    members: [reviewer.id],
  });
  const pool = await createPool(ctx, asUser(chair), committeeId, {
    title: `Hurtige handlinger ${counter}`,
    description: 'Små penge til lokale idéer.',
    criteria: 'Skal komme mange til gode.',
    opensOn: options.opensOn ?? '2026-11-01',
    closesOn: options.closesOn ?? '2026-12-31',
    budget: { ore: options.budgetOre ?? 1_000_000 },
    maxGrant: { ore: options.maxGrantOre ?? 400_000 },
    categories: ['bench', 'swap_shelf', 'communal_dining', 'green_pocket', 'culture', 'other'],
    reviewers: [String(chair.id), String(reviewer.id)],
    decisionRule: options.rule ?? 'majority',
    chairUserId: options.rule === 'chair' ? String(chair.id) : null,
    targetDays: 14,
  });
  return { chair, reviewer, member, applicant, associationId, committeeId, pool };
}

/** A complete application body as the API takes it: 2.500 kr. asked, budget lines that add up. */
export function applicationJsonBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Byttehylde ved kanalen',
    idea: 'En overdækket byttehylde, som naboerne passer på skift.',
    category: 'swap_shelf',
    areaSlug: 'sluseholmen',
    startsOn: '2026-12-05',
    endsOn: '2026-12-20',
    requestedOre: 250_000,
    cofundingOre: 50_000,
    budgetLines: [
      { description: 'Træ og skruer', amountOre: 200_000 },
      { description: 'Tagpap og maling', amountOre: 100_000 },
    ],
    termsAccepted: true,
    submit: true,
    ...overrides,
  };
}

/** The same as the service input. */
export function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    title: 'Byttehylde ved kanalen',
    idea: 'En overdækket byttehylde.',
    category: 'swap_shelf',
    areaSlug: 'sluseholmen',
    startsOn: '2026-12-05',
    endsOn: '2026-12-20',
    requested: { ore: 250_000 },
    cofunding: { ore: 50_000 },
    budgetLines: [
      { description: 'Træ og skruer', amount: { ore: 200_000 } },
      { description: 'Tagpap og maling', amount: { ore: 100_000 } },
    ],
    termsAccepted: true,
    ...overrides,
  };
}

/** Submits an application through the service and returns its id. */
export async function submitApplication(
  ctx: AppContext,
  world: GrantsWorld,
  overrides: Partial<ApplicationInput> = {},
  applicant: TestPerson = world.applicant,
): Promise<number> {
  return startApplication(ctx, asUser(applicant), world.pool.slug, applicationInput(overrides), true);
}

/** Counts the rows of every grant table, to show that a refused request saved nothing. */
export async function grantRowCounts(ctx: AppContext): Promise<Record<string, number>> {
  const tables = [
    'grant_pools',
    'grant_applications',
    'grant_budget_lines',
    'grant_votes',
    'grant_comments',
    'grant_events',
    'grant_ledger',
    'jobs',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await ctx.db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const pool = await ctx.db.kysely.selectFrom('grant_pools').select(['committed_ore', 'paid_ore']).execute();
  counts.committed = pool.reduce((sum, row) => sum + Number(row.committed_ore), 0);
  counts.paid = pool.reduce((sum, row) => sum + Number(row.paid_ore), 0);
  return counts;
}
