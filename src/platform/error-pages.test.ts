import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const SECRET_DETAIL = 'connection string postgres://secret@db';

describe('error pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      beforeReady(app) {
        app.get('/test/boom', { config: { access: 'public' } }, async () => {
          throw new Error(SECRET_DETAIL);
        });
        app.get('/api/v1/test/boom', { config: { access: 'public' } }, async () => {
          throw new Error(SECRET_DETAIL);
        });
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a Danish 500 page with a request id and without the internal message', async () => {
    const response = await t.app.inject({ url: '/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.body).toContain('Der opstod en fejl');
    expect(response.body).toContain(String(response.headers['x-request-id']));
    expect(response.body).not.toContain(SECRET_DETAIL);
  });

  it('shows the 500 page in English when English is chosen', async () => {
    const response = await t.app.inject({ url: '/test/boom', cookies: { byliv_lang: 'en' } });
    expect(response.body).toContain('Something went wrong');
    expect(response.body).toContain('lang="en"');
  });

  it('answers an API failure with a problem document that hides the cause', async () => {
    const response = await t.app.inject({ url: '/api/v1/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('internal');
    expect(problem.message.da).toContain('Noget gik galt');
    expect(response.body).not.toContain(SECRET_DETAIL);
  });

  it('shows the 404 page in Danish by default', async () => {
    const response = await t.app.inject({ url: '/ingen-side-her' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Siden findes ikke');
  });
});

describe('a form shown again with errors', () => {
  it('starts the page title with "Fejl:" so screen readers announce the problem', async () => {
    const t = await createTestApp();
    try {
      const agent = new TestAgent(t.app);
      await agent.get('/log-ind');
      const response = await agent.post('/log-ind', { email: '', password: '' });
      expect(response.statusCode).toBe(422);
      expect(response.body).toMatch(/<title>Fejl: Log ind/);
    } finally {
      await t.close();
    }
  });
});
