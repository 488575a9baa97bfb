import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinActivity, signUpGuest } from '#src/modules/activities/participation/service.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { requestContact } from '#src/modules/giving/contact-service.ts';
import { postOffer } from '#src/modules/giving/test-support.ts';
import { startApplication } from '#src/modules/grants/applications/service.ts';
import { addComment, castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
} from '#src/modules/grants/test-support.ts';
import { renewCalendarFeed } from '#src/modules/places/bookings/feeds.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// Thursday 3 December 2026, 16:00 in Copenhagen: the default activity's start.
const GANG = Date.UTC(2026, 11, 3, 15);

describe('the data download covers bookings, activities, the give-board and grants', () => {
  let t: TestApp;
  let world: GrantsWorld;
  let person: TestPerson;
  let neighbour: TestPerson;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    person = world.applicant;
    neighbour = await createPerson(t.ctx, { name: 'Nabo Nina', email: 'nina.nabo@example.dk' });
    const me = currentUser(person, 'Jonas Ansøger');
    const nina = currentUser(neighbour, 'Nabo Nina');

    const owner = await createOrganisation(t.ctx, { name: 'Kulturhuset' });
    const hall = await createPlace(t.ctx, { organisationId: owner, name: 'Salen' });
    const booked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/places/${hall.slug}/bookings`,
      headers: { authorization: `Bearer ${person.apiToken}` },
      payload: {
        title: 'Fødselsdag i salen',
        startsAt: new Date(Date.UTC(2026, 11, 5, 13)).toISOString(),
        endsAt: new Date(Date.UTC(2026, 11, 5, 16)).toISOString(),
        attendees: 20,
      },
    });
    expect(booked.statusCode).toBe(201);
    await renewCalendarFeed(t.ctx, person.id);

    const coffee = await publish(t.ctx, nina, { title: 'Nabokaffe hos Nina' });
    await joinActivity(t.ctx, me, coffee, GANG);
    const swap = await publish(t.ctx, nina, { title: 'Byttemarked i gården' });
    await signUpGuest(t.ctx, swap, GANG, {
      name: 'Jonas som gæst',
      email: person.email,
      locale: 'da',
      ip: '127.0.0.1',
    });
    await publish(t.ctx, me, { title: 'Jonas’ bordtennisaften' });

    const bike = await postOffer(t.ctx, me, { title: 'Cykelreparation' });
    await requestContact(t.ctx, nina, bike, 'Min kæde er hoppet af.');
    const ladder = await postOffer(t.ctx, nina, { kind: 'thing', title: 'Lang stige' });
    await requestContact(t.ctx, me, ladder, 'Må jeg låne den på lørdag?');

    const submitted = await startApplication(
      t.ctx,
      asUser(person),
      world.pool.slug,
      applicationInput(),
      true,
    );
    await startApplication(
      t.ctx,
      asUser(person),
      world.pool.slug,
      applicationInput({ title: 'Grøn lomme (kladde)' }),
      false,
    );
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, submitted, 'approve');
    await addComment(t.ctx, asUser(world.reviewer), world.pool.slug, submitted, 'Fint budget.');
    await t.takeMail();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives the person their booking, sign-ups, posts, requests and applications, with no hashes or other people’s addresses', async () => {
    const response = await t.app.inject({
      url: '/api/v1/me/export',
      headers: { authorization: `Bearer ${person.apiToken}` },
    });
    expect(response.statusCode).toBe(200);
    const data = response.json();

    expect(data.bookings.bookings).toEqual([
      expect.objectContaining({
        placeName: 'Salen',
        title: 'Fødselsdag i salen',
        attendees: 20,
        startsAt: '2026-12-05T13:00:00.000Z',
      }),
    ]);
    expect(data.bookings.calendarFeedCreatedAt).toBe(new Date(t.clock.now()).toISOString());

    expect(data.activities.organised.map((a: { title: string }) => a.title)).toEqual([
      'Jonas’ bordtennisaften',
    ]);
    expect(data.activities.signUps).toEqual([
      expect.objectContaining({ activityTitle: 'Nabokaffe hos Nina', status: 'joined' }),
      expect.objectContaining({
        activityTitle: 'Byttemarked i gården',
        name: 'Jonas som gæst',
        email: person.email,
        status: 'unconfirmed',
      }),
    ]);
    expect(data.activities.calendarFeedCreatedAt).toBeNull();

    expect(data.giveBoard.items).toEqual([expect.objectContaining({ title: 'Cykelreparation' })]);
    expect(data.giveBoard.contactRequestsReceived).toEqual([
      expect.objectContaining({
        itemTitle: 'Cykelreparation',
        requesterName: 'Nabo Nina',
        message: 'Min kæde er hoppet af.',
        status: 'pending',
      }),
    ]);
    expect(data.giveBoard.contactRequestsSent).toEqual([
      expect.objectContaining({
        itemTitle: 'Lang stige',
        posterName: 'Nabo Nina',
        message: 'Må jeg låne den på lørdag?',
      }),
    ]);

    expect(data.grants.applications).toEqual([
      expect.objectContaining({
        title: 'Byttehylde ved kanalen',
        status: 'submitted',
        requestedOre: 250_000,
        budgetLines: [
          { description: 'Træ og skruer', amountOre: 200_000 },
          { description: 'Tagpap og maling', amountOre: 100_000 },
        ],
      }),
      expect.objectContaining({ title: 'Grøn lomme (kladde)', status: 'draft' }),
    ]);
    expect(data.grants.reviewVotes).toEqual([]);

    expect(response.body).not.toMatch(/hash|token_|nonce/i);
    expect(response.body).not.toContain(neighbour.email);
    expect(response.body).not.toContain(world.reviewer.email);
  });

  it('gives a reviewer the votes and comments they wrote, and the same in the profile page download', async () => {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', world.reviewer.sessionToken);
    const response = await agent.get('/profil/data.json');
    expect(response.statusCode).toBe(200);
    const data = JSON.parse(response.body);
    expect(data.grants.reviewVotes).toEqual([
      expect.objectContaining({ applicationTitle: 'Byttehylde ved kanalen', vote: 'approve' }),
    ]);
    expect(data.grants.reviewComments).toEqual([
      expect.objectContaining({ applicationTitle: 'Byttehylde ved kanalen', body: 'Fint budget.' }),
    ]);
    expect(data.grants.applications).toEqual([]);
    expect(response.body).not.toMatch(/hash/i);
    expect(response.body).not.toContain(person.email);
  });
});
