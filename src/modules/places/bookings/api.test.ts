import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

function iso(date: string, clock: string): string {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return new Date(instantAt(date, hours * 60 + minutes)).toISOString();
}

describe('the bookings API, for each role', () => {
  let t: TestApp;
  let booker: TestPerson;
  let manager: TestPerson;
  let stranger: TestPerson;
  let hall: { id: number; slug: string };
  let far: { id: number; slug: string };

  function call(person: TestPerson | null, method: 'GET' | 'POST', url: string, payload?: object) {
    return t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: person === null ? {} : { authorization: `Bearer ${person.apiToken}` },
      ...(payload === undefined ? {} : { payload }),
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    booker = await createPerson(t.ctx, { name: 'Api Booker' });
    manager = await createPerson(t.ctx, { name: 'Api Manager' });
    stranger = await createPerson(t.ctx, { name: 'Api Fremmed' });
    const owner = await createOrganisation(t.ctx, { name: 'Kulturhuset' });
    const evenings = [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      startMinute: 17 * 60,
      endMinute: 22 * 60,
    }));
    hall = await createPlace(t.ctx, {
      organisationId: owner,
      name: 'Salen',
      managers: [manager.id],
      windows: evenings,
      capacity: 40,
      keyHandover: 'door_code',
      facilities: ['kitchen'],
      lat: 55.6465,
      lon: 12.5445,
    });
    far = await createPlace(t.ctx, {
      organisationId: owner,
      name: 'Det fjerne lokale',
      windows: evenings,
      lat: 55.67,
      lon: 12.54,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('asks for a token to book, and lists the bookings endpoints in the OpenAPI document', async () => {
    const anonymous = await call(null, 'POST', `/places/${hall.slug}/bookings`, {});
    expect(anonymous.statusCode).toBe(401);
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/places/{slug}/bookings',
        '/api/v1/bookings/search',
        '/api/v1/bookings/{id}/approve',
      ]),
    );
    expect(doc.paths['/api/v1/places/{slug}/bookings'].post.tags).toEqual(['bookings']);
  });

  it('books, refuses a clash with 409 booking_clash, and a rule break with a field message in both languages', async () => {
    const created = await call(booker, 'POST', `/places/${hall.slug}/bookings`, {
      title: 'Koncert',
      startsAt: iso('2026-12-03', '18:00'),
      endsAt: iso('2026-12-03', '21:00'),
      attendees: 30,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().bookingIds).toHaveLength(1);

    const clash = await call(stranger, 'POST', `/places/${hall.slug}/bookings`, {
      title: 'Øvning',
      startsAt: iso('2026-12-03', '20:00'),
      endsAt: iso('2026-12-03', '22:00'),
      attendees: 5,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('booking_clash');
    expect(clash.json().message.en).toBe(
      'The place is already taken on Thursday 3 December 2026, 18:00–21:00. Choose another time',
    );

    const outside = await call(stranger, 'POST', `/places/${hall.slug}/bookings`, {
      title: 'Morgenyoga',
      startsAt: iso('2026-12-04', '07:00'),
      endsAt: iso('2026-12-04', '08:00'),
      attendees: 50,
    });
    expect(outside.statusCode).toBe(422);
    const fields = Object.fromEntries(
      (outside.json().errors as Array<{ field: string; message: { da: string } }>).map((error) => [
        error.field,
        error.message.da,
      ]),
    );
    expect(fields.startsAt).toBe(
      'Tidspunktet ligger uden for stedets bookingtider. Om fredagen kan der bookes: 17:00–22:00',
    );
    expect(fields.attendees).toBe('Der er plads til højst 40 personer');
  });

  it('reads a booking by the same rules as the form: a title over the limit or with a control character is a field error', async () => {
    const booking = {
      startsAt: iso('2026-12-07', '18:00'),
      endsAt: iso('2026-12-07', '19:00'),
      attendees: 5,
    };
    const fieldsOf = async (title: string) => {
      const response = await call(booker, 'POST', `/places/${hall.slug}/bookings`, { ...booking, title });
      expect(response.statusCode).toBe(422);
      return Object.fromEntries(
        (response.json().errors as Array<{ field: string; message: { da: string } }>).map((error) => [
          error.field,
          error.message.da,
        ]),
      );
    };
    expect(await fieldsOf('x'.repeat(201))).toEqual({ title: 'Teksten må højst være 200 tegn' });
    expect(await fieldsOf('Koncert\u0007')).toEqual({ title: 'Værdien er ugyldig' });
  });

  it('previews a series with a stable code for each problem', async () => {
    const preview = await call(stranger, 'POST', `/places/${hall.slug}/bookings/preview`, {
      title: 'Kor',
      startsAt: iso('2026-11-26', '18:00'),
      endsAt: iso('2026-11-26', '20:00'),
      attendees: 10,
      repeat: { frequency: 'weekly', until: '2026-12-10' },
    });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.rule).toContain('RRULE:FREQ=WEEKLY');
    expect(
      body.occurrences.map((occurrence: { problems: Array<{ code: string }> }) =>
        occurrence.problems.map((p) => p.code),
      ),
    ).toEqual([['in_past'], ['clash'], []]);
    const refused = await call(stranger, 'POST', `/places/${hall.slug}/bookings`, {
      title: 'Kor',
      startsAt: iso('2026-11-26', '18:00'),
      endsAt: iso('2026-11-26', '20:00'),
      attendees: 10,
      repeat: { frequency: 'weekly', until: '2026-12-10' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('series_unavailable');
  });

  it('shows the booker’s name to managers only, and lets only managers decide', async () => {
    const created = await call(booker, 'POST', `/places/${hall.slug}/bookings`, {
      title: 'Generalforsamling',
      startsAt: iso('2026-12-07', '18:00'),
      endsAt: iso('2026-12-07', '20:00'),
      attendees: 20,
    });
    const [id] = created.json().bookingIds as number[];
    const mine = (await call(booker, 'GET', '/bookings/mine')).json();
    expect(mine.items.find((item: { id: number }) => item.id === id).bookerName).toBeNull();
    const queue = (await call(manager, 'GET', '/bookings/queue')).json();
    expect(
      queue.items.map((item: { id: number; bookerName: string }) => [item.id, item.bookerName]),
    ).toContainEqual([id, 'Api Booker']);
    expect((await call(stranger, 'GET', '/bookings/queue')).json().items).toEqual([]);
    expect((await call(stranger, 'GET', `/bookings/${id}`)).statusCode).toBe(403);
    expect((await call(stranger, 'POST', `/bookings/${id}/approve`)).statusCode).toBe(403);
    expect((await call(manager, 'POST', `/bookings/${id}/reject`, {})).statusCode).toBe(422);
    expect((await call(manager, 'POST', `/bookings/${id}/approve`)).statusCode).toBe(200);
    expect((await call(manager, 'POST', `/bookings/${id}/approve`)).json().code).toBe(
      'booking_not_requested',
    );

    t.clock.set(instantAt('2026-12-07', 17 * 60 + 30));
    const details = (await call(booker, 'GET', `/bookings/${id}`)).json();
    expect(details.doorCode.state).toBe('visible');
    expect(details.doorCode.code).toMatch(/^\d{6}$/);
    expect(details.codeViews).toBeNull();
    const managerDetails = (await call(manager, 'GET', `/bookings/${id}`)).json();
    expect(managerDetails.codeViews.map((view: { name: string }) => view.name)).toEqual([
      'Api Manager',
      'Api Booker',
    ]);
    t.clock.set(Date.UTC(2026, 10, 30, 9, 0));
  });

  it('decides in bulk and cancels', async () => {
    const ids: number[] = [];
    for (const date of ['2026-12-14', '2026-12-15']) {
      const created = await call(booker, 'POST', `/places/${hall.slug}/bookings`, {
        title: 'Lektiecafé',
        startsAt: iso(date, '17:00'),
        endsAt: iso(date, '18:00'),
        attendees: 10,
      });
      ids.push(...(created.json().bookingIds as number[]));
    }
    const bulk = await call(manager, 'POST', '/bookings/decisions', {
      ids,
      decision: 'reject',
      reason: 'Lukket for rengøring',
    });
    expect(bulk.json()).toEqual({ decided: 2, skipped: 0 });
    const again = await call(manager, 'POST', '/bookings/decisions', { ids, decision: 'approve' });
    expect(again.json()).toEqual({ decided: 0, skipped: 2 });

    const created = await call(booker, 'POST', `/places/${hall.slug}/bookings`, {
      title: 'Bogklub',
      startsAt: iso('2026-12-17', '19:00'),
      endsAt: iso('2026-12-17', '21:00'),
      attendees: 6,
    });
    const [id] = created.json().bookingIds as number[];
    expect((await call(stranger, 'POST', `/bookings/${id}/cancel`, {})).statusCode).toBe(403);
    expect((await call(booker, 'POST', `/bookings/${id}/cancel`, {})).json()).toEqual({
      status: 'cancelled',
    });
  });

  it('reports availability without personal data, and finds free rooms nearest first', async () => {
    const availability = await call(null, 'GET', `/places/${hall.slug}/availability?from=2026-12-03&days=1`);
    expect(availability.statusCode).toBe(200);
    expect(availability.json().busy).toEqual([
      { startsAt: iso('2026-12-03', '18:00'), endsAt: iso('2026-12-03', '21:00') },
    ]);
    expect(availability.json().free).toEqual([
      { startsAt: iso('2026-12-03', '17:00'), endsAt: iso('2026-12-03', '18:00') },
      { startsAt: iso('2026-12-03', '21:00'), endsAt: iso('2026-12-03', '22:00') },
    ]);
    expect(availability.body).not.toContain('Koncert');

    const search = (params: string) =>
      call(
        null,
        'GET',
        `/bookings/search?attendees=10&startsAt=${encodeURIComponent(iso('2026-12-10', '18:00'))}&endsAt=${encodeURIComponent(
          iso('2026-12-10', '20:00'),
        )}${params}`,
      );
    const nearest = (await search('&lat=55.6466&lon=12.5446')).json();
    expect(nearest.items.map((item: { slug: string }) => item.slug)).toEqual([hall.slug, far.slug]);
    expect(nearest.items[0].distanceMetres).toBeLessThan(50);
    const withKitchen = (await search('&facility=kitchen&lat=55.67&lon=12.54')).json();
    expect(withKitchen.items.map((item: { slug: string }) => item.slug)).toEqual([hall.slug]);
    const taken = (
      await call(
        null,
        'GET',
        `/bookings/search?attendees=10&startsAt=${encodeURIComponent(iso('2026-12-03', '20:00'))}&endsAt=${encodeURIComponent(
          iso('2026-12-03', '21:30'),
        )}`,
      )
    ).json();
    expect(taken.items.map((item: { slug: string }) => item.slug)).toEqual([far.slug]);
  });
});
