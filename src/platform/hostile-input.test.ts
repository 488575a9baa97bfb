import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccessEntry } from '#src/platform/fastify-types.ts';
import type { TestAgent } from '#src/testing/agent.ts';
import {
  browserFor,
  concreteUrl,
  createHostileWorld,
  expectNoServerErrorAndNothingHalfSaved,
  expectTriedWithoutServerError,
  type HostileWorld,
  snapshot,
} from '#src/testing/hostile-input.ts';
import { staysOnSite } from '#src/testing/redirect-tricks.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/**
 * Every C0 control character but NUL (refused before validation, see input-guard.ts), DEL, an
 * ANSI escape and the tab-hidden return address: what a terminal, a log line or a header must survive.
 */
const CONTROL_TEXT = `a${Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('')}\u007f\u001b[31mb/\t/evil.example`;
const WRONG_TYPES: Array<[string, unknown]> = [
  ['an array', ['x', 'y']],
  ['a number', 42],
  ['null', null],
  ['an object', { da: 'x', en: 'y' }],
  ['a boolean', true],
];
const DEPTH = 10_000;
const DEEP_ARRAY = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
/** Over the JSON body limit (256 KiB, app.ts) and the form body limit (64 KiB, web-plugin.ts). */
const OVERSIZED = 'a'.repeat(300 * 1024);
const HOSTILE_TIMEOUT_MS = 600_000;

function fieldsOf(route: RouteAccessEntry): string[] {
  return route.bodyFields.filter((field) => field !== '_csrf');
}

describe('every form and API route under hostile input', () => {
  let t: TestApp;
  let world: HostileWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createHostileWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function cookieHeader(agent: TestAgent): string {
    return ['byliv_csrf', 'byliv_session']
      .flatMap((name) => {
        const value = agent.cookie(name);
        return value === undefined ? [] : [`${name}=${value}`];
      })
      .join('; ');
  }

  /** A form posted as JSON by a browser that holds a valid CSRF token (raw text, so any shape goes). */
  function postFormJson(agent: TestAgent, url: string, payload: string): Promise<LightMyRequestResponse> {
    return t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: cookieHeader(agent), 'content-type': 'application/json' },
      payload,
    });
  }

  /** A form body as JSON text with the CSRF token and each field set to `value`. */
  function formJson(agent: TestAgent, route: RouteAccessEntry, value: unknown): string {
    const fields = Object.fromEntries(fieldsOf(route).map((field) => [field, value]));
    return JSON.stringify({ _csrf: agent.csrfToken, ...fields });
  }

  function callApi(route: RouteAccessEntry, payload: string): Promise<LightMyRequestResponse> {
    return t.app.inject({
      method: route.method as 'POST',
      url: concreteUrl(route.url, world.slug),
      headers: { authorization: `Bearer ${world.apiPerson.apiToken}`, 'content-type': 'application/json' },
      payload,
    });
  }

  async function expectSafe(label: string, before: string, response: LightMyRequestResponse): Promise<void> {
    await expectNoServerErrorAndNothingHalfSaved(
      world,
      `${label} → ${response.statusCode}`,
      before,
      response,
    );
  }
  /**
   * Sends a route's hostile requests with one snapshot for all of them when all are refused (the
   * usual case; a snapshot per request costs minutes on PostgreSQL). If any was accepted, sends
   * each again on its own, so that every refused one is still shown to have changed nothing.
   */
  async function expectAllSafe(
    requests: Array<[string, () => Promise<LightMyRequestResponse>]>,
  ): Promise<void> {
    const before = await snapshot(world);
    let accepted = false;
    for (const [label, send] of requests) {
      const response = await send();
      expectTriedWithoutServerError(`${label} → ${response.statusCode}`, response);
      if (response.statusCode < 400) accepted = true;
    }
    if (!accepted) {
      expect(await snapshot(world), `${requests.map(([label]) => label).join('; ')} changed data`).toBe(
        before,
      );
      return;
    }
    for (const [label, send] of requests) await expectSafe(label, await snapshot(world), await send());
  }

  it(
    'answers control characters in every form field and API field without a 5xx; a refused one changes nothing',
    async () => {
      for (const form of world.forms) {
        const agent = await browserFor(world, form.access);
        const url = concreteUrl(form.url, world.slug);
        const fields = Object.fromEntries(fieldsOf(form).map((field) => [field, CONTROL_TEXT]));
        const before = await snapshot(world);
        await expectSafe(`form ${url} with control characters`, before, await agent.post(url, fields));
      }
      for (const route of world.apiWrites) {
        const body = Object.fromEntries(route.bodyFields.map((field) => [field, CONTROL_TEXT]));
        const before = await snapshot(world);
        const response = await callApi(route, JSON.stringify(body));
        await expectSafe(`${route.method} ${route.url} with control characters`, before, response);
      }
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    'answers arrays, numbers, null, objects and booleans where text is expected without a 5xx',
    async () => {
      for (const form of world.forms) {
        const agent = await browserFor(world, form.access);
        const url = concreteUrl(form.url, world.slug);
        // A form's own encoding can only repeat a field: an array where one value is expected.
        const repeated = Object.fromEntries(fieldsOf(form).map((field) => [field, ['x', 'y']]));
        await expectAllSafe([
          [`form ${url} with repeated fields`, () => agent.post(url, repeated)],
          ...WRONG_TYPES.map(([name, value]): [string, () => Promise<LightMyRequestResponse>] => [
            `form ${url} as JSON with ${name} in every field`,
            () => postFormJson(agent, url, formJson(agent, form, value)),
          ]),
        ]);
      }
      for (const route of world.apiWrites) {
        await expectAllSafe(
          WRONG_TYPES.map(([name, value]) => {
            const body = Object.fromEntries(route.bodyFields.map((field) => [field, value]));
            return [
              `${route.method} ${route.url} with ${name} in every field`,
              () => callApi(route, JSON.stringify(body)),
            ];
          }),
        );
      }
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    'answers 10,000 levels of nested JSON, as the body or inside a field, without a 5xx',
    async () => {
      for (const form of world.forms) {
        const agent = await browserFor(world, form.access);
        const url = concreteUrl(form.url, world.slug);
        const inField = `{"_csrf":${JSON.stringify(agent.csrfToken)},"${fieldsOf(form)[0] ?? 'x'}":${DEEP_ARRAY}}`;
        const before = await snapshot(world);
        for (const payload of [DEEP_ARRAY, DEEP_OBJECT]) {
          const response = await postFormJson(agent, url, payload);
          expect(response.statusCode, `form ${url} nested`).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, `form ${url} nested`).toBeLessThan(500);
        }
        expect(await snapshot(world), `form ${url} nested changed data`).toBe(before);
        await expectSafe(`form ${url} nested in a field`, before, await postFormJson(agent, url, inField));
      }
      for (const route of world.apiWrites) {
        const inField = `{"${route.bodyFields[0] ?? 'x'}":${DEEP_OBJECT}}`;
        await expectAllSafe(
          [DEEP_ARRAY, DEEP_OBJECT, inField].map((payload, index) => [
            `${route.method} ${route.url} nested (${index})`,
            () => callApi(route, payload),
          ]),
        );
      }
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    'answers a body over the limit with 413, for every form and API write, and changes nothing',
    async () => {
      const before = await snapshot(world);
      const failures: string[] = [];
      for (const form of world.forms) {
        const agent = await browserFor(world, form.access);
        const url = concreteUrl(form.url, world.slug);
        const field = fieldsOf(form)[0] ?? 'x';
        const asForm = await agent.post(url, { [field]: OVERSIZED });
        const asJson = await postFormJson(
          agent,
          url,
          JSON.stringify({ _csrf: agent.csrfToken, [field]: OVERSIZED }),
        );
        if (asForm.statusCode !== 413) failures.push(`form ${url} → ${asForm.statusCode}`);
        if (asJson.statusCode !== 413) failures.push(`form ${url} as JSON → ${asJson.statusCode}`);
      }
      for (const route of world.apiWrites) {
        const body = { [route.bodyFields[0] ?? 'x']: OVERSIZED };
        const response = await callApi(route, JSON.stringify(body));
        if (response.statusCode !== 413)
          failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
      }
      expect(failures).toEqual([]);
      expect(await snapshot(world)).toBe(before);
    },
    HOSTILE_TIMEOUT_MS,
  );

  it(
    'answers control characters, repeated and overlong values in every query parameter without a 5xx or an off-site redirect',
    async () => {
      const readers = t.app.routeAccess.filter(
        (route) => route.method === 'GET' && route.queryFields.length > 0,
      );
      expect(readers.map((route) => route.url)).toEqual(expect.arrayContaining(['/sprog', '/log-ind']));
      for (const route of readers) {
        const url = concreteUrl(route.url, world.slug);
        const api = route.url.startsWith('/api/');
        const headers = api
          ? { authorization: `Bearer ${world.apiPerson.apiToken}` }
          : { cookie: `byliv_session=${world.person.sessionToken}` };
        for (const [name, values] of [
          ['control characters', [CONTROL_TEXT]],
          ['a repeated parameter', ['x', 'y']],
          ['an overlong value', ['ø'.repeat(3000)]],
        ] as const) {
          const query = new URLSearchParams(
            route.queryFields.flatMap((field) => values.map((value) => [field, value])),
          ).toString();
          const response = await t.app.inject({ url: `${url}?${query}`, headers });
          const label = `GET ${route.url} with ${name} → ${response.statusCode}`;
          expect(response.statusCode, label).toBeLessThan(500);
          const location = response.headers.location;
          if (location !== undefined) expect(staysOnSite(location), `${label} ${location}`).toBe(true);
        }
      }
    },
    HOSTILE_TIMEOUT_MS,
  );
});
