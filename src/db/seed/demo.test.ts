import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, seedDemoData } from '#src/db/seed/demo.ts';
import { prepareData } from '#src/db/seed/prepare.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

async function count(t: TestApp, table: 'users' | 'organisations' | 'memberships'): Promise<number> {
  const row = await t.ctx.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SEED_DEMO: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds the Vesterbro and Sydhavn organisations and returns logins that work', async () => {
    const logins = await prepareData(t.ctx);
    expect(logins.length).toBeGreaterThanOrEqual(6);
    expect(logins.every((login) => login.password === DEMO_PASSWORD)).toBe(true);
    expect(await count(t, 'organisations')).toBe(DEMO_ORGANISATIONS.length);

    const list = await t.app.inject({ url: '/api/v1/organisations?limit=100' });
    const names = list.json().items.map((item: { name: string }) => item.name);
    expect(names).toContain('Vesterbro–Kongens Enghave Lokaludvalg');
    expect(names).toContain('Boligforeningen Sluseholmen');
    expect(names).toContain('Skolen i Sydhavnen');

    const admin = await t.ctx.db.kysely
      .selectFrom('users')
      .select(['is_admin', 'email_verified_at'])
      .where('email', '=', 'admin@byliv.example')
      .executeTakeFirstOrThrow();
    expect(admin.is_admin).toBe(1);
    expect(admin.email_verified_at).not.toBeNull();

    const browser = new TestAgent(t.app);
    await browser.get('/log-ind');
    const login = await browser.post('/log-ind', { email: 'mette@byliv.example', password: DEMO_PASSWORD });
    expect(login.statusCode).toBe(302);
    const page = await browser.get('/organisationer/beboerforeningen-teglholmen');
    expect(page.body).toContain('Mette Kjærgaard');
    expect(page.body).toContain('>Inviter<');
  });

  it('gives the ildsjæl two associations to run and the new resident none', async () => {
    const adminOf = await t.ctx.db.kysely
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('memberships.organisation_id')
      .where('users.email', '=', 'mette@byliv.example')
      .where('memberships.role', '=', 'admin')
      .execute();
    expect(adminOf).toHaveLength(2);
    const newcomer = await t.ctx.db.kysely
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('memberships.organisation_id')
      .where('users.email', '=', 'jonas@byliv.example')
      .execute();
    expect(newcomer).toHaveLength(0);
  });

  it('does nothing the second time', async () => {
    const before = [await count(t, 'users'), await count(t, 'organisations'), await count(t, 'memberships')];
    expect(await prepareData(t.ctx)).toEqual([]);
    expect(await seedDemoData(t.ctx)).toEqual([]);
    expect([await count(t, 'users'), await count(t, 'organisations'), await count(t, 'memberships')]).toEqual(
      before,
    );
  });
});

describe('preparing the data at start with demo data off', () => {
  it('loads the districts and adds no demo people', async () => {
    const t = await createTestApp({ env: { SEED_DEMO: 'false' } });
    try {
      expect(await prepareData(t.ctx)).toEqual([]);
      expect(await count(t, 'users')).toBe(0);
      const areas = await t.ctx.db.kysely
        .selectFrom('areas')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(areas.n)).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
