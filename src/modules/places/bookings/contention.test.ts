import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#src/db/database.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { formatInterval } from '#src/platform/dates/format.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { MINUTE } from '#src/platform/time.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';
import type { TestDatabase } from '#src/testing/test-db.ts';

const ATTEMPTS = 240;

/**
 * The guarantee seen from outside: many people press "book" for overlapping times at once, on
 * two app instances sharing one database. Exactly one booking is made; everyone else is told,
 * with a 409, which time is taken.
 */
describe('many overlapping booking requests at once', () => {
  let first: TestApp;
  let second: TestApp;
  let secondDatabase: TestDatabase;
  let people: TestPerson[];
  let slug: string;

  beforeAll(async () => {
    first = await createTestApp();
    // PostgreSQL: the second instance has its own connection pool, as a second server would.
    // SQLite: one process holds one connection (a second would wait on the lock in the same thread).
    secondDatabase =
      first.database.config.dialect === 'postgres'
        ? { db: openDatabase(first.database.config), config: first.database.config, close: async () => {} }
        : first.database;
    second = await createTestApp({ database: secondDatabase });
    people = await Promise.all(
      Array.from({ length: 12 }, (_, index) => createPerson(first.ctx, { name: `Beboer ${index}` })),
    );
    const owner = await createOrganisation(first.ctx, { name: 'Fælleshuset' });
    slug = (await createPlace(first.ctx, { organisationId: owner, approvalRequired: false })).slug;
  });
  afterAll(async () => {
    await second.close();
    if (secondDatabase !== first.database) await secondDatabase.db.close();
    await first.close();
  });

  it('lets exactly one win and tells every other a clear clash, on both instances', async () => {
    const base = instantAt('2026-12-10', 18 * 60);
    const responses = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, index) => {
        const app = index % 2 === 0 ? first.app : second.app;
        const person = people[index % people.length];
        const startsAt = base + (index % 4) * 15 * MINUTE;
        return app.inject({
          method: 'POST',
          url: `/api/v1/places/${slug}/bookings`,
          headers: { authorization: `Bearer ${person?.apiToken ?? ''}` },
          payload: {
            title: `Forsøg ${index}`,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(startsAt + 2 * 60 * MINUTE).toISOString(),
            attendees: 10,
          },
        });
      }),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ATTEMPTS - 1);

    const live = await first.ctx.db.kysely
      .selectFrom('bookings')
      .select(['starts_at', 'ends_at'])
      .where('status', 'in', ['requested', 'approved'])
      .execute();
    expect(live).toHaveLength(1);
    const winner = live[0];
    const taken = formatInterval('da', winner?.starts_at ?? 0, winner?.ends_at ?? 0);
    for (const response of responses.filter((candidate) => candidate.statusCode === 409)) {
      const problem = response.json();
      expect(problem.code).toBe('booking_clash');
      expect(problem.message.da).toBe(`Stedet er allerede optaget ${taken}. Vælg et andet tidspunkt`);
      expect(problem.message.en).toContain('The place is already taken on Thursday 10 December 2026');
    }
  });
});
