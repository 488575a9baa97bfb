import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL_REASON_MAX, TITLE_MAX } from '#src/modules/activities/limits.ts';
import { currentUser, FORM_BASE, publish } from '#src/modules/activities/test-support.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

async function loggedIn(name = 'Karen Nabo') {
  const person = await createPerson(testApp.ctx, { name });
  const agent = new TestAgent(testApp.app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/');
  return { person, agent, user: currentUser(person, name) };
}

async function count(table: 'activities' | 'bookings'): Promise<number> {
  const row = await testApp.ctx.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('publishing an activity', () => {
  it('opens the form pre-filled from the starter template of the chosen kind', async () => {
    const { agent } = await loggedIn();
    const page = await agent.get('/aktiviteter/ny?type=faellesspisning');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Fællesspisning"');
    expect(page.body).toContain('Vi laver mad sammen');
    expect(page.body).toMatch(/<option value="communal_dining" selected/);
    expect(page.body).toContain('varer aktiviteten 150 minutter');
  });

  it('publishes a small activity from kind, title, date, start time and where, lasting the usual length', async () => {
    const { agent } = await loggedIn();
    const response = await agent.post('/aktiviteter/ny', {
      kind: 'communal_dining',
      title: 'Fællesspisning i fælleshuset',
      date: '2026-12-04',
      startTime: '18:00',
      locationKind: 'point',
      address: 'Fælleshuset, Teglholmsgade 10',
    });
    expect(response.statusCode).toBe(302);
    const page = await agent.get(response.headers.location as string);
    expect(page.body).toContain('Fællesspisning i fælleshuset');
    expect(page.body).toContain('Aktiviteten er offentliggjort');
    expect(page.body).toContain('fredag den 4. december 2026 kl. 18.00–20.30');
    expect(page.body).toContain('Fælleshuset, Teglholmsgade 10');
    expect(page.body).toContain('/rapporter?type=activity&amp;id=');
  });

  it('names each bad field: end before start, a date in the past, a bad repetition', async () => {
    const { agent } = await loggedIn();
    const before = await count('activities');
    const endFirst = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      startTime: '18:00',
      endTime: '17:00',
    });
    expect(endFirst.statusCode).toBe(422);
    expect(endFirst.body).toContain('Sluttidspunktet skal ligge efter starttidspunktet');
    const past = await agent.post('/aktiviteter/ny', { ...FORM_BASE, date: '2026-11-01' });
    expect(past.body).toContain('Tidspunktet er allerede passeret');
    const repeat = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      repeat: 'weekly',
      until: '2026-11-20',
    });
    expect(repeat.body).toContain('Slutdatoen for gentagelsen skal ligge på eller efter den første dato');
    const unknown = await agent.post('/aktiviteter/ny', { ...FORM_BASE, repeat: 'daily' });
    expect(unknown.body).toContain('Vælg, hvor ofte aktiviteten gentages');
    expect(repeat.body).toContain('value="Nabokaffe i gården"');
    expect(await count('activities')).toBe(before);
  });

  it('refuses co-hosts without an account by name', async () => {
    const { agent } = await loggedIn();
    const response = await agent.post('/aktiviteter/ny', { ...FORM_BASE, cohosts: 'ingen@example.dk' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Der er ingen bruger af Byliv med e-mailen ingen@example.dk');
  });

  it('publishes a route of stops for a mobile activity', async () => {
    const { agent } = await loggedIn();
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      kind: 'outdoor',
      title: 'Kajak pop-up',
      locationKind: 'route',
      address: '',
      stops: '16:00 Sluseholmen bro @ 55.6465, 12.5480\n16:45 Teglholmen',
    });
    expect(response.statusCode).toBe(302);
    const page = await agent.get(response.headers.location as string);
    expect(page.body).toContain('16:00 Sluseholmen bro → 16:45 Teglholmen');
  });
});

describe('an activity at a bookable place', () => {
  it('books the place in the same step', async () => {
    const { agent, person } = await loggedIn();
    const organisationId = await createOrganisation(testApp.ctx);
    const place = await createPlace(testApp.ctx, {
      organisationId,
      approvalRequired: false,
      name: 'Fælleslokalet',
    });
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      locationKind: 'place',
      placeSlug: place.slug,
      address: '',
    });
    expect(response.statusCode).toBe(302);
    const booking = await testApp.ctx.db.kysely
      .selectFrom('bookings')
      .selectAll()
      .where('place_id', '=', place.id)
      .executeTakeFirstOrThrow();
    expect(booking.status).toBe('approved');
    expect(booking.booker_id).toBe(person.id);
    const page = await agent.get(response.headers.location as string);
    expect(page.body).toContain('Fælleslokalet');
    expect(page.body).toContain('Booking af stedet: Godkendt');
  });

  it('is not created when the place is taken, and the form names the time that is taken', async () => {
    const first = await loggedIn();
    const organisationId = await createOrganisation(testApp.ctx);
    const place = await createPlace(testApp.ctx, { organisationId, approvalRequired: false });
    await publish(testApp.ctx, first.user, {
      locationKind: 'place',
      placeSlug: place.slug,
      startTime: '15:00',
      endTime: '17:00',
    });
    const [activities, bookings] = [await count('activities'), await count('bookings')];
    const { agent } = await loggedIn('Ole Anden');
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      locationKind: 'place',
      placeSlug: place.slug,
      address: '',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      'Stedet er allerede optaget torsdag den 3. december 2026 kl. 15.00–17.00',
    );
    expect(await count('activities')).toBe(activities);
    expect(await count('bookings')).toBe(bookings);
  });

  it("is not created when the place's rules refuse it, with the rule's own message", async () => {
    const { agent } = await loggedIn();
    const organisationId = await createOrganisation(testApp.ctx);
    const place = await createPlace(testApp.ctx, { organisationId, approvalRequired: false, capacity: 10 });
    const before = await count('activities');
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      locationKind: 'place',
      placeSlug: place.slug,
      capacity: '30',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Der er plads til højst 10 personer');
    expect(await count('activities')).toBe(before);
  });

  it('books every occurrence of a bounded series, or asks for an end date', async () => {
    const { agent } = await loggedIn();
    const organisationId = await createOrganisation(testApp.ctx);
    const place = await createPlace(testApp.ctx, { organisationId, approvalRequired: false });
    const open = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      locationKind: 'place',
      placeSlug: place.slug,
      repeat: 'weekly',
    });
    expect(open.body).toContain('skal have en slutdato for gentagelsen');
    const bounded = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      locationKind: 'place',
      placeSlug: place.slug,
      repeat: 'weekly',
      until: '2026-12-31',
    });
    expect(bounded.statusCode).toBe(302);
    const booked = await testApp.ctx.db.kysely
      .selectFrom('bookings')
      .select('starts_at')
      .where('place_id', '=', place.id)
      .execute();
    expect(booked).toHaveLength(5);
  });
});

describe('changing and cancelling', () => {
  it('lets only organisers change an activity', async () => {
    const organiser = await loggedIn();
    const id = await publish(testApp.ctx, organiser.user);
    const other = await loggedIn('Fremmed');
    expect((await other.agent.get(`/aktiviteter/${id}/rediger`)).statusCode).toBe(403);
    expect((await organiser.agent.get(`/aktiviteter/${id}/rediger`)).body).toContain(
      'value="Nabokaffe i gården"',
    );
  });

  it('lets a co-host change it', async () => {
    const cohost = await loggedIn('Medvært');
    const organiser = await loggedIn();
    const id = await publish(testApp.ctx, organiser.user, { cohosts: cohost.person.email });
    const response = await cohost.agent.post(`/aktiviteter/${id}/rediger`, {
      ...FORM_BASE,
      title: 'Nabokaffe og kage',
      cohosts: cohost.person.email.replace(/.*/, ''),
    });
    expect(response.statusCode).toBe(302);
    expect((await cohost.agent.get(`/aktiviteter/${id}`)).body).toContain('Nabokaffe og kage');
  });

  it('refuses fewer places than people already joined', async () => {
    const organiser = await loggedIn();
    const id = await publish(testApp.ctx, organiser.user, { capacity: '5' });
    for (const name of ['A', 'B', 'C']) {
      const guest = await loggedIn(name);
      await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(Date.UTC(2026, 11, 3, 15)) });
    }
    const response = await organiser.agent.post(`/aktiviteter/${id}/rediger`, {
      ...FORM_BASE,
      capacity: '2',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Der er allerede 3 tilmeldt');
  });

  it('tells everyone who joined of a new time and of a cancellation', async () => {
    const organiser = await loggedIn();
    const id = await publish(testApp.ctx, organiser.user);
    const guest = await loggedIn('Deltager');
    await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(Date.UTC(2026, 11, 3, 15)) });
    await testApp.takeMail();
    await organiser.agent.post(`/aktiviteter/${id}/rediger`, {
      ...FORM_BASE,
      startTime: '17:00',
      endTime: '18:30',
    });
    const moved = (await testApp.takeMail()).filter((mail) => mail.to === guest.person.email);
    expect(moved.map((mail) => mail.subject)).toEqual(['Nyt tidspunkt: Nabokaffe i gården']);
    expect(moved[0]?.text).toContain('Nu: torsdag den 3. december 2026 kl. 17.00–18.30');
    const page = await guest.agent.get(`/aktiviteter/${id}`);
    expect(page.body).toContain('Du er tilmeldt.');

    const cancel = await organiser.agent.post(`/aktiviteter/${id}/aflys`, {
      reason: 'Vandskade i gården',
      bekraeft: 'ja',
    });
    expect(cancel.statusCode).toBe(302);
    const cancelled = (await testApp.takeMail()).filter((mail) => mail.to === guest.person.email);
    expect(cancelled.map((mail) => mail.subject)).toEqual(['Aflyst: Nabokaffe i gården']);
    expect(cancelled[0]?.text).toContain('Vandskade i gården');
    expect((await guest.agent.get(`/aktiviteter/${id}`)).body).toContain('Aktiviteten er aflyst');
  });
});

describe('the limits the form and the JSON API share', () => {
  function api(url: string, token: string, payload: object) {
    return testApp.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  }

  function apiErrors(body: string): Array<{ field: string; message: { da: string } }> {
    return (JSON.parse(body) as { errors: Array<{ field: string; message: { da: string } }> }).errors;
  }

  it('refuses an over-long title with the same field error on both faces', async () => {
    const { person, agent } = await loggedIn();
    const title = 'x'.repeat(TITLE_MAX + 1);
    const before = await count('activities');

    const form = await agent.post('/aktiviteter/ny', { ...FORM_BASE, title });
    expect(form.statusCode).toBe(422);

    const json = await api('/activities', person.apiToken, {
      kind: 'neighbour_coffee',
      title,
      date: '2026-12-03',
      startTime: '16:00',
      location: { type: 'point', address: 'Sluseholmen 8' },
    });
    expect(json.statusCode).toBe(422);
    const message = `Teksten må højst være ${TITLE_MAX} tegn`;
    expect(apiErrors(json.body)).toEqual([
      { field: 'title', message: expect.objectContaining({ da: message }) },
    ]);
    expect(form.body).toContain(message);
    expect(await count('activities')).toBe(before);
  });

  it('refuses an over-long cancellation reason on both faces instead of cutting it', async () => {
    const organiser = await loggedIn();
    const id = await publish(testApp.ctx, organiser.user);
    const reason = 'x'.repeat(CANCEL_REASON_MAX + 1);
    const message = `Teksten må højst være ${CANCEL_REASON_MAX} tegn`;

    const form = await organiser.agent.post(`/aktiviteter/${id}/aflys`, { reason, bekraeft: 'ja' });
    expect(form.statusCode).toBe(422);
    expect(form.body).toContain(message);

    const json = await api(`/activities/${id}/cancel`, organiser.person.apiToken, { reason });
    expect(json.statusCode).toBe(422);
    expect(apiErrors(json.body)).toEqual([
      { field: 'reason', message: expect.objectContaining({ da: message }) },
    ]);
    expect((await organiser.agent.get(`/aktiviteter/${id}`)).body).not.toContain('Aktiviteten er aflyst');
  });
});
