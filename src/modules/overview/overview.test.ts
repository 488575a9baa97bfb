import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinActivity } from '#src/modules/activities/participation/service.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { requestContact } from '#src/modules/giving/contact-service.ts';
import { bearer, postOffer } from '#src/modules/giving/test-support.ts';
import { createGrantsWorld, type GrantsWorld, submitApplication } from '#src/modules/grants/test-support.ts';
import { addBookings } from '#src/modules/overview/test-support.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('Mit overblik', () => {
  let t: TestApp;
  let manager: TestPerson;
  let booker: TestPerson;
  let newcomer: TestPerson;
  let world: GrantsWorld;

  function agentOf(person: TestPerson): TestAgent {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    return agent;
  }

  async function overviewApi(person: TestPerson) {
    const response = await t.app.inject({ url: '/api/v1/me/overview', headers: bearer(person.apiToken) });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  beforeAll(async () => {
    t = await createTestApp();
    manager = await createPerson(t.ctx, { name: 'Mette Stedansvarlig' });
    booker = await createPerson(t.ctx, { name: 'Bo Booker' });
    newcomer = await createPerson(t.ctx, { name: 'Jonas Tilflytter' });
    const owner = await createOrganisation(t.ctx, { name: 'Fælleshusets forening', members: [manager.id] });
    const place = await createPlace(t.ctx, {
      organisationId: owner,
      name: 'Fælleshuset',
      managers: [manager.id],
    });
    await addBookings(t.ctx, { placeId: place.id, bookerId: booker.id, count: 3, status: 'requested' });
    world = await createGrantsWorld(t.ctx);
    await submitApplication(t.ctx, world, { title: 'Bænk ved kanalen' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells a place manager how many booking requests wait, with a link to the queue', async () => {
    const page = await agentOf(manager).get('/mit-overblik');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<a href="\/administrer\/bookinger"[^>]*>3 anmodninger venter<\/a>/);
    expect((await overviewApi(manager)).waiting.bookingRequests).toBe(3);
  });

  it('shows the booker her next bookings, soonest first, and how many she has', async () => {
    const page = await agentOf(booker).get('/mit-overblik');
    expect(page.body).toContain('Møde 1');
    expect(page.body.indexOf('Møde 1')).toBeLessThan(page.body.indexOf('Møde 2'));
    expect(page.body).toContain('Alle dine bookinger (3)');
    expect(page.body).not.toContain('anmodninger venter');
    const json = await overviewApi(booker);
    expect(json.bookings.coming).toBe(3);
    expect(json.bookings.next.map((booking: { title: string }) => booking.title)).toEqual([
      'Møde 1',
      'Møde 2',
      'Møde 3',
    ]);
  });

  it('tells a reviewer how many applications wait for her vote, with a link to the pool queue', async () => {
    const page = await agentOf(world.reviewer).get('/mit-overblik');
    expect(page.body).toContain(`href="/puljer/${world.pool.slug}/bedoem"`);
    expect(page.body).toContain('1 ansøgning at bedømme');
    const json = await overviewApi(world.reviewer);
    expect(json.waiting.reviews).toEqual([
      {
        pool: world.pool.title,
        poolSlug: world.pool.slug,
        count: 1,
        path: `/puljer/${world.pool.slug}/bedoem`,
      },
    ]);
  });

  it('stops counting an application once the reviewer has voted on it', async () => {
    const application = (await overviewApi(world.applicant)).applications.latest[0];
    const reviewer = agentOf(world.chair);
    await reviewer.get(`/puljer/${world.pool.slug}/ansogninger/${application.id}`);
    const vote = await reviewer.post(`/puljer/${world.pool.slug}/ansogninger/${application.id}/stem`, {
      vote: 'approve',
    });
    expect(vote.statusCode).toBe(302);
    expect((await overviewApi(world.chair)).waiting.reviews).toEqual([]);
    expect((await overviewApi(world.reviewer)).waiting.reviews[0].count).toBe(1);
  });

  it("shows an applicant her applications with their state and a link to 'Mine ansøgninger'", async () => {
    const page = await agentOf(world.applicant).get('/mit-overblik');
    expect(page.body).toContain('Bænk ved kanalen');
    expect(page.body).toContain('Indsendt');
    expect(page.body).toContain('href="/mine-ansogninger"');
    expect((await overviewApi(world.applicant)).applications.total).toBe(1);
  });

  it('shows a new resident what to do instead of empty lists', async () => {
    const page = await agentOf(newcomer).get('/mit-overblik');
    expect(page.body).toContain('Intet venter på dit svar lige nu.');
    expect(page.body).toContain('Du har ingen bookinger endnu – <a href="/find-lokale">find et lokale</a>.');
    expect(page.body).toContain('<a href="/aktiviteter">se hvad der sker</a>');
    expect(page.body).toContain('<a href="/puljer">se puljerne</a>');
    expect(page.body).toContain('<a href="/organisationer">find din forening</a>');
    const json = await overviewApi(newcomer);
    expect(json.waiting).toEqual({
      bookingRequests: 0,
      bookingRequestsPath: '/administrer/bookinger',
      reviews: [],
      contactRequests: 0,
    });
    expect(json.bookings.next).toEqual([]);
  });

  it('lists the activities a person organises and those she joined, soonest first', async () => {
    const organiser = await createPerson(t.ctx, { name: 'Olga Arrangør' });
    const later = await publish(t.ctx, currentUser(organiser), {
      title: 'Fællesspisning',
      date: '2026-12-09',
    });
    const sooner = await publish(t.ctx, currentUser(organiser), { title: 'Nabokaffe', date: '2026-12-04' });
    await joinActivity(t.ctx, currentUser(newcomer), later, instantAt('2026-12-09', 16 * 60));
    const mine = await agentOf(newcomer).get('/mit-overblik');
    expect(mine.body).toContain('Fællesspisning');
    expect(mine.body).toContain('Tilmeldt');
    const theirs = await overviewApi(organiser);
    expect(theirs.activities.next.map((a: { id: number; role: string }) => [a.id, a.role])).toEqual([
      [sooner, 'organiser'],
      [later, 'organiser'],
    ]);
  });

  it('shows her own give-board posts and the contact requests waiting for her answer', async () => {
    const poster = await createPerson(t.ctx, { name: 'Pia Giver' });
    const asker = await createPerson(t.ctx, { name: 'Aske Spørger' });
    const itemId = await postOffer(t.ctx, currentUser(poster, 'Pia Giver'), {
      title: 'Boremaskine til udlån',
    });
    await requestContact(t.ctx, currentUser(asker, 'Aske Spørger'), itemId, 'Må jeg låne den?');
    const page = await agentOf(poster).get('/mit-overblik');
    expect(page.body).toContain(`href="/giv/${itemId}"`);
    expect(page.body).toContain('1 henvendelse på Giv-tavlen venter på dit svar');
    expect((await overviewApi(poster)).waiting.contactRequests).toBe(1);
  });

  it('is in the OpenAPI document, with its response schema, as is the search', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const overview = document.paths['/api/v1/me/overview'].get;
    expect(overview.security).toEqual([{ bearerAuth: [] }]);
    expect(overview.responses['200'].content['application/json'].schema.properties).toHaveProperty('waiting');
    expect(document.paths['/api/v1/search'].get.parameters.map((p: { name: string }) => p.name)).toContain(
      'q',
    );
  });

  it('sends an anonymous visitor to log in first, and refuses the API without a token', async () => {
    const page = await t.app.inject({ url: '/mit-overblik' });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/log-ind?naeste=%2Fmit-overblik');
    expect((await t.app.inject({ url: '/api/v1/me/overview' })).statusCode).toBe(401);
  });
});
