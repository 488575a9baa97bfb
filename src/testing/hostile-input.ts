import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { RouteAccessEntry } from '#src/platform/fastify-types.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import type { TestApp } from '#src/testing/test-app.ts';

/** Tables whose rows may change on a refused request by design (attempt counters, migrations). */
const VOLATILE_TABLES = new Set(['rate_limits', 'kysely_migration', 'kysely_migration_lock']);
/** Columns a refused request may touch by design: an API token notes when it was last used. */
const VOLATILE_COLUMNS = new Set(['last_used_at']);
const CSRF_REFUSAL = 'Formularen er udløbet eller kom fra en anden side';

/**
 * A loaded app for hostile-input tests: a resident who is admin of an organisation (whose slug
 * fills every `:slug`), a second one for the API, every form, every API write and every table.
 */
export interface HostileWorld {
  t: TestApp;
  /** Logged in through the browser; the form tests may revoke its token 1 through the profile. */
  person: TestPerson;
  /** Its own person, so the API keeps a valid token whatever the forms do. */
  apiPerson: TestPerson;
  slug: string;
  forms: RouteAccessEntry[];
  apiWrites: RouteAccessEntry[];
  tables: string[];
}

async function adminOf(t: TestApp, organisationId: number, userId: number): Promise<void> {
  await t.ctx.db.kysely
    .insertInto('memberships')
    .values({ organisation_id: organisationId, user_id: userId, role: 'admin', created_at: t.clock.now() })
    .execute();
}

export async function createHostileWorld(t: TestApp): Promise<HostileWorld> {
  const slug = 'fuzz-forening';
  const person = await createPerson(t.ctx, { name: 'Fuzz Beboer' });
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
  await adminOf(t, organisation.id, person.id);
  const apiPerson = await createPerson(t.ctx, { name: 'Fuzz Klient' });
  await adminOf(t, organisation.id, apiPerson.id);
  const forms = t.app.routeAccess.filter(
    (route) => route.method === 'POST' && !route.url.startsWith('/api/') && route.url !== '/log-ud',
  );
  const apiWrites = t.app.routeAccess.filter(
    (route) => route.url.startsWith('/api/v1/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method),
  );
  const found = await t.ctx.db.kysely.introspection.getTables();
  const tables = found.map((table) => table.name).filter((name) => !VOLATILE_TABLES.has(name));
  return { t, person, apiPerson, slug, forms, apiWrites, tables };
}

/** Every row of every watched table, so a half-saved write anywhere shows up. */
export async function snapshot(world: HostileWorld): Promise<string> {
  const parts: string[] = [];
  for (const table of world.tables) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      world.t.ctx.db.kysely,
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

/** A concrete URL for a route pattern: the world's organisation for `:slug`, 1 for `:id`. */
export function concreteUrl(pattern: string, slug: string): string {
  return pattern.replace(/:(\w+)/g, (_whole, name: string) => {
    if (name === 'slug') return slug;
    if (name === 'id') return '1';
    return `x-${name}`;
  });
}

/**
 * A fresh browser that has loaded a page with a form, so it holds a valid CSRF token, and for a
 * route that needs a login, the world's person's session. The token is the HMAC of the CSRF
 * cookie alone, not of the session, so the light login page serves every access level (loading
 * the front page twice took ~30 ms, most of each fuzz run).
 */
export async function browserFor(
  world: HostileWorld,
  access: RouteAccessEntry['access'],
): Promise<TestAgent> {
  const agent = new TestAgent(world.t.app);
  await agent.get('/log-ind');
  if (access !== 'public') agent.setCookie('byliv_session', world.person.sessionToken);
  expect(agent.csrfToken).not.toBe('');
  return agent;
}

/** The request reached the route (neither its token nor its CSRF token was refused) and got no 5xx. */
export function expectTriedWithoutServerError(label: string, response: LightMyRequestResponse): void {
  expect(response.statusCode, label).toBeLessThan(500);
  expect(response.statusCode, `${label}: the token was refused, so the route was never tried`).not.toBe(401);
  expect(response.body, `${label}: the CSRF token was refused, so the form was never tried`).not.toContain(
    CSRF_REFUSAL,
  );
}

/** As expectTriedWithoutServerError, and a refused request left every table as it was. */
export async function expectNoServerErrorAndNothingHalfSaved(
  world: HostileWorld,
  label: string,
  before: string,
  response: LightMyRequestResponse,
): Promise<void> {
  expectTriedWithoutServerError(label, response);
  if (response.statusCode >= 400) expect(await snapshot(world), `${label} changed data`).toBe(before);
}

/**
 * The watched tables between the runs of one property. A refused request is checked to change
 * nothing, so its "before" stands for the next run's without reading every table again (a stale
 * state could only make a check fail, never pass).
 */
export interface TableWatch {
  before(): Promise<string>;
  check(label: string, before: string, response: LightMyRequestResponse): Promise<void>;
}

export function watchTables(world: HostileWorld): TableWatch {
  let unchanged: string | undefined;
  return {
    async before() {
      const state = unchanged ?? (await snapshot(world));
      unchanged = undefined;
      return state;
    },
    async check(label, before, response) {
      await expectNoServerErrorAndNothingHalfSaved(world, label, before, response);
      if (response.statusCode >= 400) unchanged = before;
    },
  };
}
