import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the web shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the home page in Danish with a skip link and the accessibility statement in the footer', async () => {
    const response = await t.app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="da">');
    expect(response.body).toContain('href="#main-content"');
    expect(response.body).toContain('Tilgængelighedserklæring');
  });

  it('switches to English and remembers it', async () => {
    const agent = new TestAgent(t.app);
    const switched = await agent.get('/sprog?til=en&tilbage=/tilgaengelighed');
    expect(switched.statusCode).toBe(302);
    expect(switched.headers.location).toBe('/tilgaengelighed');
    const page = await agent.get('/tilgaengelighed');
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Accessibility statement');
  });

  it('never redirects the language switch to another site', async () => {
    const response = await t.app.inject({ url: '/sprog?til=en&tilbage=//evil.example' });
    expect(response.headers.location).toBe('/');
  });

  it('answers an unknown page with a 404 page in the chosen language', async () => {
    const response = await t.app.inject({ url: '/findes-ikke', cookies: { byliv_lang: 'en' } });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
  });

  it('answers an unknown API path with a JSON problem', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().message.da).toBeTruthy();
  });

  it('refuses a form post without a valid CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/sprog',
      payload: 'til=en',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect([403, 404]).toContain(response.statusCode);
  });

  it('reports ready when the database answers', async () => {
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ok' });
  });
});

describe('behind no proxy', () => {
  it('ignores X-Forwarded-For, so nobody can choose their own address for the rate limits', async () => {
    const t = await createTestApp({
      beforeReady(app) {
        app.get('/test/ip', { config: { access: 'public' } }, async (request) => ({ ip: request.ip }));
      },
    });
    try {
      const response = await t.app.inject({ url: '/test/ip', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(response.json().ip).toBe('127.0.0.1');
    } finally {
      await t.close();
    }
  });
});
