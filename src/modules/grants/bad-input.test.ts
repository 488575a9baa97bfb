import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_TITLE_MAX } from '#src/modules/grants/limits.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationJsonBody,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  grantRowCounts,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** Part 10: every bad amount, a closed pool and a decision without reason get their own message, and nothing is half-saved. */
describe('bad input to the quick-action pool', () => {
  let t: TestApp;
  let world: GrantsWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx, { budgetOre: 1_000_000, maxGrantOre: 400_000 });
  });
  afterAll(async () => {
    await t.close();
  });

  async function apply(slug: string, token: string, overrides: Record<string, unknown>) {
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${slug}/applications`,
      headers: { authorization: `Bearer ${token}` },
      payload: applicationJsonBody(overrides),
    });
  }

  async function expectRefused(
    send: () => Promise<{
      statusCode: number;
      json(): { errors?: Array<{ field: string; message: { da: string } }> };
    }>,
    field: string,
    message: string,
  ) {
    const before = await grantRowCounts(t.ctx);
    const response = await send();
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ field, message: expect.objectContaining({ da: message }) }),
    );
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  }

  it('refuses a negative amount', async () => {
    await expectRefused(
      () => apply(world.pool.slug, world.applicant.apiToken, { requestedOre: -100 }),
      'requestedOre',
      'Beløbet kan ikke være negativt',
    );
  });

  it('refuses an amount of zero', async () => {
    await expectRefused(
      () =>
        apply(world.pool.slug, world.applicant.apiToken, {
          requestedOre: 0,
          budgetLines: [{ description: 'Intet', amountOre: 50_000 }],
        }),
      'requestedOre',
      'Beløbet skal være større end 0 kr.',
    );
  });

  it('refuses an amount above the pool maximum', async () => {
    await expectRefused(
      () =>
        apply(world.pool.slug, world.applicant.apiToken, {
          requestedOre: 450_000,
          cofundingOre: 0,
          budgetLines: [{ description: 'Alt', amountOre: 450_000 }],
        }),
      'requestedOre',
      'Puljen giver højst 4.000\u00a0kr. pr. ansøgning',
    );
  });

  it('refuses budget lines that do not add up to the amount plus co-funding', async () => {
    await expectRefused(
      () => apply(world.pool.slug, world.applicant.apiToken, { cofundingOre: 0 }),
      'budgetLines/0/amountOre',
      'Budgetlinjerne giver 3.000\u00a0kr., men ansøgt beløb plus medfinansiering er 2.500\u00a0kr. Ret tallene, så de passer',
    );
  });

  it('refuses a submission without the terms accepted', async () => {
    await expectRefused(
      () => apply(world.pool.slug, world.applicant.apiToken, { termsAccepted: false }),
      'terms',
      'Du skal acceptere betingelserne for at indsende',
    );
  });

  it('refuses a non-numeric and a negative amount typed into the form, and keeps what was typed', async () => {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', world.applicant.sessionToken);
    const before = await grantRowCounts(t.ctx);
    const response = await agent.post(`/puljer/${world.pool.slug}/ansog`, {
      title: 'Fællesspisning',
      idea: 'Mad for alle',
      category: 'communal_dining',
      areaSlug: 'teglholmen',
      startsOn: '2026-12-01',
      endsOn: '2026-12-01',
      requested: 'to tusind',
      cofunding: '-50',
      line1Description: 'Mad',
      line1Amount: '2000',
      terms: 'ja',
      handling: 'indsend',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Skriv beløbet som et tal i kroner, fx 2.500 eller 2500,50');
    expect(response.body).toContain('Beløbet kan ikke være negativt');
    expect(response.body).toContain('value="to tusind"');
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });

  it('gives the same field error for an over-long title in the form and in the API', async () => {
    const title = 'x'.repeat(APPLICATION_TITLE_MAX + 1);
    const message = `Teksten må højst være ${APPLICATION_TITLE_MAX} tegn`;
    await expectRefused(() => apply(world.pool.slug, world.applicant.apiToken, { title }), 'title', message);
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', world.applicant.sessionToken);
    const before = await grantRowCounts(t.ctx);
    const form = await agent.post(`/puljer/${world.pool.slug}/ansog`, { title, handling: 'kladde' });
    expect(form.statusCode).toBe(422);
    expect(form.body).toContain(message);
    expect(form.body).toContain(`maxlength="${APPLICATION_TITLE_MAX}"`);
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });

  it('refuses an amount above what is left in the pool', async () => {
    // Two approvals of 4.000 kr. leave 2.000 kr. of the 10.000 kr.
    for (const _ of [1, 2]) {
      const id = await submitApplication(t.ctx, world, {
        requested: { ore: 400_000 },
        cofunding: { ore: 0 },
        budgetLines: [{ description: 'Alt', amount: { ore: 400_000 } }],
      });
      await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
      const decided = await t.app.inject({
        method: 'POST',
        url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
        headers: { authorization: `Bearer ${world.chair.apiToken}` },
        payload: { outcome: 'approve' },
      });
      expect(decided.statusCode).toBe(200);
    }
    await expectRefused(
      () => apply(world.pool.slug, world.applicant.apiToken, {}),
      'requestedOre',
      'Der er kun 2.000\u00a0kr. tilbage i puljen. Søg et mindre beløb.',
    );
  });

  it('refuses applications to a pool that has not opened or has closed, naming the date', async () => {
    const upcoming = await createGrantsWorld(t.ctx, { opensOn: '2027-01-01', closesOn: '2027-03-31' });
    const closed = await createGrantsWorld(t.ctx, { opensOn: '2026-01-01', closesOn: '2026-06-30' });
    await expectRefused(
      () => apply(upcoming.pool.slug, upcoming.applicant.apiToken, {}),
      'pool',
      'Puljen er ikke åben endnu. Du kan søge fra 2027-01-01. Gem gerne en kladde så længe.',
    );
    await expectRefused(
      () => apply(closed.pool.slug, closed.applicant.apiToken, {}),
      'pool',
      'Puljen lukkede for ansøgninger 2026-06-30. Se efter andre puljer.',
    );
    const page = await t.app.inject({ url: `/puljer/${closed.pool.slug}` });
    expect(page.body).toContain('Puljen lukkede for ansøgninger 30. juni 2026.');
    expect(page.body).not.toContain('Søg puljen');
  });

  it('refuses a rejection without a reason, in the form and in the API', async () => {
    const id = await submitApplication(t.ctx, world, {
      requested: { ore: 100_000 },
      cofunding: { ore: 0 },
      budgetLines: [{ description: 'Alt', amount: { ore: 100_000 } }],
    });
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'reject');
    await expectRefused(
      () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
          headers: { authorization: `Bearer ${world.chair.apiToken}` },
          payload: { outcome: 'reject', reason: '   ' },
        }),
      'reason',
      'Skriv en begrundelse for afslaget – den sendes til ansøgeren',
    );
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', world.chair.sessionToken);
    const before = await grantRowCounts(t.ctx);
    const form = await agent.post(`/puljer/${world.pool.slug}/ansogninger/${id}/afgoer`, {
      outcome: 'reject',
      reason: '',
    });
    expect(form.statusCode).toBe(422);
    expect(form.body).toContain('Skriv en begrundelse for afslaget – den sendes til ansøgeren');
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });

  it('refuses a payout above what was granted', async () => {
    const id = await submitApplication(t.ctx, world, {
      requested: { ore: 100_000 },
      cofunding: { ore: 0 },
      budgetLines: [{ description: 'Alt', amount: { ore: 100_000 } }],
    });
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    const headers = { authorization: `Bearer ${world.chair.apiToken}` };
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
      headers,
      payload: { outcome: 'approve' },
    });
    await expectRefused(
      () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/pools/${world.pool.slug}/applications/${id}/payouts`,
          headers,
          payload: { date: '2026-12-01', amountOre: 100_001, reference: 'for meget' },
        }),
      'amountOre',
      'Der kan højst udbetales 1.000\u00a0kr. (bevilget minus allerede udbetalt)',
    );
  });
});
