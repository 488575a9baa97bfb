import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const HTML_AND_SQL = `<script>alert("x")</script> ' OR 1=1; DROP TABLE users; -- & "quoted"`;

/** Everything a refused request must leave alone. */
async function snapshot(t: TestApp): Promise<string> {
  const kysely = t.ctx.db.kysely;
  const users = await kysely.selectFrom('users').selectAll().orderBy('id').execute();
  const organisations = await kysely.selectFrom('organisations').selectAll().orderBy('id').execute();
  const memberships = await kysely.selectFrom('memberships').selectAll().execute();
  const invitations = await kysely.selectFrom('invitations').selectAll().orderBy('id').execute();
  return JSON.stringify({ users, organisations, memberships, invitations });
}

function problemMessage(body: string): { da: string; en: string } {
  return (JSON.parse(body) as { message: { da: string; en: string } }).message;
}

describe('bad input', () => {
  let t: TestApp;
  let person: TestPerson;
  let before: string;

  beforeAll(async () => {
    t = await createTestApp();
    person = await createPerson(t.ctx, { name: 'Rita Robust' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${person.apiToken}` },
      payload: { name: 'Robust Forening', kind: 'association' },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    before = await snapshot(t);
  });

  async function expectUnchanged(): Promise<void> {
    expect(await snapshot(t)).toBe(before);
  }

  function apiPost(payload: string, contentType: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${person.apiToken}`, 'content-type': contentType },
      payload,
    });
  }

  it('answers malformed JSON with 400 and a message in Danish and English', async () => {
    const response = await apiPost('{"name": "Halv', 'application/json');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(problemMessage(response.body).da).toBe('Forespørgslen kunne ikke læses');
    expect(problemMessage(response.body).en).toBe('The request could not be read');
    await expectUnchanged();
  });

  it('answers a JSON body of the wrong shape with 400 naming the problem', async () => {
    for (const payload of ['[]', '"text"', '42', 'null', '{"name": {"da": "x"}, "kind": "association"}']) {
      const response = await apiPost(payload, 'application/json');
      expect(response.statusCode, payload).toBe(400);
      expect(response.json().detail, payload).toMatch(/body/);
    }
    await expectUnchanged();
  });

  it('answers an oversized JSON body with 413', async () => {
    const huge = JSON.stringify({ name: 'x', kind: 'association', description: 'a'.repeat(300 * 1024) });
    const response = await apiPost(huge, 'application/json');
    expect(response.statusCode).toBe(413);
    expect(problemMessage(response.body).da).toBe('Det sendte er for stort.');
    await expectUnchanged();
  });

  it('answers an oversized form with 413 and a page that says so', async () => {
    const agent = new TestAgent(t.app);
    await agent.get('/opret-konto');
    const response = await agent.post('/opret-konto', {
      name: 'a'.repeat(100 * 1024),
      email: 'stor@example.dk',
      password: 'hemmelig-kode-123',
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('Det sendte er for stort.');
    await expectUnchanged();
  });

  it('answers a content type it does not read with 415, for the API and for forms', async () => {
    const api = await apiPost('<organisation/>', 'application/xml');
    expect(api.statusCode).toBe(415);
    expect(problemMessage(api.body).en).toBe('This content type is not supported.');
    const form = await t.app.inject({
      method: 'POST',
      url: '/opret-konto',
      headers: { 'content-type': 'application/xml' },
      payload: '<name>Tekst</name>',
    });
    expect(form.statusCode).toBe(415);
    expect(form.body).toContain('Indholdstypen understøttes ikke.');
    await expectUnchanged();
  });

  it('answers form fields sent as JSON to a form with a clear 4xx, never a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/opret-konto',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": {"nested": true}}',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    await expectUnchanged();
  });

  it('stores HTML and SQL meta-characters as typed and shows them escaped', async () => {
    const agent = new TestAgent(t.app);
    await agent.get('/opret-konto');
    const registered = await agent.post('/opret-konto', {
      name: HTML_AND_SQL,
      email: 'meta@example.dk',
      password: 'hemmelig-kode-123',
    });
    expect(registered.statusCode).toBe(302);
    await agent.get('/organisationer/ny');
    const created = await agent.post('/organisationer/ny', {
      name: `Forening ${HTML_AND_SQL}`,
      kind: 'association',
      cvr: '',
      description: HTML_AND_SQL,
    });
    expect(created.statusCode).toBe(303);
    const page = await agent.get(String(created.headers.location));
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('&lt;script>alert(&quot;x&quot;)');
    const stored = await t.ctx.db.kysely
      .selectFrom('users')
      .select('name')
      .where('email', '=', 'meta@example.dk')
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe(HTML_AND_SQL);
    expect(await t.ctx.db.kysely.selectFrom('users').select('id').execute()).not.toHaveLength(0);
  });

  it('refuses a NUL character in a form field, a path, a query and a JSON body, on either database', async () => {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/profil/api-tokens');
    const form = await agent.post('/profil/api-tokens', { name: 'token\u0000' });
    expect(form.statusCode).toBe(422);
    expect(form.body).toContain('Værdien er ugyldig');

    const path = await t.app.inject({ url: '/organisationer/robust%00' });
    expect(path.statusCode).toBe(422);
    const apiPath = await t.app.inject({ url: '/api/v1/organisations/robust%00' });
    expect(apiPath.statusCode).toBe(422);
    expect(apiPath.json().errors[0].field).toBe('slug');
    const query = await t.app.inject({ url: '/api/v1/organisations?q=%00' });
    expect(query.statusCode).toBeLessThan(500);
    expect(query.statusCode).toBeGreaterThanOrEqual(400);
    for (const url of ['/soeg?q=kaffe%00', '/api/v1/search?q=kaffe%00']) {
      const search = await t.app.inject({ url });
      expect(search.statusCode, url).toBe(422);
    }

    const json = await apiPost(
      JSON.stringify({ name: 'Nul\u0000', kind: 'association' }),
      'application/json',
    );
    expect(json.statusCode).toBe(422);
    expect(json.json().errors[0].field).toBe('name');
    const visitor = new TestAgent(t.app);
    await visitor.get('/log-ind');
    const login = await visitor.post('/log-ind', { email: 'a\u0000@example.dk', password: 'x' });
    expect(login.statusCode).toBe(422);
    await expectUnchanged();
  });

  it('answers an overlong or missing search query with a 4xx, never a 500', async () => {
    for (const url of [
      `/soeg?q=${'ø'.repeat(201)}`,
      `/api/v1/search?q=${'a'.repeat(201)}`,
      '/api/v1/search',
    ]) {
      const response = await t.app.inject({ url: encodeURI(url) });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
    }
    const wildcards = await t.app.inject({ url: '/soeg?q=%25%25' });
    expect(wildcards.statusCode).toBe(200);
    await expectUnchanged();
  });

  it('answers unknown ids and slugs with 404 in the right form', async () => {
    const page = await t.app.inject({ url: '/organisationer/findes-ikke' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    const district = await t.app.inject({ url: '/bydele/findes-ikke' });
    expect(district.statusCode).toBe(404);
    const api = await t.app.inject({ url: '/api/v1/organisations/findes-ikke' });
    expect(api.statusCode).toBe(404);
    expect(problemMessage(api.body).da).toBeTruthy();
    const geo = await t.app.inject({ url: '/api/v1/districts/findes-ikke' });
    expect(geo.statusCode).toBe(404);

    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/profil/api-tokens');
    for (const id of ['999999', 'abc', '-1', '1e309', 'Infinity', '99999999999999999999']) {
      const revoke = await agent.post(`/profil/api-tokens/${id}/tilbagekald`, {});
      expect(revoke.statusCode, id).toBeGreaterThanOrEqual(400);
      expect(revoke.statusCode, id).toBeLessThan(500);
      const remove = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/me/tokens/${id}`,
        headers: { authorization: `Bearer ${person.apiToken}` },
      });
      expect(remove.statusCode, id).toBeGreaterThanOrEqual(400);
      expect(remove.statusCode, id).toBeLessThan(500);
    }
    await expectUnchanged();
  });
});
