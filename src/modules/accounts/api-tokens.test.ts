import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenUser, loggedInAgent } from '#src/modules/accounts/test-fixtures.ts';
import { hashToken } from '#src/platform/tokens.ts';
import type { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('personal API tokens and /api/v1/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function createToken(agent: TestAgent, name: string) {
    await agent.get('/profil/api-tokens');
    const response = await agent.post('/profil/api-tokens', { name });
    const token = /id="new-token"[^>]*value="([^"]+)"/.exec(response.body)?.[1] ?? '';
    return { response, token };
  }

  function api(url: string, token?: string, method: 'GET' | 'DELETE' = 'GET') {
    return t.app.inject({
      method,
      url,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
  }

  it('answers /api/v1/me without a token with 401 problem+json in Danish and English', async () => {
    const response = await api('/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(problem.message.da).toBe('Log ind for at fortsætte.');
    expect(problem.message.en).toBe('Log in to continue.');
  });

  it('shows a new token once, stores only its hash, and lets it read the profile', async () => {
    const { id, email } = await givenUser(t, { name: 'Tove Thomsen' });
    const agent = await loggedInAgent(t, email);
    const { response, token } = await createToken(agent, 'Hjemmeautomatik');
    expect(response.statusCode).toBe(201);
    expect(token).toMatch(/^byliv_[A-Za-z0-9_-]{43}$/);
    expect(response.body).toContain('Kopiér det nu');

    const rows = await t.ctx.db.kysely
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const list = await agent.get('/profil/api-tokens');
    expect(list.body).toContain('Hjemmeautomatik');
    expect(list.body).not.toContain(token);
    expect(list.body).toContain(token.slice(0, 12));

    const me = await api('/api/v1/me', token);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      id,
      name: 'Tove Thomsen',
      email,
      emailVerified: true,
      emailVerifiedAt: new Date(t.clock.now()).toISOString(),
      locale: 'da',
      isAdmin: false,
      createdAt: new Date(t.clock.now()).toISOString(),
    });
  });

  it('records when a token was last used and lists it through the API', async () => {
    const { email } = await givenUser(t);
    const { token } = await createToken(await loggedInAgent(t, email), 'Lister');
    await api('/api/v1/me', token);
    const tokens = await api('/api/v1/me/tokens', token);
    expect(tokens.statusCode).toBe(200);
    expect(tokens.json()).toEqual([
      expect.objectContaining({
        name: 'Lister',
        prefix: token.slice(0, 12),
        revokedAt: null,
        lastUsedAt: expect.any(String),
      }),
    ]);
    expect(tokens.body).not.toContain(token);
  });

  it('asks for a name before creating a token', async () => {
    const { email } = await givenUser(t);
    const { response } = await createToken(await loggedInAgent(t, email), '  ');
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Giv tokenet et navn');
  });

  it('revokes a token from the profile so that it answers 401', async () => {
    const { id, email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    const { token } = await createToken(agent, 'Gammelt');
    const row = await t.ctx.db.kysely
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', id)
      .executeTakeFirstOrThrow();
    const plain = await agent.post(`/profil/api-tokens/${row.id}/tilbagekald`);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('Vil du tilbagekalde tokenet?');
    expect(plain.body).toContain('Gammelt');
    expect(plain.body).toContain('Programmer, der bruger tokenet, holder op med at virke.');
    expect((await api('/api/v1/me', token)).statusCode).toBe(200);
    const response = await agent.post(`/profil/api-tokens/${row.id}/tilbagekald`, { bekraeft: 'ja' });
    expect(response.statusCode).toBe(302);
    expect((await agent.get('/profil/api-tokens')).body).toContain('Tokenet er tilbagekaldt');
    expect((await api('/api/v1/me', token)).statusCode).toBe(401);
  });

  it('revokes a token through the API', async () => {
    const { email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    const first = await createToken(agent, 'Første');
    const second = await createToken(agent, 'Andet');
    const list = (await api('/api/v1/me/tokens', first.token)).json() as Array<{ id: number; name: string }>;
    const secondId = list.find((token) => token.name === 'Andet')?.id;
    const response = await api(`/api/v1/me/tokens/${secondId}`, first.token, 'DELETE');
    expect(response.statusCode).toBe(204);
    expect((await api('/api/v1/me', second.token)).statusCode).toBe(401);
    expect((await api('/api/v1/me', first.token)).statusCode).toBe(200);
  });

  it('does not let anyone revoke another person’s token', async () => {
    const owner = await givenUser(t);
    const ownerAgent = await loggedInAgent(t, owner.email);
    const { token } = await createToken(ownerAgent, 'Ejerens');
    const row = await t.ctx.db.kysely
      .selectFrom('api_tokens')
      .select('id')
      .where('user_id', '=', owner.id)
      .executeTakeFirstOrThrow();

    const other = await givenUser(t);
    const otherAgent = await loggedInAgent(t, other.email);
    const { token: otherToken } = await createToken(otherAgent, 'Den andens');
    expect((await otherAgent.post(`/profil/api-tokens/${row.id}/tilbagekald`)).statusCode).toBe(404);
    const confirmed = await otherAgent.post(`/profil/api-tokens/${row.id}/tilbagekald`, { bekraeft: 'ja' });
    expect(confirmed.statusCode).toBe(404);
    const viaApi = await api(`/api/v1/me/tokens/${row.id}`, otherToken, 'DELETE');
    expect(viaApi.statusCode).toBe(404);
    expect(viaApi.headers['content-type']).toContain('application/problem+json');
    expect((await api('/api/v1/me', token)).statusCode).toBe(200);
  });

  it('exports the token holder’s data through the API', async () => {
    const { id, email } = await givenUser(t);
    const { token } = await createToken(await loggedInAgent(t, email), 'Eksport');
    const response = await api('/api/v1/me/export', token);
    expect(response.statusCode).toBe(200);
    expect(response.json().profile.id).toBe(id);
    expect(response.body).not.toContain(hashToken(token));
  });

  it('documents the accounts API in OpenAPI with bearer security', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const me = document.paths['/api/v1/me'].get;
    expect(me.tags).toEqual(['accounts']);
    expect(me.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/v1/me/tokens/{id}'].delete.responses['204']).toBeDefined();
    expect(document.paths['/api/v1/me/export'].get.responses['200']).toBeDefined();
  });
});
