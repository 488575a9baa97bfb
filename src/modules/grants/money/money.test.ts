import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#src/db/database.ts';
import { withdrawApplication } from '#src/modules/grants/applications/service.ts';
import { recordPayout, recordReturn } from '#src/modules/grants/money/service.ts';
import { submitReport } from '#src/modules/grants/reports/service.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  grantRowCounts,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';
import type { TestDatabase } from '#src/testing/test-db.ts';

const FOUR_THOUSAND = {
  requested: { ore: 400_000 },
  cofunding: { ore: 0 },
  budgetLines: [{ description: 'Materialer', amount: { ore: 400_000 } }],
};

async function poolTotals(t: TestApp, poolId: number) {
  const pool = await t.ctx.db.kysely
    .selectFrom('grant_pools')
    .select(['committed_ore', 'paid_ore', 'budget_ore'])
    .where('id', '=', poolId)
    .executeTakeFirstOrThrow();
  const ledger = await t.ctx.db.kysely
    .selectFrom('grant_ledger')
    .select(['kind', 'amount_ore'])
    .where('pool_id', '=', poolId)
    .execute();
  const sum = (kind: string) =>
    ledger.filter((row) => row.kind === kind).reduce((total, row) => total + Number(row.amount_ore), 0);
  return {
    committed: Number(pool.committed_ore),
    paid: Number(pool.paid_ore),
    ledgerCommitted: sum('commit') - sum('release'),
    ledgerPaid: sum('pay') - sum('return'),
  };
}

/**
 * The money guarantee seen from outside: approvals of more than the budget land at the same moment
 * on two app instances sharing one database. Only what fits is committed; the rest are told, with
 * a 409, how much is left.
 */
describe('approvals landing at the same moment', () => {
  let first: TestApp;
  let second: TestApp;
  let secondDatabase: TestDatabase;
  let world: GrantsWorld;
  const ids: number[] = [];

  beforeAll(async () => {
    first = await createTestApp();
    // PostgreSQL: the second instance has its own connection pool, as a second server would.
    secondDatabase =
      first.database.config.dialect === 'postgres'
        ? { db: openDatabase(first.database.config), config: first.database.config, close: async () => {} }
        : first.database;
    second = await createTestApp({ database: secondDatabase });
    world = await createGrantsWorld(first.ctx, { budgetOre: 1_000_000, maxGrantOre: 400_000 });
    for (let index = 0; index < 8; index += 1) {
      const id = await submitApplication(first.ctx, world, { ...FOUR_THOUSAND, title: `Idé ${index}` });
      await castVote(first.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
      ids.push(id);
    }
  });
  afterAll(async () => {
    await second.close();
    if (secondDatabase !== first.database) await secondDatabase.db.close();
    await first.close();
  });

  it('never commits beyond the budget, and tells the others what is left', async () => {
    const responses = await Promise.all(
      [...ids, ...ids].map((id, index) =>
        (index % 2 === 0 ? first.app : second.app).inject({
          method: 'POST',
          url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
          headers: { authorization: `Bearer ${world.chair.apiToken}` },
          payload: { outcome: 'approve' },
        }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(14);
    const codes = responses
      .filter((response) => response.statusCode === 409)
      .map((response) => response.json().code);
    expect(new Set(codes)).toEqual(new Set(['over_budget', 'application_not_open']));
    const overBudget = responses.find((response) => response.json().code === 'over_budget');
    expect(overBudget?.json().message.da).toBe(
      'Der er ikke penge nok tilbage i puljen. Der er 2.000\u00a0kr. tilbage.',
    );

    const totals = await poolTotals(first, world.pool.id);
    expect(totals.committed).toBe(800_000);
    expect(totals.ledgerCommitted).toBe(800_000);
    const approved = await first.ctx.db.kysely
      .selectFrom('grant_applications')
      .select('id')
      .where('pool_id', '=', world.pool.id)
      .where('status', '=', 'approved')
      .execute();
    expect(approved).toHaveLength(2);
    const commits = await first.ctx.db.kysely
      .selectFrom('grant_ledger')
      .select('application_id')
      .where('kind', '=', 'commit')
      .execute();
    expect(commits.map((row) => row.application_id).sort()).toEqual(approved.map((row) => row.id).sort());
  });
});

describe('the ledger and the status machine', () => {
  let t: TestApp;
  let world: GrantsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx, { budgetOre: 1_000_000, maxGrantOre: 400_000 });
  });
  afterAll(async () => {
    await t.close();
  });

  async function approved(amountOre: number, grantedOre = amountOre): Promise<number> {
    const id = await submitApplication(t.ctx, world, {
      requested: { ore: amountOre },
      cofunding: { ore: 0 },
      budgetLines: [{ description: 'Alt', amount: { ore: amountOre } }],
    });
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await decideApplication(t.ctx, asUser(world.chair), world.pool.slug, id, {
      outcome: 'approve',
      amount: { ore: grantedOre },
    });
    return id;
  }

  function pay(id: number, amountOre: number) {
    return recordPayout(t.ctx, asUser(world.chair), world.pool.slug, id, {
      date: '2026-12-01',
      amount: { ore: amountOre },
      reference: `Bilag ${id}`,
    });
  }

  it('keeps the pool totals equal to the ledger through approvals, payouts, returns and withdrawals', async () => {
    const a = await approved(300_000);
    const b = await approved(400_000);
    const c = await approved(300_000, 200_000);
    await pay(a, 100_000);
    await pay(a, 200_000);
    await recordReturn(t.ctx, asUser(world.chair), world.pool.slug, a, {
      date: '2026-12-20',
      amount: { ore: 50_000 },
      reference: 'Ubrugt',
    });
    await withdrawApplication(t.ctx, asUser(world.applicant), b);
    await pay(c, 200_000);
    const totals = await poolTotals(t, world.pool.id);
    expect(totals).toEqual({
      committed: 450_000,
      paid: 450_000,
      ledgerCommitted: 450_000,
      ledgerPaid: 450_000,
    });
    const statuses = await t.ctx.db.kysely
      .selectFrom('grant_applications')
      .select(['id', 'status'])
      .where('id', 'in', [a, b, c])
      .orderBy('id')
      .execute();
    expect(statuses.map((row) => row.status)).toEqual(['paid', 'withdrawn', 'paid']);
  });

  it('refuses to pay a rejected application, with nothing saved', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput());
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'reject');
    await decideApplication(t.ctx, asUser(world.chair), world.pool.slug, id, {
      outcome: 'reject',
      amount: { ore: undefined },
      reason: 'Ligger uden for puljens formål.',
    });
    const before = await grantRowCounts(t.ctx);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications/${id}/payouts`,
      headers: { authorization: `Bearer ${world.chair.apiToken}` },
      payload: { date: '2026-12-01', amountOre: 1000 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('not_payable');
    expect(response.json().message.da).toBe('Kun bevilgede ansøgninger kan udbetales.');
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });

  it('refuses every other illegal move: decide twice, vote after the decision, withdraw after payout, report before payout, edit after submitting', async () => {
    const paid = await approved(100_000);
    await pay(paid, 100_000);
    const waiting = await approved(100_000);
    const submitted = await submitApplication(
      t.ctx,
      world,
      applicationInput({
        requested: { ore: 100_000 },
        cofunding: { ore: 0 },
        budgetLines: [{ description: 'Alt', amount: { ore: 100_000 } }],
      }),
    );
    const before = await grantRowCounts(t.ctx);
    const chair = asUser(world.chair);
    const applicant = asUser(world.applicant);
    await expect(
      decideApplication(t.ctx, chair, world.pool.slug, waiting, {
        outcome: 'approve',
        amount: { ore: undefined },
      }),
    ).rejects.toMatchObject({ code: 'application_not_open' });
    await expect(
      castVote(t.ctx, asUser(world.reviewer), world.pool.slug, waiting, 'reject'),
    ).rejects.toMatchObject({ code: 'application_not_open' });
    await expect(withdrawApplication(t.ctx, applicant, paid)).rejects.toMatchObject({
      code: 'application_not_withdrawable',
    });
    await expect(
      submitReport(t.ctx, applicant, waiting, { text: 'Færdig', actualSpend: { ore: 1 } }),
    ).rejects.toMatchObject({ code: 'not_reportable' });
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/grant-applications/${submitted}`,
      headers: { authorization: `Bearer ${world.applicant.apiToken}` },
      payload: { title: 'Ny titel' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('application_not_editable');
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });

  it('gives an approved grant back to the pool when the applicant withdraws before the payout', async () => {
    const before = await poolTotals(t, world.pool.id);
    const id = await approved(100_000);
    expect((await poolTotals(t, world.pool.id)).committed).toBe(before.committed + 100_000);
    await withdrawApplication(t.ctx, asUser(world.applicant), id);
    const after = await poolTotals(t, world.pool.id);
    expect(after.committed).toBe(before.committed);
    expect(after.ledgerCommitted).toBe(after.committed);
  });
});
