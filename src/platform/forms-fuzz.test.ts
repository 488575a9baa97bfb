import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccessEntry } from '#src/platform/fastify-types.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** Tables whose rows may change on a refused request by design (attempt counters, migrations). */
const VOLATILE_TABLES = new Set(['rate_limits', 'kysely_migration', 'kysely_migration_lock']);
/** Columns a refused request may touch by design: an API token notes when it was last used. */
const VOLATILE_COLUMNS = new Set(['last_used_at']);
const nasty = fc.constantFrom(
  '',
  ' ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '\u0000',
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

/** Every table of every module, so a half-saved write anywhere shows up. */
async function snapshot(t: TestApp, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      t.ctx.db.kysely,
    );
    const rows = result.rows.map((row) =>
      JSON.stringify(row, (key, value: unknown) => {
        if (VOLATILE_COLUMNS.has(key)) return undefined;
        return Buffer.isBuffer(value) ? value.toString('base64') : value;
      }),
    );
    parts.push(`${table}:${rows.sort().join('\n')}`);
  }
  return parts.join('\n');
}

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

function concreteUrl(pattern: string, slug: string): string {
  return pattern.replace(/:(\w+)/g, (_whole, name: string) => {
    if (name === 'slug') return slug;
    if (name === 'id') return '1';
    return `x-${name}`;
  });
}

const CSRF_REFUSAL = 'Formularen er udløbet eller kom fra en anden side';

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
  let person: TestPerson;
  /** Its own person: the form fuzz revokes token 1 (the first person's) through the profile. */
  let apiPerson: TestPerson;
  let forms: RouteAccessEntry[];
  let apiWrites: RouteAccessEntry[];
  let tables: string[];
  const slug = 'fuzz-forening';

  beforeAll(async () => {
    t = await createTestApp();
    person = await createPerson(t.ctx, { name: 'Fuzz Beboer' });
    const organisation = await t.ctx.db.kysely
      .insertInto('organisations')
      .values({
        name: 'Fuzz Forening',
        slug,
        kind: 'association',
        cvr: null,
        description: '',
        created_by: person.id,
        created_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db.kysely
      .insertInto('memberships')
      .values({
        organisation_id: organisation.id,
        user_id: person.id,
        role: 'admin',
        created_at: t.clock.now(),
      })
      .execute();
    apiPerson = await createPerson(t.ctx, { name: 'Fuzz Klient' });
    await t.ctx.db.kysely
      .insertInto('memberships')
      .values({
        organisation_id: organisation.id,
        user_id: apiPerson.id,
        role: 'admin',
        created_at: t.clock.now(),
      })
      .execute();
    forms = t.app.routeAccess.filter(
      (route) => route.method === 'POST' && !route.url.startsWith('/api/') && route.url !== '/log-ud',
    );
    apiWrites = t.app.routeAccess.filter(
      (route) =>
        route.url.startsWith('/api/v1/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method),
    );
    const found = await t.ctx.db.kysely.introspection.getTables();
    tables = found.map((table) => table.name).filter((name) => !VOLATILE_TABLES.has(name));
  });
  afterAll(async () => {
    await t.close();
  });

  /** A browser that has loaded a page with a form, so it holds a valid CSRF token. */
  async function browser(access: RouteAccessEntry['access']): Promise<TestAgent> {
    const agent = new TestAgent(t.app);
    if (access === 'public') {
      await agent.get('/log-ind');
    } else {
      await agent.get('/');
      agent.setCookie('byliv_session', person.sessionToken);
      await agent.get('/');
    }
    expect(agent.csrfToken).not.toBe('');
    return agent;
  }

  async function expectNoServerErrorAndNothingHalfSaved(
    label: string,
    before: string,
    response: LightMyRequestResponse,
  ): Promise<void> {
    expect(response.statusCode, label).toBeLessThan(500);
    expect(response.statusCode, `${label}: the token was refused, so the route was never tried`).not.toBe(
      401,
    );
    expect(response.body, `${label}: the CSRF token was refused, so the form was never tried`).not.toContain(
      CSRF_REFUSAL,
    );
    if (response.statusCode >= 400) expect(await snapshot(t, tables), `${label} changed data`).toBe(before);
  }

  it('finds the forms, the API writes and the tables to watch', () => {
    expect(forms.length).toBeGreaterThan(5);
    expect(apiWrites.length).toBeGreaterThan(3);
    expect(tables).toEqual(expect.arrayContaining(['users', 'organisations', 'memberships', 'jobs']));
  });

  it(
    'never answers a form post with a 5xx, and a refused post changes nothing',
    async () => {
      for (const form of forms) {
        const fields = form.bodyFields.filter((field) => field !== '_csrf');
        const values = fc.record(Object.fromEntries(fields.map((field) => [field, fieldValue])), {
          requiredKeys: [],
        });
        await fc.assert(
          fc.asyncProperty(values, async (body) => {
            const agent = await browser(form.access);
            const before = await snapshot(t, tables);
            const response = await agent.post(concreteUrl(form.url, slug), body as Record<string, string>);
            const label = `${form.url} with ${JSON.stringify(body).slice(0, 300)} → ${response.statusCode}`;
            await expectNoServerErrorAndNothingHalfSaved(label, before, response);
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
      for (const form of forms) {
        const fields = [...form.bodyFields.filter((field) => field !== '_csrf'), 'altText'];
        const values = fc.record(
          Object.fromEntries(
            fields.filter(fieldNameSafe).map((field) => [field, fc.oneof(nasty, fc.string())]),
          ),
          { requiredKeys: [] },
        );
        await fc.assert(
          fc.asyncProperty(values, fc.uint8Array({ maxLength: 2000 }), async (body, file) => {
            const agent = await browser(form.access);
            const cookies = ['byliv_csrf', 'byliv_session']
              .map((name) => [name, agent.cookie(name)])
              .filter(([, value]) => value !== undefined)
              .map(([name, value]) => `${name}=${value}`)
              .join('; ');
            const multipart = multipartBody(body as Record<string, string>, file);
            const before = await snapshot(t, tables);
            const url = concreteUrl(form.url, slug);
            const response = await t.app.inject({
              method: 'POST',
              url: `${url}?_csrf=${encodeURIComponent(agent.csrfToken)}`,
              headers: { cookie: cookies, 'content-type': multipart.type },
              payload: multipart.body,
            });
            await expectNoServerErrorAndNothingHalfSaved(
              `multipart ${url} → ${response.statusCode}`,
              before,
              response,
            );
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
        const query = `q=${encodeURIComponent(q)}&vis=${vis}&side=${encodeURIComponent(q.slice(0, 20))}`;
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
      for (const route of apiWrites) {
        const fields = route.bodyFields;
        const shaped = fc.record(Object.fromEntries(fields.map((field) => [field, jsonValue])), {
          requiredKeys: [],
        });
        const bodies = fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: fc.jsonValue() });
        await fc.assert(
          fc.asyncProperty(bodies, async (body) => {
            const before = await snapshot(t, tables);
            const url = concreteUrl(route.url, slug);
            const response = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: { authorization: `Bearer ${apiPerson.apiToken}`, 'content-type': 'application/json' },
              payload: JSON.stringify(body) ?? 'null',
            });
            const label = `${route.method} ${url} with ${JSON.stringify(body)?.slice(0, 300)} → ${response.statusCode}`;
            await expectNoServerErrorAndNothingHalfSaved(label, before, response);
          }),
          { numRuns: 15 },
        );
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});
