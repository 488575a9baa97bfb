import type { ApplicationStatus, GrantCategory, LedgerKind } from '#src/modules/grants/tables.ts';
import type { AppContext } from '#src/platform/context.ts';
import { DAY } from '#src/platform/time.ts';

let counter = 0;

function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

/** An organisation written straight to the database. */
export async function insertOrganisation(
  ctx: AppContext,
  name: string,
): Promise<{ id: number; slug: string }> {
  const slug = unique('org');
  const row = await ctx.db.kysely
    .insertInto('organisations')
    .values({ name, slug, kind: 'association', cvr: null, description: '', created_by: null, created_at: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, slug };
}

export interface TestPool {
  id: number;
  slug: string;
  title: string;
}

/** A pool of the given organisation, open through 2026, with every category. */
export async function insertPool(
  ctx: AppContext,
  organisationId: number,
  options: {
    budgetOre?: number;
    committedOre?: number;
    paidOre?: number;
    targetDays?: number;
    title?: string;
  } = {},
): Promise<TestPool> {
  const slug = unique('pulje');
  const title = options.title ?? `Hurtige handlinger ${slug}`;
  const row = await ctx.db.kysely
    .insertInto('grant_pools')
    .values({
      slug,
      organisation_id: organisationId,
      title,
      description: 'Små beløb til lokale idéer.',
      criteria: '',
      opens_on: '2026-01-01',
      closes_on: '2026-12-31',
      budget_ore: options.budgetOre ?? 10_000_000,
      max_grant_ore: 2_500_000,
      committed_ore: options.committedOre ?? 0,
      paid_ore: options.paidOre ?? 0,
      decision_rule: 'majority',
      chair_user_id: null,
      target_days: options.targetDays ?? 14,
      created_by: null,
      created_at: 0,
      updated_at: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db.kysely
    .insertInto('grant_pool_categories')
    .values(
      (['bench', 'swap_shelf', 'communal_dining', 'green_pocket', 'culture', 'other'] as const).map(
        (category) => ({
          pool_id: row.id,
          category,
        }),
      ),
    )
    .execute();
  return { id: row.id, slug, title };
}

export interface TestApplication {
  status: ApplicationStatus;
  title?: string;
  idea?: string;
  category?: GrantCategory;
  applicantId?: number | null;
  organisationId?: number | null;
  areaId?: number | null;
  placeId?: number | null;
  point?: { lat: number; lon: number };
  whereText?: string;
  requestedOre?: number;
  grantedOre?: number | null;
  decisionReason?: string | null;
  report?: string | null;
  actualSpendOre?: number | null;
  /** State changes as [status, days after 1 March 2026]; the first `submitted` starts the clock. */
  events?: Array<[ApplicationStatus, number]>;
}

export const MARCH_FIRST = Date.UTC(2026, 2, 1, 9, 0);

/** An application with its events, written straight to the database, satisfying every constraint. */
export async function insertApplication(
  ctx: AppContext,
  poolId: number,
  input: TestApplication,
): Promise<number> {
  const events =
    input.events ?? (input.status === 'draft' ? [] : [['submitted', 0] as [ApplicationStatus, number]]);
  const at = (days: number) => MARCH_FIRST + days * DAY;
  const submitted = events.find(([status]) => status === 'submitted');
  const decided = events.find(([status]) => status === 'approved' || status === 'rejected');
  const granted = ['approved', 'paid', 'reported'].includes(input.status);
  const row = await ctx.db.kysely
    .insertInto('grant_applications')
    .values({
      pool_id: poolId,
      applicant_id: input.applicantId ?? null,
      organisation_id: input.organisationId ?? null,
      title: input.title ?? unique('Ansøgning'),
      idea: input.idea ?? 'En god idé for kvarteret.',
      category: input.category ?? 'bench',
      place_id: input.placeId ?? null,
      area_id: input.areaId ?? null,
      lat: input.point?.lat ?? null,
      lon: input.point?.lon ?? null,
      where_text: input.whereText ?? '',
      starts_on: '2026-05-01',
      ends_on: '2026-05-31',
      requested_ore: input.requestedOre ?? 500_000,
      cofunding_ore: 0,
      sponsor_note: '',
      granted_ore: input.grantedOre ?? (granted ? (input.requestedOre ?? 500_000) : null),
      status: input.status,
      terms_accepted_at: input.status === 'draft' ? null : MARCH_FIRST,
      submitted_at:
        submitted === undefined ? (input.status === 'draft' ? null : MARCH_FIRST) : at(submitted[1]),
      decided_at: decided === undefined ? null : at(decided[1]),
      decision_reason:
        input.decisionReason ?? (input.status === 'rejected' ? 'Uden for puljens formål.' : null),
      decided_by: null,
      actual_spend_ore: input.actualSpendOre ?? null,
      report_text: input.report ?? null,
      reported_at: input.status === 'reported' ? at(60) : null,
      report_reminder_sent_at: null,
      created_at: MARCH_FIRST,
      updated_at: MARCH_FIRST,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (events.length > 0) {
    await ctx.db.kysely
      .insertInto('grant_events')
      .values(
        events.map(([status, days], index) => ({
          application_id: row.id,
          from_status: index === 0 ? 'draft' : (events[index - 1]?.[0] ?? null),
          to_status: status,
          actor_id: null,
          note: '',
          created_at: at(days),
        })),
      )
      .execute();
  }
  return row.id;
}

/** A ledger movement; the pool's own sums are the test's business. */
export async function insertLedger(
  ctx: AppContext,
  poolId: number,
  applicationId: number,
  kind: LedgerKind,
  amountOre: number,
  bookedOn: string | null = null,
): Promise<void> {
  await ctx.db.kysely
    .insertInto('grant_ledger')
    .values({
      pool_id: poolId,
      application_id: applicationId,
      kind,
      amount_ore: amountOre,
      booked_on: bookedOn,
      reference: '',
      created_by: null,
      created_at: MARCH_FIRST,
    })
    .execute();
}
