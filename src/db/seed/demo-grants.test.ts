import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POOL_SLUG, seedDemoGrants } from '#src/db/seed/demo-grants.ts';
import { prepareData } from '#src/db/seed/prepare.ts';
import { APPLICATION_STATUSES } from '#src/modules/grants/tables.ts';
import { MAIL_JOB } from '#src/platform/mail.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the demo quick-action pool', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SEED_DEMO: 'true' } });
    await prepareData(t.ctx);
    await seedDemoGrants(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('has an application in every state, run by the local committee', async () => {
    const pool = await t.app.inject({ url: `/api/v1/pools/${DEMO_POOL_SLUG}` });
    expect(pool.json()).toMatchObject({
      organisation: { slug: 'vesterbro-kongens-enghave-lokaludvalg' },
      phase: 'open',
    });
    const rows = await t.ctx.db.kysely.selectFrom('grant_applications').select('status').execute();
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(APPLICATION_STATUSES));
  });

  it('keeps its money consistent: the pool totals equal the ledger', async () => {
    const pool = await t.ctx.db.kysely
      .selectFrom('grant_pools')
      .selectAll()
      .where('slug', '=', DEMO_POOL_SLUG)
      .executeTakeFirstOrThrow();
    const ledger = await t.ctx.db.kysely.selectFrom('grant_ledger').select(['kind', 'amount_ore']).execute();
    const sum = (kind: string) =>
      ledger.filter((row) => row.kind === kind).reduce((total, row) => total + Number(row.amount_ore), 0);
    expect(Number(pool.committed_ore)).toBe(sum('commit') - sum('release'));
    expect(Number(pool.paid_ore)).toBe(sum('pay') - sum('return'));
    expect(Number(pool.paid_ore)).toBeGreaterThan(0);
  });

  it('spreads decisions over realistic waiting times and mails nobody', async () => {
    const decided = await t.ctx.db.kysely
      .selectFrom('grant_applications')
      .select(['submitted_at', 'decided_at'])
      .where('decided_at', 'is not', null)
      .execute();
    const days = decided.map((row) =>
      Math.round(((row.decided_at ?? 0) - (row.submitted_at ?? 0)) / 86_400_000),
    );
    expect(Math.min(...days)).toBeLessThan(7);
    expect(Math.max(...days)).toBeGreaterThan(14);
    const mail = await t.ctx.db.kysely.selectFrom('jobs').select('id').where('kind', '=', MAIL_JOB).execute();
    expect(mail).toEqual([]);
  });

  it('does nothing the second time', async () => {
    const before = await t.ctx.db.kysely.selectFrom('grant_applications').select('id').execute();
    await seedDemoGrants(t.ctx);
    expect(await t.ctx.db.kysely.selectFrom('grant_applications').select('id').execute()).toEqual(before);
  });
});
