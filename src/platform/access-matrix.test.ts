import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccessEntry } from '#src/platform/fastify-types.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** Static files are served by @fastify/static and carry no access declaration of their own. */
function isStaticRoute(route: RouteAccessEntry): boolean {
  return route.url.startsWith('/assets/');
}

/** A concrete URL for a route pattern: every parameter gets a harmless value. */
function concreteUrl(pattern: string): string {
  return pattern
    .replace(/:(\w+)/g, (_whole, name: string) => (name === 'id' ? '1' : `x-${name}`))
    .replace('*', 'x');
}

function isApi(route: RouteAccessEntry): boolean {
  return route.url.startsWith('/api/v1/');
}

describe('the access matrix', () => {
  let t: TestApp;
  let resident: TestPerson;
  let routes: RouteAccessEntry[];

  beforeAll(async () => {
    t = await createTestApp();
    resident = await createPerson(t.ctx, { name: 'Almindelig Beboer' });
    routes = t.app.routeAccess.filter((route) => !isStaticRoute(route));
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the routes of every module', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it('has an access declaration on every route', () => {
    const undeclared = routes.filter((route) => route.access === undefined);
    expect(undeclared.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it('refuses anonymous requests to every route that needs a login', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => candidate.access !== 'public')) {
      const url = concreteUrl(route.url);
      const agent = new TestAgent(t.app);
      await agent.get('/');
      const response =
        route.method === 'GET'
          ? await agent.get(url)
          : isApi(route)
            ? await t.app.inject({ method: route.method as 'POST', url, payload: {} })
            : await agent.post(url, {});
      const refused = isApi(route)
        ? response.statusCode === 401
        : response.statusCode === 401 ||
          (response.statusCode === 302 && String(response.headers.location).startsWith('/log-ind'));
      if (!refused) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a resident on every administrator route', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => candidate.access === 'admin')) {
      const url = concreteUrl(route.url);
      const response = isApi(route)
        ? await t.app.inject({
            method: route.method as 'GET',
            url,
            headers: { authorization: `Bearer ${resident.apiToken}` },
            ...(route.method === 'GET' ? {} : { payload: {} }),
          })
        : await t.app.inject({
            method: route.method as 'GET',
            url,
            cookies: { byliv_session: resident.sessionToken },
          });
      if (response.statusCode !== 403) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets a resident through the login check on every resident route', async () => {
    const failures: string[] = [];
    for (const route of routes.filter(
      (candidate) => candidate.access === 'user' && candidate.method === 'GET',
    )) {
      const url = concreteUrl(route.url);
      const response = isApi(route)
        ? await t.app.inject({ url, headers: { authorization: `Bearer ${resident.apiToken}` } })
        : await t.app.inject({ url, cookies: { byliv_session: resident.sessionToken } });
      if (response.statusCode === 401 || response.statusCode >= 500) {
        failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
