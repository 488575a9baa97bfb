import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  token: string | null,
  payload?: object,
) {
  return testApp.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload }),
  });
}

const COFFEE = {
  kind: 'neighbour_coffee',
  title: 'Nabokaffe via API',
  date: '2026-12-03',
  startTime: '16:00',
  location: { type: 'point', address: 'Sluseholmen 8' },
  capacity: 1,
};

describe('the activities API', () => {
  it('is described in the OpenAPI document under the tag activities', async () => {
    const doc = JSON.parse((await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    expect(doc.paths['/api/v1/activities']?.get?.tags).toEqual(['activities']);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/activities/{id}',
        '/api/v1/activities/{id}/cancel',
        '/api/v1/activities/{id}/participants',
        '/api/v1/activities/{id}/participants/me',
      ]),
    );
  });

  it('creates, lists, joins with a waiting list, shows participants to the organiser and cancels', async () => {
    const organiser = await createPerson(testApp.ctx, { name: 'API-arrangør' });
    const created = await call('POST', '/activities', organiser.apiToken, COFFEE);
    expect(created.statusCode).toBe(201);
    const { id } = JSON.parse(created.body) as { id: number };

    const list = JSON.parse((await call('GET', '/activities?from=2026-12-01&to=2026-12-31', null)).body) as {
      items: Array<{ id: number; endsAt: string; occurrences: Array<{ placesLeft: number | null }> }>;
    };
    const item = list.items.find((candidate) => candidate.id === id);
    expect(item?.endsAt).toBe('2026-12-03T16:30:00.000Z');
    expect(item?.occurrences[0]?.placesLeft).toBe(1);

    const first = await createPerson(testApp.ctx);
    const second = await createPerson(testApp.ctx);
    expect(
      JSON.parse((await call('POST', `/activities/${id}/participants`, first.apiToken, {})).body).status,
    ).toBe('joined');
    expect(
      JSON.parse((await call('POST', `/activities/${id}/participants`, second.apiToken, {})).body).status,
    ).toBe('waiting');

    expect((await call('GET', `/activities/${id}/participants`, first.apiToken)).statusCode).toBe(403);
    const participants = JSON.parse(
      (await call('GET', `/activities/${id}/participants`, organiser.apiToken)).body,
    ) as {
      items: Array<{ email: string; status: string }>;
    };
    expect(participants.items.map((row) => [row.email, row.status])).toEqual([
      [first.email, 'joined'],
      [second.email, 'waiting'],
    ]);

    expect((await call('DELETE', `/activities/${id}/participants/me`, first.apiToken)).statusCode).toBe(204);
    const after = JSON.parse(
      (await call('GET', `/activities/${id}/participants`, organiser.apiToken)).body,
    ) as {
      items: Array<{ email: string; status: string }>;
    };
    expect(after.items.map((row) => [row.email, row.status])).toEqual([[second.email, 'joined']]);

    expect((await call('POST', `/activities/${id}/cancel`, first.apiToken, {})).statusCode).toBe(403);
    expect(
      (await call('POST', `/activities/${id}/cancel`, organiser.apiToken, { reason: 'Regn' })).statusCode,
    ).toBe(200);
    const cancelled = JSON.parse((await call('GET', `/activities/${id}`, null)).body) as {
      cancelled: boolean;
    };
    expect(cancelled.cancelled).toBe(true);
  });

  it('answers bad input with a specific message per field', async () => {
    const person = await createPerson(testApp.ctx);
    const response = await call('POST', '/activities', person.apiToken, {
      ...COFFEE,
      endTime: '15:00',
      repeat: { frequency: 'weekly', until: '2026-11-01' },
    });
    expect(response.statusCode).toBe(422);
    const problem = JSON.parse(response.body) as {
      errors: Array<{ field: string; message: { da: string; en: string } }>;
    };
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'endTime',
          message: expect.objectContaining({ en: 'The end time must be after the start time' }),
        },
        {
          field: 'repeat.until',
          message: expect.objectContaining({
            da: 'Slutdatoen for gentagelsen skal ligge på eller efter den første dato',
          }),
        },
      ]),
    );
    expect((await call('POST', '/activities', null, COFFEE)).statusCode).toBe(401);
  });

  it('refuses an activity at a taken place with 409, naming the time, and saves nothing', async () => {
    const person = await createPerson(testApp.ctx);
    const organisationId = await createOrganisation(testApp.ctx);
    const place = await createPlace(testApp.ctx, { organisationId, approvalRequired: false });
    const atPlace = { ...COFFEE, location: { type: 'place', place: place.slug } };
    expect((await call('POST', '/activities', person.apiToken, atPlace)).statusCode).toBe(201);
    const before = await testApp.ctx.db.kysely
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const clash = await call('POST', '/activities', person.apiToken, { ...atPlace, startTime: '16:15' });
    expect(clash.statusCode).toBe(409);
    expect(JSON.parse(clash.body).code).toBe('booking_clash');
    expect(JSON.parse(clash.body).message.da).toContain('torsdag den 3. december 2026 kl. 16.00–17.30');
    const after = await testApp.ctx.db.kysely
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
