import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setActivityHidden } from '#src/modules/activities/moderation-adapter.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { setGiveItemHidden } from '#src/modules/giving/moderation-adapter.ts';
import { postOffer } from '#src/modules/giving/test-support.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('searching the site', () => {
  let t: TestApp;
  let hiddenItem: number;

  async function search(q: string, extra = '') {
    const response = await t.app.inject({ url: `/soeg?q=${encodeURIComponent(q)}${extra}` });
    expect(response.statusCode).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const person = await createPerson(t.ctx, { name: 'Søren Søger' });
    const user = currentUser(person, 'Søren Søger');
    const owner = await createOrganisation(t.ctx, { name: 'Østkajens beboerforening' });
    await createPlace(t.ctx, {
      organisationId: owner,
      name: 'Fælleshuset på Østkaj',
      slug: 'faelleshuset-oestkaj',
    });
    await createPlace(t.ctx, { organisationId: owner, name: '100% rabat-rummet', slug: 'rabat-rummet' });
    await publish(t.ctx, user, { title: 'Kaffe på ØSTKAJ', description: 'Nabokaffe med kage.' });
    const hiddenActivity = await publish(t.ctx, user, { title: 'Skjult kaffe på Østkaj' });
    await setActivityHidden(t.ctx, hiddenActivity, true);
    await postOffer(t.ctx, user, { title: 'Æbler fra haven', description: 'Kom og hent på Østkaj.' });
    hiddenItem = await postOffer(t.ctx, user, { title: 'Skjult opslag om østkaj' });
    await setGiveItemHidden(t.ctx, 'offer', hiddenItem, true);
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds a place, an activity and a give-board post by one word, whatever the case of æ, ø and å', async () => {
    const body = await search('østkaj');
    expect(body).toContain('<a href="/steder/faelleshuset-oestkaj">Fælleshuset på Østkaj</a>');
    expect(body).toContain('Kaffe på ØSTKAJ');
    expect(body).toContain('Æbler fra haven');
    expect(await search('ÆBLER')).toContain('Æbler fra haven');
  });

  it('never shows a post or an activity a moderator has hidden', async () => {
    const body = await search('skjult');
    expect(body).not.toContain('Skjult opslag');
    expect(body).not.toContain('Skjult kaffe');
    expect(body).not.toContain(`/giv/${hiddenItem}`);
    const json = await t.app.inject({ url: '/api/v1/search?q=skjult' });
    expect(json.json()).toMatchObject({
      places: { total: 0 },
      activities: { total: 0 },
      givePosts: { total: 0 },
    });
  });

  it('shows each section with its count', async () => {
    const body = await search('østkaj');
    expect(body).toMatch(/Steder <span class="badge">1 resultat<\/span>/);
    expect(body).toMatch(/Aktiviteter <span class="badge">1 resultat<\/span>/);
    expect(body).toMatch(/Giv-tavlen <span class="badge">1 resultat<\/span>/);
  });

  it('needs every word, in any order', async () => {
    expect(await search('kage nabokaffe')).toContain('Kaffe på ØSTKAJ');
    expect(await search('kage te')).not.toContain('Kaffe på ØSTKAJ');
  });

  it('matches % and _ as themselves, not as wildcards', async () => {
    expect(await search('100%')).toContain('100% rabat-rummet');
    // As wildcards, '%%' would match everything and '_' the hyphen.
    expect(await search('%%')).toContain('Vi fandt intet');
    expect(await search('rabat-rummet')).toContain('100% rabat-rummet');
    expect(await search('rabat_rummet')).toContain('Vi fandt intet');
  });

  it('says so when nothing matches, and points to the lists', async () => {
    const body = await search('zebrafinke');
    expect(body).toContain('Vi fandt intet, der passer til »zebrafinke«');
    expect(body).toContain('<a href="/steder">steder</a>');
  });

  it('asks for a longer query instead of searching for one letter', async () => {
    const body = await search('ø');
    expect(body).toContain('Skriv mindst 2 tegn for at søge.');
    expect(await search('')).toContain('Skriv mindst 2 tegn for at søge.');
    const api = await t.app.inject({ url: '/api/v1/search?q=%20%20' });
    expect(api.statusCode).toBe(422);
  });

  it('shows one section page by page when asked for all of it', async () => {
    const body = await search('østkaj', '&vis=steder');
    expect(body).toContain('Fælleshuset på Østkaj');
    expect(body).not.toContain('Kaffe på ØSTKAJ');
    expect(body).toContain('Tilbage til alle resultater');
  });

  it('answers the same in the API, with full addresses', async () => {
    const response = await t.app.inject({ url: '/api/v1/search?q=%C3%B8stkaj' });
    expect(response.statusCode).toBe(200);
    const json = response.json();
    expect(json.places.total).toBe(1);
    expect(json.places.hits[0]).toMatchObject({
      title: 'Fælleshuset på Østkaj',
      url: 'http://localhost:3000/steder/faelleshuset-oestkaj',
      startsAt: null,
    });
    expect(json.activities.hits[0].title).toBe('Kaffe på ØSTKAJ');
    expect(json.activities.hits[0].startsAt).toBe('2026-12-03T15:00:00.000Z');
    expect(json.givePosts.hits[0].title).toBe('Æbler fra haven');
  });

  it('leads the home page with the three main tasks and the search box', async () => {
    const body = (await t.app.inject({ url: '/' })).body;
    const room = body.indexOf('href="/find-lokale"');
    const activity = body.indexOf('href="/aktiviteter">Vær med i en aktivitet');
    const money = body.indexOf('href="/puljer">Søg penge');
    expect(room).toBeGreaterThan(0);
    expect(activity).toBeGreaterThan(room);
    expect(money).toBeGreaterThan(activity);
    expect(body).toContain('<form action="/soeg" method="get">');
    expect(body.indexOf('action="/soeg"')).toBeLessThan(body.indexOf('Det sker i denne uge'));
  });
});
