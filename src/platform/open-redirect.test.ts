import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenUser, PASSWORD, uniqueEmail } from '#src/modules/accounts/test-fixtures.ts';
import type { RouteAccessEntry } from '#src/platform/fastify-types.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { REDIRECT_TRICKS, staysOnSite } from '#src/testing/redirect-tricks.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** Names a return address goes by in this code base (and common ones, should a route adopt them). */
const RETURN_PARAMETERS = new Set(['tilbage', 'naeste', 'next', 'returnTo', 'return', 'redirect', 'back']);

function expectSameSite(label: string, response: LightMyRequestResponse): void {
  expect(response.statusCode, label).toBeLessThan(500);
  if (response.headers.location !== undefined) {
    expect(staysOnSite(response.headers.location), `${label} → ${response.headers.location}`).toBe(true);
  }
}

function concreteUrl(pattern: string): string {
  return pattern.replace(/:(\w+)/g, (_whole, name: string) => (name === 'id' ? '1' : `x-${name}`));
}

describe('return addresses never lead off the site', () => {
  let t: TestApp;
  let person: TestPerson;
  let ipCounter = 0;

  beforeAll(async () => {
    t = await createTestApp();
    person = await createPerson(t.ctx, { name: 'Rita Retur' });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Logs in through the form from an address of its own, so per-IP limits never kick in. */
  async function logIn(email: string, naeste: string): Promise<LightMyRequestResponse> {
    ipCounter += 1;
    const agent = new TestAgent(t.app);
    await agent.get('/log-ind');
    return t.app.inject({
      method: 'POST',
      url: '/log-ind',
      remoteAddress: `10.1.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `byliv_csrf=${agent.cookie('byliv_csrf')}`,
      },
      payload: new URLSearchParams({ _csrf: agent.csrfToken, email, password: PASSWORD, naeste }).toString(),
    });
  }

  /** Makes an account through the form, from an address of its own like logIn. */
  async function register(naeste: string): Promise<LightMyRequestResponse> {
    ipCounter += 1;
    const agent = new TestAgent(t.app);
    await agent.get('/opret-konto');
    const form = {
      _csrf: agent.csrfToken,
      name: 'Ny Nabo',
      email: uniqueEmail('ny'),
      password: PASSWORD,
      naeste,
    };
    return t.app.inject({
      method: 'POST',
      url: '/opret-konto',
      remoteAddress: `10.2.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `byliv_csrf=${agent.cookie('byliv_csrf')}`,
      },
      payload: new URLSearchParams(form).toString(),
    });
  }

  it('keeps a local return address through the language switch and the log-in', async () => {
    const { email } = await givenUser(t);
    const switched = await t.app.inject({ url: '/sprog?til=en&tilbage=%2Fsteder%3Fside%3D2%23kort' });
    expect(switched.headers.location).toBe('/steder?side=2#kort');
    expect((await logIn(email, '/profil?fane=1')).headers.location).toBe('/profil?fane=1');
  });

  it('goes back to the invitation after making an account from its link', async () => {
    const path = '/invitationer/abc';
    const page = await t.app.inject({ url: `/opret-konto?naeste=${encodeURIComponent(path)}` });
    expect(page.body).toContain(`name="naeste" value="${path}"`);
    expect((await register(path)).headers.location).toBe(path);
    expect((await register('')).headers.location).toBe('/profil');
  });

  it.each(REDIRECT_TRICKS)('makes an account with naeste=%j and lands on this site', async (trick) => {
    const response = await register(trick);
    expectSameSite(`POST /opret-konto naeste=${JSON.stringify(trick)}`, response);
    expect(response.statusCode).toBe(302);
  });

  it.each(REDIRECT_TRICKS)('switches language with tilbage=%j to a page on this site', async (trick) => {
    const visitors: Array<Record<string, string>> = [{}, { byliv_session: person.sessionToken }];
    for (const cookies of visitors) {
      const response = await t.app.inject({
        url: `/sprog?til=en&tilbage=${encodeURIComponent(trick)}`,
        cookies,
      });
      expectSameSite(`/sprog tilbage=${JSON.stringify(trick)}`, response);
      expect(response.statusCode).toBe(302);
    }
  });

  it.each(REDIRECT_TRICKS)('logs in with naeste=%j and lands on this site', async (trick) => {
    const { email } = await givenUser(t);
    const response = await logIn(email, trick);
    expectSameSite(`POST /log-ind naeste=${JSON.stringify(trick)}`, response);
    expect(response.statusCode).toBe(302);
    expect(response.cookies.some((cookie) => cookie.name === 'byliv_session')).toBe(true);
  });

  it.each(REDIRECT_TRICKS)(
    'shows the log-in page, or sends a logged-in person on, with naeste=%j',
    async (trick) => {
      const url = `/log-ind?naeste=${encodeURIComponent(trick)}`;
      const page = await t.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      const kept = /name="naeste" value="([^"]*)"/.exec(page.body)?.[1];
      if (kept !== undefined) expect(staysOnSite(kept), kept).toBe(true);
      const onwards = await t.app.inject({ url, cookies: { byliv_session: person.sessionToken } });
      expectSameSite(`logged-in GET ${url}`, onwards);
      expect(onwards.statusCode).toBe(302);
    },
  );

  describe('every route that takes a return address', () => {
    let routes: RouteAccessEntry[];
    beforeAll(() => {
      routes = t.app.routeAccess.filter((route) =>
        [...route.queryFields, ...route.bodyFields].some((field) => RETURN_PARAMETERS.has(field)),
      );
    });

    it('finds the language switch, the log-in and the registration among them', () => {
      const found = routes.map((route) => `${route.method} ${route.url}`);
      expect(found).toEqual(
        expect.arrayContaining([
          'GET /sprog',
          'GET /log-ind',
          'POST /log-ind',
          'GET /opret-konto',
          'POST /opret-konto',
        ]),
      );
    });

    it('answers every trick, logged in or not, without a 5xx and without leaving the site', async () => {
      for (const route of routes) {
        const url = concreteUrl(route.url);
        for (const session of [undefined, person.sessionToken]) {
          const agent = new TestAgent(t.app);
          if (session !== undefined) agent.setCookie('byliv_session', session);
          await agent.get('/log-ind');
          for (const trick of REDIRECT_TRICKS) {
            const label = `${route.method} ${url} (${session === undefined ? 'anonymous' : 'logged in'}) ${JSON.stringify(trick)}`;
            const queryFields = route.queryFields.filter((field) => RETURN_PARAMETERS.has(field));
            const query = new URLSearchParams(queryFields.map((field) => [field, trick])).toString();
            const target = query === '' ? url : `${url}?${query}`;
            if (route.method === 'GET') {
              expectSameSite(label, await agent.get(target));
            } else {
              const bodyFields = route.bodyFields.filter((field) => RETURN_PARAMETERS.has(field));
              expectSameSite(
                label,
                await agent.post(target, Object.fromEntries(bodyFields.map((f) => [f, trick]))),
              );
            }
          }
        }
      }
    });
  });
});
