import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationJsonBody,
  createGrantsWorld,
  type GrantsWorld,
  grantRowCounts,
} from '#src/modules/grants/test-support.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The TestClock starts on Monday 30 November 2026: "8.12" is 8 December 2026.
const FORM = {
  title: 'Julebænk ved Slusen',
  idea: 'En bænk til julemarkedet.',
  category: 'bench',
  areaSlug: 'sluseholmen',
  line1Description: 'Bænk',
  line1Amount: '3.000',
  requested: '3.000',
  cofunding: '',
  terms: 'ja',
  handling: 'indsend',
};

describe('grant forms read dates as Danes type them; the API keeps ISO', () => {
  let t: TestApp;
  let world: GrantsWorld;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  function agentFor(sessionToken: string): TestAgent {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', sessionToken);
    return agent;
  }

  it('accepts an application typed with "8.12" and "10/12-26", and shows the dates back the Danish way', async () => {
    const applicant = agentFor(world.applicant.sessionToken);
    const form = await applicant.get(`/puljer/${world.pool.slug}/ansog`);
    expect(form.body).toContain('Skriv dag.måned.år, fx 7.12.2026');
    expect(form.body).not.toContain('type="date"');
    const sent = await applicant.post(`/puljer/${world.pool.slug}/ansog`, {
      ...FORM,
      startsOn: '8.12',
      endsOn: '10/12-26',
    });
    expect(sent.statusCode).toBe(302);
    const id = /\/mine-ansogninger\/(\d+)$/.exec(sent.headers.location ?? '')?.[1];
    expect(id).toBeDefined();
    const json = await t.app.inject({
      url: `/api/v1/grant-applications/${id}`,
      headers: { authorization: `Bearer ${world.applicant.apiToken}` },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ startsOn: '2026-12-08', endsOn: '2026-12-10' });
    const own = await applicant.get(`/mine-ansogninger/${id}`);
    expect(own.body).toContain('8.–10. december 2026');
  });

  it('refuses a date that does not exist, naming it, and keeps what was typed', async () => {
    const applicant = agentFor(world.applicant.sessionToken);
    const before = await grantRowCounts(t.ctx);
    const refused = await applicant.post(`/puljer/${world.pool.slug}/ansog`, {
      ...FORM,
      startsOn: '31.11',
      endsOn: 'på fredag',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Datoen 31.11 findes ikke i kalenderen. Tjek dag og måned');
    expect(refused.body).toContain('Skriv datoen som dag.måned.år, fx 7.12.2026');
    expect(refused.body).toContain('value="31.11"');
    expect(refused.body).toContain('value="på fredag"');
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });

  it('creates a pool whose period is typed the Danish way, and fills the edit form the same way', async () => {
    const chair = agentFor(world.chair.sessionToken);
    const created = await chair.post('/puljer/ny', {
      organisationId: String(world.committeeId),
      title: 'Vinterpuljen',
      opensOn: '1.3.2027',
      closesOn: '31.5.27',
      budget: '20.000',
      maxGrant: '5.000',
      categories: ['bench'],
      reviewers: [String(world.chair.id)],
      decisionRule: 'majority',
      targetDays: '10',
    });
    expect(created.statusCode).toBe(302);
    expect(created.headers.location).toBe('/puljer/vinterpuljen');
    const page = await chair.get('/puljer/vinterpuljen');
    expect(page.body).toContain('Puljen åbner for ansøgninger 1. marts 2027.');
    const edit = await chair.get('/puljer/vinterpuljen/rediger');
    expect(edit.body).toContain('value="1.3.2027"');
    expect(edit.body).toContain('value="31.5.2027"');
  });

  it('keeps the API on ISO dates: "8.12.2026" is refused there', async () => {
    const before = await grantRowCounts(t.ctx);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pools/${world.pool.slug}/applications`,
      headers: { authorization: `Bearer ${world.applicant.apiToken}` },
      payload: applicationJsonBody({ startsOn: '8.12.2026' }),
    });
    expect(response.statusCode).toBe(400);
    expect(await grantRowCounts(t.ctx)).toEqual(before);
  });
});
