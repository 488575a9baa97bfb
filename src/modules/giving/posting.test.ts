import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { bearer, type GivingPerson, givingPerson, postOffer } from '#src/modules/giving/test-support.ts';
import { createPlace } from '#src/modules/places/edit-service.ts';
import { createTestOrganisation, validFacts } from '#src/modules/places/test-support.ts';
import { DAY } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('posting on the give-board', () => {
  let t: TestApp;
  let ida: GivingPerson;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    ida = await givingPerson(t.app, t.ctx, 'Ida Nabo');
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends an anonymous visitor to log in before posting', async () => {
    const response = await new TestAgent(t.app).get('/giv/nyt?retning=tilbud');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toContain('/log-ind');
  });

  it('shows a message beside each field that is wrong, and keeps what was typed', async () => {
    const response = await ida.agent.post('/giv/nyt', {
      direction: 'offer',
      kind: 'sponsorship',
      sponsorshipKind: '',
      title: '',
      description: 'Noget om bænke',
      expiresInDays: '181',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Skriv en overskrift');
    expect(response.body).toContain('Vælg, hvad sponsoratet er');
    expect(response.body).toContain('Skriv et helt antal dage fra 1 til 180');
    expect(response.body).toContain('Noget om bænke');
    expect(await t.ctx.db.kysely.selectFrom('give_items').select('id').execute()).toEqual([]);
  });

  it('refuses posting for an organisation the person is not a member of', async () => {
    const other = await createTestOrganisation(t.ctx, [], 'business');
    const response = await ida.agent.post('/giv/nyt', {
      direction: 'offer',
      kind: 'time',
      title: 'Hjælp',
      description: 'Beskrivelse',
      organisation: other.slug,
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Du kan kun slå op for organisationer, du er medlem af');
  });

  it('publishes a valid offer on its own page and on the board', async () => {
    const response = await ida.agent.post('/giv/nyt', {
      direction: 'offer',
      kind: 'thing',
      title: 'Boremaskine til udlån',
      description: 'Kan hentes på 3. sal.',
      neighbourhood: 'sluseholmen',
      expiresInDays: '14',
    });
    expect(response.statusCode).toBe(302);
    const page = await ida.agent.get(String(response.headers.location));
    expect(page.body).toContain('Dit opslag er på Giv-tavlen.');
    expect(page.body).toContain('Boremaskine til udlån');
    const board = await new TestAgent(t.app).get('/giv?retning=tilbud&type=thing&kvarter=sluseholmen');
    expect(board.body).toContain('Boremaskine til udlån');
    const wishes = await new TestAgent(t.app).get('/giv?retning=oensker');
    expect(wishes.body).not.toContain('Boremaskine til udlån');
    expect(wishes.body).toContain('Hvad kan du give?');
  });

  it('lets a business offer its own room with a place from the registry, but not another owner’s place', async () => {
    const owner = await givingPerson(t.app, t.ctx, 'Café-ejer');
    const cafe = await createTestOrganisation(t.ctx, [{ id: owner.id, role: 'admin' }], 'business');
    const stranger = await createTestOrganisation(t.ctx, [{ id: owner.id, role: 'member' }], 'institution');
    const placeSlug = await createPlace(t.ctx, owner.user, { ...validFacts(cafe.slug), name: 'Baglokalet' });
    const ok = await owner.agent.post('/giv/nyt', {
      direction: 'offer',
      kind: 'room',
      title: 'Baglokalet mandag aften',
      description: 'Efter lukketid.',
      organisation: cafe.slug,
      place: placeSlug,
    });
    expect(ok.statusCode).toBe(302);
    const page = await new TestAgent(t.app).get(String(ok.headers.location));
    expect(page.body).toContain(`/steder/${placeSlug}`);
    expect(page.body).toContain(cafe.name);
    const refused = await owner.agent.post('/giv/nyt', {
      direction: 'offer',
      kind: 'room',
      title: 'Forkert sted',
      description: 'x',
      organisation: stranger.slug,
      place: placeSlug,
    });
    expect(refused.body).toContain(
      'Et sted kan kun knyttes, når du slår op for den organisation, der ejer stedet',
    );
  });

  it('marks an offer given: it leaves the board and its page says so; others may not', async () => {
    const id = await postOffer(t.ctx, ida.user, { title: 'Gives væk: sofa' });
    const stranger = await givingPerson(t.app, t.ctx, 'Fremmed');
    expect((await stranger.agent.post(`/giv/${id}/givet`)).statusCode).toBe(403);
    expect((await stranger.agent.post(`/giv/${id}/givet`, { bekraeft: 'ja' })).statusCode).toBe(403);
    const asked = await ida.agent.post(`/giv/${id}/givet`);
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Er tilbuddet givet?');
    expect(asked.body).toContain('Gives væk: sofa');
    expect((await new TestAgent(t.app).get('/giv')).body).toContain('Gives væk: sofa');
    expect((await ida.agent.get(`/giv/${id}/givet`)).body).toContain('Ja, markér som givet');
    const marked = await ida.agent.post(`/giv/${id}/givet`, { bekraeft: 'ja' });
    expect(marked.statusCode).toBe(302);
    expect((await new TestAgent(t.app).get('/giv')).body).not.toContain('Gives væk: sofa');
    const page = await new TestAgent(t.app).get(`/giv/${id}`);
    expect(page.body).toContain('Tilbuddet er givet. Tak!');
    expect(page.body).not.toContain('Det vil jeg gerne');
  });

  it('lets an item expire after its days: gone from the board, its page and the API, back when renewed', async () => {
    const id = await postOffer(t.ctx, ida.user, { title: 'Kort tilbud', expiresInDays: '2' });
    expect((await t.app.inject({ url: '/giv' })).body).toContain('Kort tilbud');
    t.clock.advance(2 * DAY);
    expect((await t.app.inject({ url: '/giv' })).body).not.toContain('Kort tilbud');
    expect((await t.app.inject({ url: `/giv/${id}` })).statusCode).toBe(404);
    const api = await t.app.inject({ url: '/api/v1/give-board' });
    expect(api.json().items.map((item: { id: number }) => item.id)).not.toContain(id);
    expect((await t.app.inject({ url: `/api/v1/give-board/${id}` })).statusCode).toBe(404);
    const own = await ida.agent.get(`/giv/${id}`);
    expect(own.body).toContain('Opslaget er udløbet');
    const edit = await ida.agent.get(`/giv/${id}/rediger`);
    expect(edit.body).toContain('value="30"');
    await ida.agent.post(`/giv/${id}/rediger`, {
      direction: 'offer',
      kind: 'time',
      title: 'Kort tilbud',
      description: 'Igen',
      expiresInDays: '7',
    });
    expect((await t.app.inject({ url: '/giv' })).body).toContain('Kort tilbud');
  });

  it('pages the board twenty at a time', async () => {
    // Two people, since one may post at most twenty a day.
    const posters = [
      await givingPerson(t.app, t.ctx, 'Flittig'),
      await givingPerson(t.app, t.ctx, 'Flittigere'),
    ];
    for (let n = 1; n <= 21; n += 1) {
      t.clock.advance(1000);
      await postOffer(t.ctx, (posters[n % 2] ?? ida).user, { kind: 'skill', title: `Kursus ${n}` });
    }
    const first = await t.app.inject({ url: '/giv?type=skill' });
    expect(first.body).toContain('21 opslag');
    expect(first.body).toContain('Kursus 21');
    expect(first.body).not.toContain('>Kursus 1<');
    const second = await t.app.inject({ url: '/giv?type=skill&side=2' });
    expect(second.body).toContain('>Kursus 1<');
    const api = await t.app.inject({ url: '/api/v1/give-board?kind=skill&page=2' });
    expect(api.json()).toMatchObject({ total: 21, page: 2, pages: 2 });
  });

  it('creates, changes and completes an item through the API with the same rules', async () => {
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/v1/give-board',
      headers: bearer(ida.apiToken),
      payload: { direction: 'wish', kind: 'room', title: ' ', description: 'x', place: 'findes-ikke' },
    });
    expect(invalid.statusCode).toBe(422);
    expect(
      invalid
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['place', 'title']);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/give-board',
      headers: bearer(ida.apiToken),
      payload: {
        direction: 'wish',
        kind: 'sponsorship',
        sponsorshipKind: 'plants',
        title: 'Planter',
        description: 'Til lommen',
      },
    });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({
      direction: 'wish',
      sponsorshipKind: 'plants',
      status: 'open',
      author: 'Ida Nabo',
    });
    expect(JSON.stringify(item)).not.toContain('@');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/give-board/${item.id}`,
      headers: bearer(ida.apiToken),
      payload: { title: 'Stauder og løg' },
    });
    expect(patched.json()).toMatchObject({ title: 'Stauder og løg', sponsorshipKind: 'plants' });
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/give-board/${item.id}/complete`,
      headers: bearer(ida.apiToken),
    });
    expect(done.json().status).toBe('completed');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/give-board/${item.id}/complete`,
      headers: bearer(ida.apiToken),
    });
    expect(again.statusCode).toBe(409);
  });

  it('limits how many items one person posts in a day', async () => {
    const eager = await givingPerson(t.app, t.ctx, 'Ivrig');
    for (let n = 0; n < 20; n += 1) await postOffer(t.ctx, eager.user);
    const response = await eager.agent.post('/giv/nyt', {
      direction: 'offer',
      kind: 'time',
      title: 'En til',
      description: 'x',
    });
    expect(response.statusCode).toBe(429);
  });
});
