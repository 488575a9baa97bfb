import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrantsWorld, type GrantsWorld } from '#src/modules/grants/test-support.ts';
import { TestAgent } from '#src/testing/agent.ts';
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
  line2Description: 'Maling',
  line2Amount: '500,50',
  requested: '3.500,50',
  cofunding: '',
  terms: 'ja',
  handling: 'indsend',
};

describe('the grant forms, from pool to report, without JavaScript', () => {
  let t: TestApp;
  let world: GrantsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    await t.takeMail();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets the committee admin create a pool with reviewers chosen among its members', async () => {
    const chair = agentFor(t, world.chair.sessionToken);
    const form = await chair.get('/puljer/ny');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Fatima Bedømmer');
    const refused = await chair.post('/puljer/ny', {
      organisationId: String(world.committeeId),
      title: 'Forårspuljen',
      opensOn: '2027-03-01',
      closesOn: '2027-02-01',
      budget: '-5',
      maxGrant: 'mange',
      decisionRule: 'chair',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Sidste ansøgningsdag skal være samme dag som eller efter åbningsdagen');
    expect(refused.body).toContain('Beløbet kan ikke være negativt');
    expect(refused.body).toContain('Skriv beløbet som et tal i kroner');
    expect(refused.body).toContain('Vælg formanden blandt bedømmerne');
    const created = await chair.post('/puljer/ny', {
      organisationId: String(world.committeeId),
      title: 'Forårspuljen',
      opensOn: '2027-03-01',
      closesOn: '2027-05-31',
      budget: '20.000',
      maxGrant: '5.000',
      categories: ['bench', 'culture'],
      reviewers: [String(world.chair.id), String(world.reviewer.id)],
      decisionRule: 'chair',
      chairUserId: String(world.chair.id),
      targetDays: '10',
    });
    expect(created.statusCode).toBe(302);
    expect(created.headers.location).toBe('/puljer/foraarspuljen');
    const page = await chair.get('/puljer/foraarspuljen');
    expect(page.body).toContain('Puljen åbner for ansøgninger 1. marts 2027.');
    expect(page.body).toContain('20.000\u00a0kr.');
  });

  it('refuses the pool form to a member who is not an admin', async () => {
    const member = agentFor(t, world.member.sessionToken);
    expect((await member.get('/puljer/ny')).statusCode).toBe(403);
    expect((await member.get(`/puljer/${world.pool.slug}/rediger`)).statusCode).toBe(403);
  });

  it('shows the pool with its remaining budget and the "Søg puljen" button', async () => {
    const page = await t.app.inject({ url: `/puljer/${world.pool.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Søg puljen');
    expect(page.body).toContain(`href="/puljer/${world.pool.slug}/ansog"`);
    expect(page.body).toContain('10.000\u00a0kr.');
  });

  it('keeps a draft, lists it, and submits it after fixing the amount', async () => {
    const applicant = agentFor(t, world.applicant.sessionToken);
    expect((await applicant.get(`/puljer/${world.pool.slug}/ansog`)).statusCode).toBe(200);
    const draft = await applicant.post(`/puljer/${world.pool.slug}/ansog`, {
      ...FORM,
      requested: '5000',
      handling: 'kladde',
    });
    expect(draft.statusCode).toBe(302);
    expect(draft.headers.location).toBe('/mine-ansogninger');
    const mine = await applicant.get('/mine-ansogninger');
    expect(mine.body).toContain('Bænk ved Slusen');
    expect(mine.body).toContain('Kladde');
    const id = /\/mine-ansogninger\/(\d+)\/rediger/.exec(mine.body)?.[1] ?? '';
    const resumed = await applicant.get(`/mine-ansogninger/${id}/rediger`);
    expect(resumed.body).toContain('value="Bænk ved Slusen"');
    const tooMuch = await applicant.post(`/mine-ansogninger/${id}/rediger`, { ...FORM, requested: '5000' });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.body).toContain('Puljen giver højst 4.000\u00a0kr. pr. ansøgning');
    expect(tooMuch.body).toContain('value="5000"');
    const submitted = await applicant.post(`/mine-ansogninger/${id}/rediger`, FORM);
    expect(submitted.statusCode).toBe(302);
    expect(submitted.headers.location).toBe(`/mine-ansogninger/${id}`);
    // When the project runs is written out in Danish, not as ISO dates.
    const own = await applicant.get(`/mine-ansogninger/${id}`);
    expect(own.body).toContain('10.–12. december 2026');
    expect(own.body).not.toContain('2026-12-10');
    const mail = await t.takeMail();
    expect(mail.map((message) => message.subject)).toEqual(
      expect.arrayContaining([
        'Ny ansøgning at bedømme: Bænk ved Slusen',
        'Vi har modtaget din ansøgning: Bænk ved Slusen',
      ]),
    );
  });

  it('takes the application through votes, a smaller grant, payout and report', async () => {
    const applicant = agentFor(t, world.applicant.sessionToken);
    const chair = agentFor(t, world.chair.sessionToken);
    const mine = await applicant.get('/mine-ansogninger');
    const id = /\/mine-ansogninger\/(\d+)"/.exec(mine.body)?.[1] ?? '';
    const base = `/puljer/${world.pool.slug}/ansogninger/${id}`;
    const queue = await chair.get(`/puljer/${world.pool.slug}/bedoem`);
    expect(queue.body).toContain('Bænk ved Slusen');
    expect(queue.body).toContain('0 af 14 dage');
    expect((await chair.post(`${base}/stem`, { vote: 'approve' })).statusCode).toBe(302);
    const page = await chair.get(base);
    expect(page.body).toContain('For: 1, imod: 0, undlod: 0');
    const decided = await chair.post(`${base}/afgoer`, { outcome: 'approve', amount: '3000', reason: '' });
    expect(decided.statusCode).toBe(302);
    const approvedMail = (await t.takeMail()).find((message) => message.to === world.applicant.email);
    expect(approvedMail?.text).toContain('Du søgte 3.500,50');
    const payout = await chair.get(`${base}/udbetal`);
    expect(payout.body).toContain('value="3000"');
    expect(
      (await chair.post(`${base}/udbetal`, { date: '2026-12-01', amount: '3000', reference: 'Bilag 17' }))
        .statusCode,
    ).toBe(302);
    const report = await applicant.post(`/mine-ansogninger/${id}/rapport`, {
      text: 'Bænken står der nu.',
      actualSpend: '2.950',
    });
    expect(report.statusCode).toBe(302);
    const own = await applicant.get(`/mine-ansogninger/${id}`);
    expect(own.body).toContain('Rapporteret');
    expect(own.body).toContain('Bænken står der nu.');
    const reviewerMail = (await t.takeMail()).filter((message) =>
      message.subject.startsWith('Rapport modtaget'),
    );
    expect(reviewerMail).toHaveLength(2);
  });
});
