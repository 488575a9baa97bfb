import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setItemHiddenAt } from '#src/modules/giving/queries.ts';
import { completeItem } from '#src/modules/giving/service.ts';
import { postOffer } from '#src/modules/giving/test-support.ts';
import { startApplication } from '#src/modules/grants/applications/service.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  applicationJsonBody,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

function agentFor(t: TestApp, sessionToken: string): TestAgent {
  const agent = new TestAgent(t.app);
  agent.setCookie('byliv_session', sessionToken);
  return agent;
}

const FORM = {
  title: 'Bænk ved Slusen',
  idea: 'En bænk, hvor naboerne kan mødes.',
  category: 'bench',
  areaSlug: 'sluseholmen',
  startsOn: '2026-12-10',
  endsOn: '2026-12-12',
  line1Description: 'Bænk',
  line1Amount: '3.000',
  requested: '3.000',
  terms: 'ja',
  handling: 'indsend',
};

async function count(t: TestApp, table: 'grant_applications' | 'grant_sponsorships'): Promise<number> {
  const row = await t.ctx.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('sponsor pledges linked to sponsorship offers on the give-board', () => {
  let t: TestApp;
  let world: GrantsWorld;
  let openOffer: number;
  let givenOffer: number;
  let timeOffer: number;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    const sponsor = asUser(await createPerson(t.ctx, { name: 'Karin Tømmerhandel' }), 'Karin Tømmerhandel');
    openOffer = await postOffer(t.ctx, sponsor, {
      kind: 'sponsorship',
      sponsorshipKind: 'bench',
      title: 'Vi sponsorerer en bænk',
    });
    givenOffer = await postOffer(t.ctx, sponsor, {
      kind: 'sponsorship',
      sponsorshipKind: 'plants',
      title: 'Planter til et grønt hjørne',
    });
    await completeItem(t.ctx, sponsor, givenOffer);
    timeOffer = await postOffer(t.ctx, sponsor, { title: 'Jeg hjælper med at bære' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('offers only open sponsorship offers, links the ticked one, and shows it to the applicant and the reviewers', async () => {
    const applicant = agentFor(t, world.applicant.sessionToken);
    const form = await applicant.get(`/puljer/${world.pool.slug}/ansog`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Sponsorater fra Giv-tavlen');
    expect(form.body).toContain('Vi sponsorerer en bænk (Karin Tømmerhandel)');
    expect(form.body).not.toContain('Planter til et grønt hjørne');
    expect(form.body).not.toContain('Jeg hjælper med at bære');

    const sent = await applicant.post(`/puljer/${world.pool.slug}/ansog`, {
      ...FORM,
      sponsorOfferIds: [String(openOffer)],
      sponsorNote: 'Maling fra byggemarkedet',
    });
    expect(sent.statusCode).toBe(302);
    const ownPage = await applicant.get(String(sent.headers.location));
    expect(ownPage.body).toContain(`href="/giv/${openOffer}"`);
    expect(ownPage.body).toContain('Maling fra byggemarkedet');

    const id = Number(String(sent.headers.location).split('/').pop());
    const reviewer = agentFor(t, world.reviewer.sessionToken);
    const reviewPage = await reviewer.get(`/puljer/${world.pool.slug}/ansogninger/${id}`);
    expect(reviewPage.statusCode).toBe(200);
    expect(reviewPage.body).toContain(`href="/giv/${openOffer}"`);
    expect(reviewPage.body).toContain('Vi sponsorerer en bænk');
    expect(reviewPage.body).toContain('Karin Tømmerhandel');
  });

  it('refuses a given offer in the form with a message beside the field, and saves nothing', async () => {
    const before = {
      applications: await count(t, 'grant_applications'),
      links: await count(t, 'grant_sponsorships'),
    };
    const applicant = agentFor(t, world.applicant.sessionToken);
    const refused = await applicant.post(`/puljer/${world.pool.slug}/ansog`, {
      ...FORM,
      sponsorOfferIds: [String(openOffer), String(givenOffer)],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(
      'Sponsoratet &quot;Planter til et grønt hjørne&quot; er ikke længere åbent',
    );
    expect(refused.body).toContain('href="#sponsorOfferIds"');
    expect(await count(t, 'grant_applications')).toBe(before.applications);
    expect(await count(t, 'grant_sponsorships')).toBe(before.links);
  });

  it('refuses unknown offers and offers that are not sponsorships, also in a draft', async () => {
    for (const sponsorOfferIds of [['999999'], [String(timeOffer)], ['abc']]) {
      const error = await startApplication(
        t.ctx,
        asUser(world.applicant),
        world.pool.slug,
        applicationInput({ sponsorOfferIds }),
        false,
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.sponsorOfferIds?.key).toBe(
        'grants.validation.sponsorUnknown',
      );
    }
  });

  it('takes and returns sponsorOfferIds in the API, and refuses a given offer with the field named', async () => {
    const headers = { authorization: `Bearer ${world.applicant.apiToken}` };
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications`,
      headers,
      payload: applicationJsonBody({ submit: false, sponsorOfferIds: [openOffer] }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().sponsorOfferIds).toEqual([openOffer]);
    const id = created.json().id;
    const shown = await t.app.inject({ url: `/api/v1/grant-applications/${id}`, headers });
    expect(shown.json().sponsorOfferIds).toEqual([openOffer]);

    const refused = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/grant-applications/${id}`,
      headers,
      payload: applicationJsonBody({ submit: false, sponsorOfferIds: [givenOffer] }),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((error: { field: string }) => error.field)).toEqual(['sponsorOfferIds']);
    expect(
      (await t.app.inject({ url: `/api/v1/grant-applications/${id}`, headers })).json().sponsorOfferIds,
    ).toEqual([openOffer]);

    const unlinked = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/grant-applications/${id}`,
      headers,
      payload: applicationJsonBody({ submit: false, sponsorOfferIds: [] }),
    });
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().sponsorOfferIds).toEqual([]);
  });

  it('names the sponsor on the public page of a funded initiative, but not an offer a moderator hid', async () => {
    const sponsor = asUser(await createPerson(t.ctx, { name: 'Skjult Sponsor' }), 'Skjult Sponsor');
    const hiddenOffer = await postOffer(t.ctx, sponsor, {
      kind: 'sponsorship',
      sponsorshipKind: 'money',
      title: 'Penge til maling',
    });
    const id = await submitApplication(
      t.ctx,
      world,
      applicationInput({ sponsorOfferIds: [openOffer, hiddenOffer] }),
    );
    await setItemHiddenAt(t.ctx.db.kysely, hiddenOffer, t.ctx.clock.now());
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await decideApplication(t.ctx, asUser(world.chair), world.pool.slug, id, {
      outcome: 'approve',
      amount: { ore: undefined },
    });
    const page = await t.app.inject({ url: `/puljer/${world.pool.slug}/bevillinger/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/giv/${openOffer}"`);
    expect(page.body).toContain('Karin Tømmerhandel');
    expect(page.body).not.toContain('Skjult Sponsor');
    expect(page.body).not.toContain('Penge til maling');
  });
});
