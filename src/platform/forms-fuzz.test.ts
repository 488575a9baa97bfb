import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#src/db/schema.ts';
import type { RouteAccessEntry } from '#src/platform/fastify-types.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** Tables whose rows may change on a refused request by design (attempt counters). */
const VOLATILE_TABLES = new Set<keyof Database>(['rate_limits']);
const TABLES: Array<keyof Database> = [
  'users',
  'sessions',
  'user_tokens',
  'api_tokens',
  'organisations',
  'memberships',
  'invitations',
  'areas',
  'jobs',
];

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

async function snapshot(t: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    if (VOLATILE_TABLES.has(table)) continue;
    const rows = await t.ctx.db.kysely.selectFrom(table).selectAll().execute();
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}

function concreteUrl(pattern: string, slug: string): string {
  return pattern.replace(/:(\w+)/g, (_whole, name: string) => {
    if (name === 'slug') return slug;
    if (name === 'id') return '1';
    return `x-${name}`;
  });
}

describe('every form under random input', () => {
  let t: TestApp;
  let person: TestPerson;
  let forms: RouteAccessEntry[];
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
    forms = t.app.routeAccess.filter(
      (route) => route.method === 'POST' && !route.url.startsWith('/api/') && route.url !== '/log-ud',
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the forms to try', () => {
    expect(forms.length).toBeGreaterThan(5);
  });

  it('never answers a form post with a 5xx, and a refused post changes nothing', async () => {
    for (const form of forms) {
      const fields = form.bodyFields.filter((field) => field !== '_csrf');
      const values = fc.record(Object.fromEntries(fields.map((field) => [field, fieldValue])), {
        requiredKeys: [],
      });
      await fc.assert(
        fc.asyncProperty(values, async (body) => {
          const agent = new TestAgent(t.app);
          if (form.access !== 'public') {
            await agent.get('/');
            agent.setCookie('byliv_session', person.sessionToken);
          }
          await agent.get('/');
          const before = await snapshot(t);
          const response = await agent.post(concreteUrl(form.url, slug), body as Record<string, string>);
          expect(response.statusCode, `${form.url} with ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(
            500,
          );
          if (response.statusCode >= 400) {
            expect(await snapshot(t), `${form.url} changed data on ${response.statusCode}`).toBe(before);
          }
        }),
        { numRuns: 15 },
      );
    }
  });
});
