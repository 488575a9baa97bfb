import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// Issue 10: instants that are valid RFC 3339 but not valid for Byliv answered 500.
interface Problem {
  status: number;
  errors?: Array<{ field: string; message: { da: string; en: string } }>;
  message?: { da: string; en: string };
}

describe('odd but well-formed instants sent to the bookings API', () => {
  let t: TestApp;
  let booker: TestPerson;
  let room: { id: number; slug: string };

  function call(method: 'GET' | 'POST', url: string, payload?: object) {
    return t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${booker.apiToken}` },
      ...(payload === undefined ? {} : { payload }),
    });
  }

  function book(startsAt: string, endsAt: string, path = 'bookings') {
    return call('POST', `/places/${room.slug}/${path}`, { title: 'Naboråd', attendees: 4, startsAt, endsAt });
  }

  beforeAll(async () => {
    t = await createTestApp();
    // From 1 January 2025, so every clock change of 2025–2030 lies ahead and may be booked.
    t.clock.set(Date.UTC(2025, 0, 1, 8));
    booker = await createPerson(t.ctx, { name: 'Tid Booker' });
    const owner = await createOrganisation(t.ctx, { name: 'Tidshuset' });
    room = await createPlace(t.ctx, {
      organisationId: owner,
      approvalRequired: false,
      maxAdvanceDays: 366 * 7,
      minDurationMinutes: 1,
      maxDurationMinutes: 24 * 60,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a booking at the leap second 23:59:60 with 422, saying seconds run 00–59', async () => {
    for (const path of ['bookings', 'bookings/preview']) {
      const response = await book('2027-06-30T23:59:60Z', '2027-07-01T01:00:00Z', path);
      expect(response.statusCode, path).toBe(422);
      const problem = JSON.parse(response.body) as Problem;
      expect(problem.errors).toEqual([
        {
          field: 'startsAt',
          message: {
            da: 'Sekunderne skal være fra 00 til 59; Byliv regner ikke med skudsekunder. Skriv fx 2027-06-30T23:59:59Z',
            en: 'Seconds must be 00–59; Byliv does not count leap seconds. Write e.g. 2027-06-30T23:59:59Z',
          },
        },
      ]);
    }
    const search = await call(
      'GET',
      `/bookings/search?attendees=2&startsAt=2027-06-30T22:00:00Z&endsAt=${encodeURIComponent('2027-06-30T23:59:60Z')}`,
    );
    expect(search.statusCode).toBe(422);
    expect((JSON.parse(search.body) as Problem).errors?.[0]?.field).toBe('endsAt');
  });

  it('refuses a booking in year 0 with 422, saying which years Byliv accepts', async () => {
    for (const path of ['bookings', 'bookings/preview']) {
      const response = await book('0000-01-01T10:00:00Z', '0000-01-01T11:00:00Z', path);
      expect(response.statusCode, path).toBe(422);
      const problem = JSON.parse(response.body) as Problem;
      expect(problem.errors).toEqual([
        {
          field: 'startsAt',
          message: {
            da: 'Datoen ligger uden for de år, Byliv tager imod (2000–2100). Vælg en dato i de år',
            en: 'The date is outside the years Byliv accepts (2000–2100). Choose a date within them',
          },
        },
        expect.objectContaining({ field: 'endsAt' }),
      ]);
    }
  });

  it('refuses a series starting in year 0 and a search over year 9999 with 422', async () => {
    const series = await call('POST', `/places/${room.slug}/bookings`, {
      title: 'Naboråd',
      attendees: 4,
      startsAt: '0000-01-01T10:00:00Z',
      endsAt: '0000-01-01T11:00:00Z',
      repeat: { frequency: 'weekly', until: '2027-12-01' },
    });
    expect(series.statusCode).toBe(422);
    const search = await call(
      'GET',
      '/bookings/search?attendees=2&startsAt=9999-01-01T10:00:00Z&endsAt=9999-01-01T11:00:00Z',
    );
    expect(search.statusCode).toBe(422);
  });

  it('shows today’s calendar instead of failing when availability is asked from year 9999', async () => {
    const response = await call('GET', `/places/${room.slug}/availability?from=9999-12-31`);
    expect(response.statusCode).toBe(200);
    expect((JSON.parse(response.body) as { from: string }).from).toBe('2024-12-31T23:00:00.000Z');
  });

  it('books across both clock changes of 2027 with the instants kept exactly', async () => {
    const spring = await book('2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z');
    expect(spring.statusCode).toBe(201);
    const autumn = await book('2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z');
    expect(autumn.statusCode).toBe(201);
    const [id] = (JSON.parse(autumn.body) as { bookingIds: number[] }).bookingIds;
    const read = JSON.parse((await call('GET', `/bookings/${id}`)).body) as {
      booking: { startsAt: string; endsAt: string };
    };
    expect(read.booking).toMatchObject({
      startsAt: '2027-10-31T00:30:00.000Z',
      endsAt: '2027-10-31T01:30:00.000Z',
    });
  });
});

/** The last Sunday of a month (1–12) of a year, as YYYY-MM-DD. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

const MINUTE = 60_000;

/** Instants near the clock changes of 2025–2030, and the edges of the schema and the calendar. */
const nearChange = fc
  .tuple(
    fc.integer({ min: 2025, max: 2030 }),
    fc.constantFrom(3, 10),
    fc.integer({ min: -4 * 60, max: 6 * 60 }),
    fc.constantFrom(0, 0, 0, 59_999, 59_000),
  )
  .map(
    ([year, month, minute, extra]) =>
      Date.parse(`${lastSunday(year, month)}T00:00:00Z`) + minute * MINUTE + extra,
  );
const edge = fc.constantFrom(
  '1999-12-31T22:59:59Z',
  '1999-12-31T23:00:00Z',
  '2100-12-31T22:59:59Z',
  '2101-01-01T00:00:00Z',
  '0000-01-01T10:00:00Z',
  '9999-12-31T23:59:59Z',
  '2028-02-29T12:00:00Z',
  '2027-12-31T23:59:59Z',
  '2027-06-30T23:59:60Z',
  '2027-03-28T02:30:00+01:00',
  '2027-10-31T02:30:00+02:00',
  '2027-10-31T02:30:00+01:00',
  '2027-03-28T01:59:59.999Z',
);
/** The last second of the UTC day before a clock change, or the leap second after it. */
const endOfUtcDay = fc
  .tuple(fc.integer({ min: 2025, max: 2030 }), fc.constantFrom(3, 10), fc.constantFrom('59', '60'))
  .map(([year, month, second]) => {
    const saturday = new Date(Date.parse(`${lastSunday(year, month)}T00:00:00Z`) - 86_400_000);
    return `${saturday.toISOString().slice(0, 10)}T23:59:${second}Z`;
  });
const startText = fc.oneof(
  { weight: 3, arbitrary: nearChange.map((epochMs) => new Date(epochMs).toISOString()) },
  { weight: 1, arbitrary: endOfUtcDay },
  { weight: 1, arbitrary: edge },
);
/** An end relative to the start: before it, equal (zero length), or up to a day after. */
const lengthMinutes = fc.oneof(
  fc.constantFrom(-60, -1, 0, 1, 60, 24 * 60, 24 * 60 + 1),
  fc.integer({ min: 1, max: 600 }),
);

function endText(start: string, minutes: number, shifted: boolean): string {
  const parsed = Date.parse(start);
  if (Number.isNaN(parsed) || shifted) return start.replace(/T\d\d/, 'T23');
  return new Date(parsed + minutes * MINUTE).toISOString();
}

describe('booking creation as a property over clock changes and edges', () => {
  let t: TestApp;
  let booker: TestPerson;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(Date.UTC(2025, 0, 1, 8));
    booker = await createPerson(t.ctx, { name: 'Egenskab Booker' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('never answers 5xx: either books with start and end kept exactly, or refuses with 4xx and a message', async () => {
    const owner = await createOrganisation(t.ctx, { name: 'Egenskabshuset' });
    await fc.assert(
      fc.asyncProperty(startText, lengthMinutes, fc.boolean(), async (startsAt, minutes, shifted) => {
        // A new room per run, so a refusal is about the times, not an earlier run's booking.
        const room = await createPlace(t.ctx, {
          organisationId: owner,
          approvalRequired: false,
          maxAdvanceDays: 366 * 7,
          minDurationMinutes: 1,
          maxDurationMinutes: 24 * 60,
        });
        const endsAt = endText(startsAt, minutes, shifted);
        const response = await t.app.inject({
          method: 'POST',
          url: `/api/v1/places/${room.slug}/bookings`,
          headers: { authorization: `Bearer ${booker.apiToken}` },
          payload: { title: 'Egenskab', attendees: 2, startsAt, endsAt },
        });
        const label = `${startsAt} → ${endsAt}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, label).toBeLessThan(500);
        if (response.statusCode === 201) {
          const [id] = (JSON.parse(response.body) as { bookingIds: number[] }).bookingIds;
          const row = await t.ctx.db.kysely
            .selectFrom('bookings')
            .select(['starts_at', 'ends_at'])
            .where('id', '=', id ?? 0)
            .executeTakeFirstOrThrow();
          expect(row, label).toEqual({ starts_at: Date.parse(startsAt), ends_at: Date.parse(endsAt) });
        } else {
          expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
          const problem = JSON.parse(response.body) as Problem;
          const said = problem.errors?.[0]?.message ?? problem.message;
          expect(said?.da, label).toMatch(/\S/);
          expect(said?.en, label).toMatch(/\S/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
