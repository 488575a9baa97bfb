import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recurrenceText } from '#src/modules/activities/occurrences/views/series-text.ts';
import { joinActivity } from '#src/modules/activities/participation/service.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { translator } from '#src/platform/i18n.ts';
import { localParts } from '#src/platform/local-time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
let seriesId = 0;
beforeAll(async () => {
  testApp = await createTestApp();
  const person = await createPerson(testApp.ctx, { name: 'Mette' });
  const organiser = currentUser(person, 'Mette');
  // The clock stands on Monday 30 November 2026; Saturday 5 December is the first time.
  seriesId = await publish(testApp.ctx, organiser, {
    title: 'Lørdagskaffe på kajen',
    date: '2026-12-05',
    startTime: '10:00',
    endTime: '11:30',
    address: 'Teglholmens Østkaj',
    lat: '55.6509',
    lon: '12.5485',
    capacity: '15',
    repeat: 'weekly',
  });
  await publish(testApp.ctx, organiser, { title: 'Julefrokost i gården', date: '2026-12-10' });
  for (const name of ['Jonas', 'Line']) {
    const joiner = await createPerson(testApp.ctx, { name });
    await joinActivity(testApp.ctx, currentUser(joiner, name), seriesId, Date.UTC(2026, 11, 5, 9));
  }
});
afterAll(async () => {
  await testApp.close();
});

function timesIn(body: string, text: string): number {
  return body.split(text).length - 1;
}

describe('a weekly series in the activity list', () => {
  it('is shown once, saying how it repeats and its next dates', async () => {
    const page = await new TestAgent(testApp.app).get('/aktiviteter');
    expect(timesIn(page.body, 'Lørdagskaffe på kajen')).toBe(1);
    expect(page.body).toContain('hver lørdag kl. 10.00–11.30');
    expect(page.body).toContain('næste: 5., 12., 19. og 26. dec.');
  });

  it('counts activities, not occurrences', async () => {
    const page = await new TestAgent(testApp.app).get('/aktiviteter?fra=2026-12-01&til=2027-03-31');
    expect(page.body).toContain('2 aktiviteter');
    expect(timesIn(page.body, 'Julefrokost i gården')).toBe(1);
  });

  it('says so in English, and names the weekday of the month of a monthly series', async () => {
    const { activity } = await loadActivity(testApp.ctx, seriesId);
    expect(recurrenceText(translator('en'), activity)).toBe('every Saturday, 10:00–11:30');
    const monthly = { ...activity, recurrence: { repeat: 'monthly_weekday' as const, until: null } };
    expect(recurrenceText(translator('da'), monthly)).toBe('første lørdag i måneden kl. 10.00–11.30');
    const biweekly = { ...activity, recurrence: { repeat: 'biweekly' as const, until: null } };
    expect(recurrenceText(translator('da'), biweekly)).toBe('hver anden lørdag kl. 10.00–11.30');
  });
});

describe('the activity map', () => {
  it('lists a series once with the seats left of its next time', async () => {
    const page = await new TestAgent(testApp.app).get('/aktiviteter/kort');
    expect(timesIn(page.body, 'Lørdagskaffe på kajen')).toBe(1);
    expect(page.body).toContain('13 pladser tilbage');
    expect(page.body).not.toContain('15 pladser tilbage');
  });
});

describe('the home page', () => {
  it("shows this week's series once", async () => {
    const home = await new TestAgent(testApp.app).get('/');
    expect(timesIn(home.body, 'Lørdagskaffe på kajen')).toBe(1);
    expect(home.body).toContain('hver lørdag kl. 10.00–11.30');
  });
});

interface ListJson {
  total: number;
  items: Array<{
    id: number;
    repeat: { frequency: string; until: string | null } | null;
    occurrences: Array<{ startsAt: string; placesLeft: number | null }>;
  }>;
}

describe('GET /api/v1/activities', () => {
  it('returns one item per activity, a series with its next occurrences', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/activities?from=2026-12-01&to=2027-03-31' });
    expect(response.statusCode).toBe(200);
    const body = response.json<ListJson>();
    expect(body.total).toBe(2);
    const ids = body.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const series = body.items.find((item) => item.id === seriesId);
    expect(series?.repeat).toEqual({ frequency: 'weekly', until: null });
    expect(series?.occurrences).toHaveLength(4);
    for (const occurrence of series?.occurrences ?? []) {
      expect(localParts(Date.parse(occurrence.startsAt)).weekday).toBe(6);
    }
    expect(series?.occurrences.map((occurrence) => occurrence.placesLeft)).toEqual([13, 15, 15, 15]);
  });

  it('gives as many next occurrences as asked for, and says so in the OpenAPI document', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/activities?occurrences=10' });
    const series = response.json<ListJson>().items.find((item) => item.id === seriesId);
    expect(series?.occurrences).toHaveLength(10);
    const document = (await testApp.app.inject({ url: '/api/openapi.json' })).body;
    expect(document).toContain('One item per activity (a series once)');
    expect(document).toContain('How a series repeats');
  });
});

describe('the create-activity form', () => {
  it('groups the location fields by option, each under its own legend', async () => {
    const person = await createPerson(testApp.ctx, { name: 'Formperson' });
    const agent = new TestAgent(testApp.app);
    agent.setCookie('byliv_session', person.sessionToken);
    const page = await agent.get('/aktiviteter/ny');
    expect(page.statusCode).toBe(200);
    const group = (option: string) =>
      new RegExp(
        `<fieldset class="app-location-group app-location-group--${option}"><legend[^>]*>([^<]+)</legend>(.*?)</fieldset>`,
        's',
      ).exec(page.body);
    const point = group('point');
    const place = group('place');
    const route = group('route');
    expect(point?.[1]).toBe('Adresse og punkt på kortet');
    expect(point?.[2]).toContain('name="address"');
    expect(point?.[2]).toContain('name="lat"');
    expect(point?.[2]).not.toContain('name="placeSlug"');
    expect(place?.[2]).toContain('name="placeSlug"');
    expect(place?.[2]).not.toContain('name="stops"');
    expect(route?.[2]).toContain('name="stops"');
    expect(page.body).toContain('class="form-group app-location"');
  });
});
