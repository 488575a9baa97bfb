import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicAddress, publicPoint } from '#src/modules/activities/address-visibility.ts';
import { renewPersonalFeed } from '#src/modules/activities/feeds/service.ts';
import { joinActivity } from '#src/modules/activities/participation/service.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
  await ensureAreas(testApp.ctx);
});
afterAll(async () => {
  await testApp.close();
});

// Thursday 3 December 2026, 16:00 in Copenhagen: the default activity's start.
const GANG = Date.UTC(2026, 11, 3, 15);
const FLAT = 'Sluseholmen 8, 3. tv.';
/** What must never reach someone who has not joined: the number, floor and door, the exact point. */
const SECRETS = ['Sluseholmen 8', '3. tv', '55.64651', '12.54803'];

async function loggedIn(name: string) {
  const person = await createPerson(testApp.ctx, { name });
  const agent = new TestAgent(testApp.app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/');
  return { person, agent, user: currentUser(person, name) };
}

function api(url: string, token: string | null) {
  return testApp.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
}

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** A home visit in a flat, address for participants only; one joined participant. */
async function homeVisit() {
  const organiser = await loggedIn('Værten Vibeke');
  const participant = await loggedIn('Deltager Dorthe');
  const id = await publish(testApp.ctx, organiser.user, {
    kind: 'tour_de_lejlighed',
    title: 'Tour de lejlighed hos Vibeke',
    address: FLAT,
    lat: '55.64651',
    lon: '12.54803',
    addressVisibility: 'participants',
  });
  await joinActivity(testApp.ctx, participant.user, id, GANG);
  await testApp.takeMail();
  return { id, organiser, participant };
}

describe('the public form of an address', () => {
  it('keeps the street and the postcode, never the number, floor or door', () => {
    expect(publicAddress('Sluseholmen 8, 3. tv.', 'Sluseholmen')).toBe('Sluseholmen');
    expect(publicAddress('Teglholmsgade 12, 2450 København SV', null)).toBe(
      'Teglholmsgade, 2450 København SV',
    );
    expect(publicAddress('H.C. Ørsteds Vej 5B, 2. sal', null)).toBe('H.C. Ørsteds Vej');
    expect(publicAddress('Sydhavnsgade 20 st', null)).toBe('Sydhavnsgade');
  });

  it('names the neighbourhood when no street with a number can be read', () => {
    expect(publicAddress('Hos Mette, 3. tv.', 'Sluseholmen')).toBe('Sluseholmen');
    expect(publicAddress('Ved broen', null)).toBe('');
  });

  it('rounds a point to about 100 m', () => {
    expect(publicPoint({ lat: 55.64651, lon: 12.54803 })).toEqual({ lat: 55.647, lon: 12.548 });
  });
});

describe('an address shown to participants only', () => {
  it('shows anonymous visitors and logged-in non-participants the street and a note, not the flat', async () => {
    const { id } = await homeVisit();
    const stranger = await loggedIn('Nysgerrig Niels');
    for (const agent of [new TestAgent(testApp.app), stranger.agent]) {
      const page = await agent.get(`/aktiviteter/${id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Sluseholmen');
      expect(page.body).toContain('Den fulde adresse vises, når du er tilmeldt.');
      expectNoSecrets(page.body);
    }
  });

  it('keeps the flat out of every list, calendar, map, search and the API without a token', async () => {
    const { id } = await homeVisit();
    const anonymous = new TestAgent(testApp.app);
    for (const url of [
      '/aktiviteter',
      '/aktiviteter?fra=2026-12-01&til=2026-12-31',
      '/aktiviteter/kalender?maaned=2026-12',
      '/aktiviteter/kort.geojson',
      '/aktiviteter/naer-mig?lat=55.6465&lon=12.548',
      '/soeg?q=Sluseholmen',
      '/',
    ]) {
      const response = await anonymous.get(url);
      expect(response.statusCode, url).toBe(200);
      expectNoSecrets(response.body);
    }
    expect((await anonymous.get('/soeg?q=tv')).body).not.toContain(`/aktiviteter/${id}"`);
    const single = await api(`/activities/${id}`, null);
    expect(single.statusCode).toBe(200);
    const json = JSON.parse(single.body) as { location: Record<string, unknown> };
    expect(json.location).toMatchObject({
      address: 'Sluseholmen',
      addressVisibility: 'participants',
      addressWithheld: true,
      lat: 55.647,
      lon: 12.548,
    });
    expectNoSecrets((await api('/activities?from=2026-12-01&to=2026-12-31', null)).body);
  });

  it('keeps the flat out of the public iCalendar feeds and the CSV', async () => {
    const { id, organiser } = await homeVisit();
    const anonymous = new TestAgent(testApp.app);
    const neighbourhood = await testApp.ctx.db.kysely
      .selectFrom('activities')
      .innerJoin('areas', 'areas.id', 'activities.neighbourhood_id')
      .select('areas.slug')
      .where('activities.id', '=', id)
      .executeTakeFirst();
    expect(neighbourhood).toBeDefined();
    const urls = [
      '/aktiviteter.ics',
      `/aktiviteter/${id}/kalender.ics`,
      `/aktiviteter/omraader/${neighbourhood?.slug}.ics`,
      '/aktiviteter.csv',
      '/aktiviteter.csv?format=excel',
    ];
    for (const url of urls) {
      const response = await anonymous.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('Tour de lejlighed hos Vibeke');
      expectNoSecrets(response.body);
    }
    // Even the organiser gets the public form in a public feed: it is cached for everyone.
    expectNoSecrets((await organiser.agent.get(`/aktiviteter/${id}/kalender.ics`)).body);
  });

  it('shows the full address to a joined participant and the organiser, on the page and in the API', async () => {
    const { id, organiser, participant } = await homeVisit();
    for (const viewer of [organiser, participant]) {
      const page = await viewer.agent.get(`/aktiviteter/${id}`);
      expect(page.body).toContain(FLAT);
      expect(page.body).not.toContain('Den fulde adresse vises, når du er tilmeldt.');
      const json = JSON.parse((await api(`/activities/${id}`, viewer.person.apiToken)).body) as {
        location: Record<string, unknown>;
      };
      expect(json.location).toMatchObject({ address: FLAT, addressWithheld: false, lat: 55.64651 });
      const list = JSON.parse(
        (await api('/activities?from=2026-12-01&to=2026-12-31', viewer.person.apiToken)).body,
      ) as { items: Array<{ id: number; location: { address: string } }> };
      expect(list.items.find((item) => item.id === id)?.location.address).toBe(FLAT);
    }
    expect((await organiser.agent.get(`/aktiviteter/${id}`)).body).toContain(
      'Kun tilmeldte ser den fulde adresse.',
    );
  });

  it('puts the full address in the personal feed of someone who joined, and in their sign-up mail', async () => {
    const { id, participant } = await homeVisit();
    const path = await renewPersonalFeed(testApp.ctx, participant.person.id);
    const feed = await new TestAgent(testApp.app).get(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('Sluseholmen 8');

    const late = await loggedIn('Sen Svend');
    await joinActivity(testApp.ctx, late.user, id, GANG);
    const mails = (await testApp.takeMail()).filter((mail) => mail.to === late.person.email);
    expect(mails.map((mail) => mail.text).join('\n')).toContain(FLAT);
  });

  it('leaves the waiting list with the public form until a seat frees', async () => {
    const organiser = await loggedIn('Lille Lejlighed');
    const id = await publish(testApp.ctx, organiser.user, {
      address: FLAT,
      addressVisibility: 'participants',
      capacity: '1',
    });
    const first = await loggedIn('Først');
    const second = await loggedIn('Venter');
    await joinActivity(testApp.ctx, first.user, id, GANG);
    await joinActivity(testApp.ctx, second.user, id, GANG);
    expectNoSecrets((await second.agent.get(`/aktiviteter/${id}`)).body);
    expect((await first.agent.get(`/aktiviteter/${id}`)).body).toContain(FLAT);
  });
});

describe('the choice in the form', () => {
  it('is ticked by default for a home visit and keeps the choice on a validation error', async () => {
    const { agent } = await loggedIn('Formular Frida');
    const template = await agent.get('/aktiviteter/ny?type=tour-de-lejlighed');
    expect(template.body).toContain('Vis kun den fulde adresse for tilmeldte');
    expect(template.body).toMatch(/<input[^>]*name="addressVisibility"[^>]*checked/);
    expect((await agent.get('/aktiviteter/ny?type=nabokaffe')).body).not.toMatch(
      /<input[^>]*name="addressVisibility"[^>]*checked/,
    );

    const refused = await agent.post('/aktiviteter/ny', {
      kind: 'neighbour_coffee',
      title: '',
      date: '2026-12-04',
      startTime: '18:00',
      locationKind: 'point',
      address: FLAT,
      addressVisibility: 'participants',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toMatch(/<input[^>]*name="addressVisibility"[^>]*checked/);
  });

  it('saves the choice and shows the organiser the full address in the edit form', async () => {
    const { agent } = await loggedIn('Formular Frede');
    const created = await agent.post('/aktiviteter/ny', {
      kind: 'neighbour_coffee',
      title: 'Kaffe i stuen',
      date: '2026-12-04',
      startTime: '18:00',
      locationKind: 'point',
      address: FLAT,
      addressVisibility: 'participants',
    });
    expect(created.statusCode).toBe(302);
    const id = Number(/\/aktiviteter\/(\d+)/.exec(created.headers.location as string)?.[1]);
    const edit = await agent.get(`/aktiviteter/${id}/rediger`);
    expect(edit.body).toContain(`value="${FLAT}"`);
    expect(edit.body).toMatch(/<input[^>]*name="addressVisibility"[^>]*checked/);
    expectNoSecrets((await new TestAgent(testApp.app).get(`/aktiviteter/${id}`)).body);
  });

  it('defaults a home visit to participants only in the API, and anything else to public', async () => {
    const host = await createPerson(testApp.ctx, { name: 'API-vært' });
    const base = {
      title: 'Via API',
      date: '2026-12-05',
      startTime: '18:00',
      location: { type: 'point', address: 'Teglholmsgade 12, 2450 København SV' },
    };
    const visibilities: string[] = [];
    const ids: number[] = [];
    for (const kind of ['tour_de_lejlighed', 'neighbour_coffee']) {
      const created = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/activities',
        headers: { authorization: `Bearer ${host.apiToken}` },
        payload: { ...base, kind },
      });
      expect(created.statusCode).toBe(201);
      const { id } = JSON.parse(created.body) as { id: number };
      ids.push(id);
      const json = JSON.parse((await api(`/activities/${id}`, null)).body) as {
        location: { address: string; addressVisibility: string };
      };
      visibilities.push(`${json.location.addressVisibility}: ${json.location.address}`);
    }
    const [homeId] = ids;
    const changed = await testApp.app.inject({
      method: 'PUT',
      url: `/api/v1/activities/${homeId}`,
      headers: { authorization: `Bearer ${host.apiToken}` },
      payload: { ...base, kind: 'other', title: 'Ændret uden valget' },
    });
    expect(changed.statusCode).toBe(200);
    expect(JSON.parse((await api(`/activities/${homeId}`, null)).body).location.address).toBe(
      'Teglholmsgade, 2450 København SV',
    );
    expect(visibilities).toEqual([
      'participants: Teglholmsgade, 2450 København SV',
      'public: Teglholmsgade 12, 2450 København SV',
    ]);
  });
});

describe('an ordinary activity', () => {
  it('shows its address and point unchanged to everyone', async () => {
    const organiser = await loggedIn('Almindelig Anna');
    const id = await publish(testApp.ctx, organiser.user, {
      title: 'Nabokaffe på kajen',
      address: 'Sydhavnsgade 20, st.',
      lat: '55.64651',
      lon: '12.54803',
    });
    const anonymous = new TestAgent(testApp.app);
    expect((await anonymous.get(`/aktiviteter/${id}`)).body).toContain('Sydhavnsgade 20, st.');
    const json = JSON.parse((await api(`/activities/${id}`, null)).body) as {
      location: Record<string, unknown>;
    };
    expect(json.location).toMatchObject({
      address: 'Sydhavnsgade 20, st.',
      addressVisibility: 'public',
      addressWithheld: false,
      lat: 55.64651,
    });
    expect((await anonymous.get(`/aktiviteter/${id}/kalender.ics`)).body).toContain('Sydhavnsgade 20');
  });
});

describe('the OpenAPI document', () => {
  it('describes the choice in the input and the withheld address in the answers', async () => {
    const doc = JSON.parse((await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const activities = doc.paths['/api/v1/activities'];
    expect(JSON.stringify(activities?.post)).toContain('addressVisibility');
    expect(JSON.stringify(activities?.get)).toContain('addressWithheld');
    expect(JSON.stringify(doc.paths['/api/v1/activities/{id}']?.get)).toContain('addressWithheld');
  });
});
