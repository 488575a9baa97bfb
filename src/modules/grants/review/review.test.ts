import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApplication, updateApplication } from '#src/modules/grants/applications/service.ts';
import { addComment, castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import { DAY } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

function agentFor(t: TestApp, sessionToken: string): TestAgent {
  const agent = new TestAgent(t.app);
  agent.setCookie('byliv_session', sessionToken);
  return agent;
}

function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

describe('review: who may see, vote and decide', () => {
  let t: TestApp;
  let world: GrantsWorld;
  let fromAssociation: number;
  let personal: number;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    fromAssociation = await submitApplication(
      t.ctx,
      world,
      applicationInput({ title: 'Foreningens bænk', organisationId: String(world.associationId) }),
    );
    personal = await submitApplication(
      t.ctx,
      world,
      applicationInput({ title: 'Min grønne lomme', category: 'green_pocket' }),
    );
    await t.takeMail();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a reviewer a vote on an application from their own organisation, and says why on the page', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/pools/${world.pool.slug}/applications/${fromAssociation}/vote`,
      headers: bearer(world.reviewer.apiToken),
      payload: { vote: 'approve' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('conflict_of_interest');
    const votes = await t.ctx.db.kysely
      .selectFrom('grant_votes')
      .selectAll()
      .where('application_id', '=', fromAssociation)
      .execute();
    expect(votes).toEqual([]);
    const page = await agentFor(t, world.reviewer.sessionToken).get(
      `/puljer/${world.pool.slug}/ansogninger/${fromAssociation}`,
    );
    expect(page.body).toContain(
      'Du kan ikke stemme om eller afgøre denne ansøgning, fordi den kommer fra en organisation, du selv er medlem af.',
    );
    expect(page.body).not.toContain('Afgiv stemme');
    const other = await agentFor(t, world.reviewer.sessionToken).get(
      `/puljer/${world.pool.slug}/ansogninger/${personal}`,
    );
    expect(other.body).toContain('Afgiv stemme');
  });

  it('lets a reviewer change the vote until the application is decided', async () => {
    const reviewer = agentFor(t, world.reviewer.sessionToken);
    const url = `/puljer/${world.pool.slug}/ansogninger/${personal}`;
    await reviewer.get(url);
    await reviewer.post(`${url}/stem`, { vote: 'reject' });
    await reviewer.post(`${url}/stem`, { vote: 'abstain' });
    const votes = await t.ctx.db.kysely
      .selectFrom('grant_votes')
      .select('vote')
      .where('application_id', '=', personal)
      .execute();
    expect(votes).toEqual([{ vote: 'abstain' }]);
  });

  it('orders the queue by waiting time, not by when the draft was started', async () => {
    const draft = await startApplication(
      t.ctx,
      asUser(world.applicant),
      world.pool.slug,
      applicationInput({ title: 'Startet først' }),
      false,
    );
    await submitApplication(t.ctx, world, applicationInput({ title: 'Indsendt først' }));
    t.clock.advance(3 * DAY);
    await updateApplication(
      t.ctx,
      asUser(world.applicant),
      draft,
      applicationInput({ title: 'Startet først' }),
      true,
    );
    const queue = await agentFor(t, world.chair.sessionToken).get(`/puljer/${world.pool.slug}/bedoem`);
    const body = queue.body;
    expect(body.indexOf('Indsendt først')).toBeLessThan(body.indexOf('Startet først'));
    expect(body).toContain('3 af 14 dage');
    const api = await t.app.inject({
      url: `/api/v1/pools/${world.pool.slug}/queue`,
      headers: bearer(world.chair.apiToken),
    });
    const titles = api
      .json()
      .waiting.map((item: { application: { title: string } }) => item.application.title);
    expect(titles.indexOf('Indsendt først')).toBeLessThan(titles.indexOf('Startet først'));
  });

  it('shows the queue and comments only to reviewers and pool admins', async () => {
    await addComment(
      t.ctx,
      asUser(world.chair),
      world.pool.slug,
      personal,
      'Intern note: budgettet ser højt ud',
    );
    const url = `/puljer/${world.pool.slug}/bedoem`;
    const queue = await agentFor(t, world.reviewer.sessionToken).get(url);
    expect(queue.statusCode).toBe(200);
    for (const person of [world.member, world.applicant]) {
      expect((await agentFor(t, person.sessionToken).get(url)).statusCode).toBe(403);
      expect(
        (await agentFor(t, person.sessionToken).get(`/puljer/${world.pool.slug}/ansogninger/${personal}`))
          .statusCode,
      ).toBe(403);
      const api = await t.app.inject({
        url: `/api/v1/pools/${world.pool.slug}/queue`,
        headers: bearer(person.apiToken),
      });
      expect(api.statusCode).toBe(403);
    }
    const anonymous = await new TestAgent(t.app).get(url);
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toContain('/log-ind');
    const review = await agentFor(t, world.reviewer.sessionToken).get(
      `/puljer/${world.pool.slug}/ansogninger/${personal}`,
    );
    expect(review.body).toContain('Intern note: budgettet ser højt ud');
    const own = await agentFor(t, world.applicant.sessionToken).get(`/mine-ansogninger/${personal}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('Intern note');
    const ownJson = await t.app.inject({
      url: `/api/v1/grant-applications/${personal}`,
      headers: bearer(world.applicant.apiToken),
    });
    expect(JSON.stringify(ownJson.json())).not.toContain('Intern note');
  });

  it('shows applicants their own applications only', async () => {
    const stranger = await createPerson(t.ctx, { name: 'Nysgerrig Nabo' });
    expect((await agentFor(t, stranger.sessionToken).get(`/mine-ansogninger/${personal}`)).statusCode).toBe(
      403,
    );
    const api = await t.app.inject({
      url: `/api/v1/grant-applications/${personal}`,
      headers: bearer(stranger.apiToken),
    });
    expect(api.statusCode).toBe(403);
    const mine = await t.app.inject({
      url: '/api/v1/grant-applications/mine',
      headers: bearer(stranger.apiToken),
    });
    expect(mine.json()).toEqual({ items: [] });
    expect((await agentFor(t, stranger.sessionToken).get('/mine-ansogninger')).body).not.toContain(
      'Min grønne lomme',
    );
  });

  it('waits for a majority: a tie cannot be approved or rejected, only sent back for more information', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Uafgjort' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await castVote(t.ctx, asUser(world.chair), world.pool.slug, id, 'reject');
    const url = `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`;
    const approve = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(world.chair.apiToken),
      payload: { outcome: 'approve' },
    });
    expect(approve.statusCode).toBe(403);
    expect(approve.json().message.da).toBe(
      'Der er endnu ikke flertal for eller imod. Afgørelsen kan registreres, når der er flertal.',
    );
    const byReviewer = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(world.reviewer.apiToken),
      payload: { outcome: 'needs_info', reason: 'Hvor præcis?' },
    });
    expect(byReviewer.statusCode).toBe(403);
    expect(byReviewer.json().message.da).toBe(
      'Kun administratorer af organisationen bag puljen kan registrere afgørelsen.',
    );
  });
});

describe('review under the chair rule', () => {
  let t: TestApp;
  let world: GrantsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx, { rule: 'chair' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets only the chair decide, and only after someone has voted', async () => {
    const id = await submitApplication(t.ctx, world);
    const url = `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`;
    const early = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(world.chair.apiToken),
      payload: { outcome: 'approve' },
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().message.da).toContain('Ingen bedømmere har stemt endnu');
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'reject');
    const notChair = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(world.reviewer.apiToken),
      payload: { outcome: 'approve' },
    });
    expect(notChair.statusCode).toBe(403);
    expect(notChair.json().message.da).toBe('Kun puljens formand kan afgøre ansøgningen.');
    const decided = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(world.chair.apiToken),
      payload: { outcome: 'approve', grantedOre: 150_000 },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toEqual({ id, status: 'approved' });
  });
});

describe('e-mail on each change of state, in each recipient language', () => {
  let t: TestApp;
  let world: GrantsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    await t.ctx.db.kysely
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', world.reviewer.id)
      .execute();
    await t.takeMail();
  });
  afterAll(async () => {
    await t.close();
  });

  const headers = () => bearer(world.chair.apiToken);

  it('tells the reviewers and the applicant about a submission', async () => {
    await submitApplication(t.ctx, world, applicationInput({ title: 'Nabokaffe' }));
    const mail = await t.takeMail();
    const byRecipient = Object.fromEntries(mail.map((message) => [message.to, message]));
    expect(byRecipient[world.reviewer.email]?.subject).toBe('New application to review: Nabokaffe');
    expect(byRecipient[world.reviewer.email]?.text).toContain(`/puljer/${world.pool.slug}/ansogninger/`);
    expect(byRecipient[world.chair.email]?.subject).toBe('Ny ansøgning at bedømme: Nabokaffe');
    expect(byRecipient[world.applicant.email]?.subject).toBe('Vi har modtaget din ansøgning: Nabokaffe');
    expect(mail).toHaveLength(3);
  });

  it('asks the applicant for more information and tells the reviewers when it comes back, noting each turn', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Grøn lomme' }));
    await t.takeMail();
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
      headers: headers(),
      payload: { outcome: 'needs_info', reason: 'Hvem skal vande planterne?' },
    });
    expect(asked.json()).toEqual({ id, status: 'needs_info' });
    const [question] = await t.takeMail();
    expect(question?.to).toBe(world.applicant.email);
    expect(question?.text).toContain('Hvem skal vande planterne?');
    expect(question?.text).toContain(`/mine-ansogninger/${id}/rediger`);
    const page = await agentFor(t, world.applicant.sessionToken).get(`/mine-ansogninger/${id}/rediger`);
    expect(page.body).toContain('Hvem skal vande planterne?');
    expect(page.body).toContain('Indsend igen');
    const answered = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/grant-applications/${id}`,
      headers: bearer(world.applicant.apiToken),
      payload: {
        title: 'Grøn lomme',
        idea: 'Naboerne i nr. 12 vander på skift.',
        category: 'green_pocket',
        areaSlug: 'teglholmen',
        startsOn: '2026-12-05',
        endsOn: '2026-12-20',
        requestedOre: 250_000,
        cofundingOre: 50_000,
        budgetLines: [{ description: 'Planter og jord', amountOre: 300_000 }],
        termsAccepted: true,
        submit: true,
      },
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().status).toBe('submitted');
    const back = await t.takeMail();
    expect(back.map((message) => message.subject).sort()).toEqual([
      'Ansøgning sendt igen: Grøn lomme',
      'Application sent again: Grøn lomme',
      'Vi har modtaget dine svar: Grøn lomme',
    ]);
    const events = await t.ctx.db.kysely
      .selectFrom('grant_events')
      .select(['from_status', 'to_status', 'note'])
      .where('application_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { from_status: null, to_status: 'submitted', note: '' },
      { from_status: 'submitted', to_status: 'needs_info', note: 'Hvem skal vande planterne?' },
      { from_status: 'needs_info', to_status: 'submitted', note: '' },
    ]);
  });

  it('sends the reason of a rejection to the applicant, who sees it on the page too', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Koncert i gården' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'reject');
    await t.takeMail();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
      headers: headers(),
      payload: { outcome: 'reject', reason: 'Puljen støtter ikke arrangementer med entré.' },
    });
    const [rejected] = await t.takeMail();
    expect(rejected?.subject).toBe('Din ansøgning er afvist: Koncert i gården');
    expect(rejected?.text).toContain('Begrundelse: Puljen støtter ikke arrangementer med entré.');
    const page = await agentFor(t, world.applicant.sessionToken).get(`/mine-ansogninger/${id}`);
    expect(page.body).toContain('Puljen støtter ikke arrangementer med entré.');
  });

  it('shows the applicant the reason for a smaller grant than asked for', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Mindre bænk' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await t.takeMail();
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications/${id}/decision`,
      headers: headers(),
      payload: { outcome: 'approve', grantedOre: 150_000, reason: 'Transporten dækkes af kommunen.' },
    });
    expect(decided.statusCode).toBe(200);
    await t.takeMail();
    const page = await agentFor(t, world.applicant.sessionToken).get(`/mine-ansogninger/${id}`);
    expect(page.body).toContain('Bedømmernes begrundelse');
    expect(page.body).toContain('Du søgte 2.500\u00a0kr. Bedømmerne har bevilget et mindre beløb.');
    expect(page.body).toContain('Transporten dækkes af kommunen.');
    expect(page.body).toContain('Ansøgningen er bevilget med 1.500\u00a0kr. Pengene bliver udbetalt.');
  });

  it('labels the reason as required when rejecting, not as optional', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Label' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'reject');
    const page = await agentFor(t, world.chair.sessionToken).get(
      `/puljer/${world.pool.slug}/ansogninger/${id}`,
    );
    expect(page.body).toContain('(skal udfyldes ved afslag og spørgsmål)');
    expect(page.body).not.toMatch(
      /Begrundelse eller spørgsmål til ansøgeren<span class="weight-normal"> \(frivilligt\)/,
    );
    const refused = await agentFor(t, world.chair.sessionToken).post(
      `/puljer/${world.pool.slug}/ansogninger/${id}/afgoer`,
      { outcome: 'reject', reason: ' ' },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Skriv en begrundelse for afslaget');
  });

  it('asks before withdrawing: a plain post changes nothing and mails no one; the page names what and who', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Måske ikke' }));
    await t.takeMail();
    const agent = agentFor(t, world.applicant.sessionToken);
    const asked = await agent.post(`/mine-ansogninger/${id}/tilbagetraek`);
    expect(asked.statusCode).toBe(200);
    expect(await t.takeMail()).toEqual([]);
    expect((await agent.get(`/mine-ansogninger/${id}`)).body).not.toContain('trukket tilbage');
    for (const page of [asked, await agent.get(`/mine-ansogninger/${id}/tilbagetraek`)]) {
      expect(page.body).toContain('Vil du trække ansøgningen tilbage?');
      expect(page.body).toContain('Måske ikke');
      expect(page.body).toContain(world.pool.title);
      expect(page.body).toContain('Puljens bedømmere får en e-mail.');
      expect(page.body).toContain('Ja, træk ansøgningen tilbage');
    }
    const done = await agent.post(`/mine-ansogninger/${id}/tilbagetraek`, { bekraeft: 'ja' });
    expect(done.statusCode).toBe(302);
    expect((await t.takeMail()).length).toBeGreaterThan(0);
  });

  it('tells the applicant about approval and payout, and the reviewers about a withdrawal', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Byttehylde' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await t.takeMail();
    const base = `/api/v1/pools/${world.pool.slug}/applications/${id}`;
    await t.app.inject({
      method: 'POST',
      url: `${base}/decision`,
      headers: headers(),
      payload: { outcome: 'approve' },
    });
    const [approved] = await t.takeMail();
    expect(approved?.subject).toBe('Din ansøgning er bevilget: Byttehylde');
    expect(approved?.text).toContain('Du har fået en bevilling på 2.500\u00a0kr.');
    expect(approved?.text).not.toContain('kr..');
    await t.app.inject({
      method: 'POST',
      url: `${base}/payouts`,
      headers: headers(),
      payload: { date: '2026-12-02', amountOre: 100_000, reference: 'Bilag 4' },
    });
    const [paid] = await t.takeMail();
    expect(paid?.subject).toBe('Pengene er udbetalt: Byttehylde');
    expect(paid?.text).toContain('Vi har udbetalt 1.000\u00a0kr.');
    expect(paid?.text).toContain(`/mine-ansogninger/${id}/rapport`);

    const other = await submitApplication(t.ctx, world, applicationInput({ title: 'Fortrudt' }));
    await t.takeMail();
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/grant-applications/${other}/withdraw`,
      headers: bearer(world.applicant.apiToken),
    });
    expect(withdrawn.json()).toEqual({ id: other, status: 'withdrawn' });
    const mail = await t.takeMail();
    expect(mail.map((message) => message.subject).sort()).toEqual([
      'Ansøgning trukket tilbage: Fortrudt',
      'Application withdrawn: Fortrudt',
      'Du har trukket din ansøgning tilbage: Fortrudt',
    ]);
  });
});
