import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('health checks', () => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it('reports live and ready while the database answers', async () => {
    t = await createTestApp();
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
  });

  it('stays live but answers /readyz with 503 once the database is gone', async () => {
    t = await createTestApp();
    await t.database.db.close();
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'database unreachable' });
  });
});
