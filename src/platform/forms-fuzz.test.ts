import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserFor,
  concreteUrl,
  createHostileWorld,
  type HostileWorld,
  watchTables,
} from '#src/testing/hostile-input.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const nasty = fc.constantFrom(
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '\u0000',
  '\t\r\n',
  'a\u0001b\u0008c\u001b[31md\u007f',
  '/\t/evil.example',
  '\u2028\u2029\ufeff',
  'a'.repeat(5000),
  '-1',
  '0',
  '1e309',
  'NaN',
  '99999999999999999999',
  'æøå ÆØÅ',
  '12345674',
  'x@example.dk',
  'da',
  'admin',
  'member',
  'association',
);
const fieldValue = fc.oneof(
  nasty,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/**
 * Each property runs a snapshot of every table before each request; over ~100 forms on a loaded CI
 * machine with PostgreSQL that takes minutes, not the default 30 s.
 */
const FUZZ_TIMEOUT_MS = 600_000;

/** A multipart form as a browser sends it: the fields, one file, the CSRF token in the query. */
function multipartBody(fields: Record<string, string>, file: Uint8Array): { body: Buffer; type: string } {
  const boundary = `----byliv${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="x.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    Buffer.from(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

function fieldNameSafe(name: string): boolean {
  return /^[\w.-]+$/.test(name);
}

const jsonValue = fc.oneof(
  fieldValue,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(1e308, -1, 0, 2 ** 31, 2 ** 53),
  fc.array(fieldValue, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fieldValue, { maxKeys: 2 }),
);

describe('every form and API route under random input', () => {
  let t: TestApp;
  let world: HostileWorld;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createHostileWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the forms, the API writes and the tables to watch', () => {
    expect(world.forms.length).toBeGreaterThan(5);
    expect(world.apiWrites.length).toBeGreaterThan(3);
    expect(world.tables).toEqual(expect.arrayContaining(['users', 'organisations', 'memberships', 'jobs']));
  });

  it(
    'never answers a form post with a 5xx, and a refused post changes nothing',
    async () => {
      for (const form of world.forms) {
        const fields = form.bodyFields.filter((field) => field !== '_csrf');
        const values = fc.record(Object.fromEntries(fields.map((field) => [field, fieldValue])), {
          requiredKeys: [],
        });
        const tables = watchTables(world);
        await fc.assert(
          fc.asyncProperty(values, async (body) => {
            const agent = await browserFor(world, form.access);
            const before = await tables.before();
            const response = await agent.post(
              concreteUrl(form.url, world.slug),
              body as Record<string, string>,
            );
            const label = `${form.url} with ${JSON.stringify(body).slice(0, 300)} → ${response.statusCode}`;
            await tables.check(label, before, response);
          }),
          { numRuns: 15 },
        );
      }
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never answers a multipart post (a file upload) with a 5xx, and a refused one changes nothing',
    async () => {
      for (const form of world.forms) {
        const fields = [...form.bodyFields.filter((field) => field !== '_csrf'), 'altText'];
        const values = fc.record(
          Object.fromEntries(
            fields.filter(fieldNameSafe).map((field) => [field, fc.oneof(nasty, fc.string())]),
          ),
          { requiredKeys: [] },
        );
        const tables = watchTables(world);
        await fc.assert(
          fc.asyncProperty(values, fc.uint8Array({ maxLength: 2000 }), async (body, file) => {
            const agent = await browserFor(world, form.access);
            const cookies = ['byliv_csrf', 'byliv_session']
              .map((name) => [name, agent.cookie(name)])
              .filter(([, value]) => value !== undefined)
              .map(([name, value]) => `${name}=${value}`)
              .join('; ');
            const multipart = multipartBody(body as Record<string, string>, file);
            const before = await tables.before();
            const url = concreteUrl(form.url, world.slug);
            const response = await t.app.inject({
              method: 'POST',
              url: `${url}?_csrf=${encodeURIComponent(agent.csrfToken)}`,
              headers: { cookie: cookies, 'content-type': multipart.type },
              payload: multipart.body,
            });
            await tables.check(`multipart ${url} → ${response.statusCode}`, before, response);
          }),
          { numRuns: 4 },
        );
      }
    },
    FUZZ_TIMEOUT_MS,
  );

  it('never answers the site search (page or API) with a 5xx, whatever the query', async () => {
    const queries = fc.oneof(
      fieldValue,
      fc.constantFrom('%', '_', '\\', '%_%', '\\%', 'ØSTKAJ', 'a b c d e f g h'),
    );
    await fc.assert(
      fc.asyncProperty(queries, fc.constantFrom('', 'steder', 'aktiviteter', 'giv', 'x'), async (q, vis) => {
        const query = `q=${encodeURIComponent(q)}&vis=${vis}&side=${encodeURIComponent(Array.from(q).slice(0, 20).join(''))}`;
        const page = await t.app.inject({ url: `/soeg?${query}` });
        expect(page.statusCode, `/soeg?${query}`).toBeLessThan(500);
        const api = await t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}` });
        expect(api.statusCode, `/api/v1/search?q=${q.slice(0, 50)}`).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it(
    'never answers a JSON API write with a 5xx, and a refused one changes nothing',
    async () => {
      for (const route of world.apiWrites) {
        const fields = route.bodyFields;
        const shaped = fc.record(Object.fromEntries(fields.map((field) => [field, jsonValue])), {
          requiredKeys: [],
        });
        const bodies = fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: fc.jsonValue() });
        const tables = watchTables(world);
        await fc.assert(
          fc.asyncProperty(bodies, async (body) => {
            const before = await tables.before();
            const url = concreteUrl(route.url, world.slug);
            const response = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: {
                authorization: `Bearer ${world.apiPerson.apiToken}`,
                'content-type': 'application/json',
              },
              payload: JSON.stringify(body) ?? 'null',
            });
            const label = `${route.method} ${url} with ${JSON.stringify(body)?.slice(0, 300)} → ${response.statusCode}`;
            await tables.check(label, before, response);
          }),
          { numRuns: 15 },
        );
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});
