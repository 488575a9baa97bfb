import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  // Counts the work of building the pages, so the public page cache is off (public-cache.ts).
  testApp = await createTestApp({ env: { PUBLIC_CACHE_MB: '0' } });
  await ensureAreas(testApp.ctx);
});
afterAll(async () => {
  await testApp.close();
});

async function organiser(name = 'Arrangør') {
  const person = await createPerson(testApp.ctx, { name });
  return { person, user: currentUser(person, name) };
}

describe('the activity list', () => {
  it('filters by kind, tag, date range, neighbourhood, organisation and place', async () => {
    const { user, person } = await organiser();
    const organisationId = await createOrganisation(testApp.ctx, {
      name: 'Teglholmens Beboerforening',
      admins: [person.id],
    });
    const org = await testApp.ctx.db.kysely
      .selectFrom('organisations')
      .select('slug')
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const place = await createPlace(testApp.ctx, { organisationId, accessMode: 'open', name: 'Byttehylden' });
    await publish(testApp.ctx, user, {
      kind: 'swap_corner',
      title: 'Byttedag ved hylden',
      date: '2026-12-05',
      locationKind: 'place',
      placeSlug: place.slug,
      childFriendly: true,
    });
    await publish(testApp.ctx, user, {
      kind: 'workshop',
      title: 'Cykelværksted',
      date: '2026-12-12',
      organisationId: String(organisationId),
      lat: '55.6455',
      lon: '12.548',
    });
    await publish(testApp.ctx, user, { kind: 'meeting', title: 'Beboermøde i januar', date: '2027-01-14' });
    const anonymous = new TestAgent(testApp.app);
    const titles = async (query: string) => {
      const body = (await anonymous.get(`/aktiviteter${query}`)).body;
      return ['Byttedag ved hylden', 'Cykelværksted', 'Beboermøde i januar'].filter((title) =>
        body.includes(title),
      );
    };
    expect(await titles('')).toEqual(['Byttedag ved hylden', 'Cykelværksted', 'Beboermøde i januar']);
    expect(await titles('?type=swap_corner&type=meeting')).toEqual([
      'Byttedag ved hylden',
      'Beboermøde i januar',
    ]);
    expect(await titles('?boernevenligt=1')).toEqual(['Byttedag ved hylden']);
    expect(await titles('?fra=2026-12-10&til=2026-12-31')).toEqual(['Cykelværksted']);
    expect(await titles(`?organisation=${org.slug}`)).toEqual(['Cykelværksted']);
    expect(await titles(`?sted=${place.slug}`)).toEqual(['Byttedag ved hylden']);
    expect(await titles('?omraade=sluseholmen')).toEqual(['Cykelværksted']);
    expect(await titles('?omraade=findes-ikke')).toEqual([]);
    expect((await anonymous.get(`/aktiviteter?organisation=${org.slug}`)).body).toContain(
      'Aktiviteter arrangeret af Teglholmens Beboerforening',
    );
  });

  it('pages through many activities', async () => {
    const { user } = await organiser();
    for (let day = 1; day <= 25; day += 1) {
      await publish(testApp.ctx, user, {
        title: `Sidetest ${day}`,
        date: `2027-03-${String(day).padStart(2, '0')}`,
        kind: 'pop_up',
      });
    }
    const anonymous = new TestAgent(testApp.app);
    const first = await anonymous.get('/aktiviteter?type=pop_up&fra=2027-03-01&til=2027-03-31');
    expect(first.body).toContain('25 aktiviteter');
    expect(first.body).toContain('Side 1 af 2');
    const second = await anonymous.get('/aktiviteter?type=pop_up&fra=2027-03-01&til=2027-03-31&side=2');
    expect(second.body).toContain('Sidetest 25');
    expect(second.body).not.toContain('Sidetest 20<');
  });
});

async function insertActivities(count: number, organiserId: number): Promise<void> {
  const now = testApp.clock.now();
  const rows = Array.from({ length: count }, (_, index) => {
    const starts = Date.UTC(2027, 5, 1, 15) + index * 3_600_000;
    return {
      kind: 'neighbour_coffee' as const,
      title: `Mængdetest ${index}`,
      description: '',
      starts_at: starts,
      ends_at: starts + 3_600_000,
      rrule: index % 50 === 0 ? 'FREQ=WEEKLY;INTERVAL=1' : null,
      series_ends_at: index % 50 === 0 ? null : starts + 3_600_000,
      location_kind: 'point' as const,
      place_id: null,
      address: 'Sydhavnen',
      lat: null,
      lon: null,
      neighbourhood_id: null,
      district_id: null,
      organiser_id: organiserId,
      organisation_id: null,
      capacity: 10,
      child_friendly: 0 as const,
      step_free: 0 as const,
      free_of_charge: 1 as const,
      languages: 'da',
      cancelled_at: null,
      cancel_reason: '',
      hidden_at: null,
      created_at: now,
      updated_at: now,
    };
  });
  for (let start = 0; start < rows.length; start += 100) {
    await testApp.ctx.db.kysely
      .insertInto('activities')
      .values(rows.slice(start, start + 100))
      .execute();
  }
}

describe("the list page's queries", () => {
  it('do not grow with the number of activities', async () => {
    const { person } = await organiser('Mange');
    const anonymous = new TestAgent(testApp.app);
    const url = '/aktiviteter?fra=2027-06-01&til=2027-12-31';
    await insertActivities(10, person.id);
    await anonymous.get(url);
    const few = await countQueries(() => anonymous.get(url));
    await insertActivities(990, person.id);
    const many = await countQueries(() => anonymous.get(url));
    expect(few.result.statusCode).toBe(200);
    expect(many.result.body).toContain('Side 1 af');
    expect(many.count).toBe(few.count);
  });
});

describe('other ways to find activities', () => {
  it('shows what is on this week on the home page, with a link to all activities', async () => {
    const { user } = await organiser();
    await publish(testApp.ctx, user, { title: 'Fællesspisning torsdag', kind: 'communal_dining' });
    await publish(testApp.ctx, user, { title: 'Næste uges workshop', date: '2026-12-08' });
    const home = await new TestAgent(testApp.app).get('/');
    expect(home.body).toContain('Det sker i denne uge');
    expect(home.body).toContain('Fællesspisning torsdag');
    expect(home.body).not.toContain('Næste uges workshop');
    expect(home.body).toContain('href="/aktiviteter"');
    expect(home.body).toContain('href="/opret-konto"');
  });

  it("finds this week's activities near a neighbourhood or a typed point, nearest first", async () => {
    const { user } = await organiser();
    await publish(testApp.ctx, user, { title: 'Nær kaffe', lat: '55.6455', lon: '12.548' });
    await publish(testApp.ctx, user, { title: 'Fjern kaffe', lat: '55.70', lon: '12.60' });
    const anonymous = new TestAgent(testApp.app);
    const byPoint = await anonymous.get('/aktiviteter/naer-mig?lat=55.646&lon=12.549');
    expect(byPoint.body).toContain('Nær kaffe');
    expect(byPoint.body).not.toContain('Fjern kaffe');
    expect(byPoint.body).toMatch(/Ca\. \d+ m væk/);
    const byArea = await anonymous.get('/aktiviteter/naer-mig?omraade=sluseholmen');
    expect(byArea.body).toContain('Nær kaffe');
    const bad = await anonymous.get('/aktiviteter/naer-mig?lat=abc&lon=12');
    expect(bad.statusCode).toBe(422);
  });

  it('draws coming activities on a map from GeoJSON, with the same list beneath', async () => {
    const { user } = await organiser();
    const id = await publish(testApp.ctx, user, { title: 'Kort-kaffe', lat: '55.6455', lon: '12.548' });
    const anonymous = new TestAgent(testApp.app);
    const page = await anonymous.get('/aktiviteter/kort');
    expect(page.body).toContain('data-module="app-map"');
    expect(page.body).toContain('Kort-kaffe');
    const geo = await anonymous.get('/aktiviteter/kort.geojson');
    const collection = JSON.parse(geo.body) as {
      features: Array<{ id: number; geometry: { coordinates: number[] } }>;
    };
    expect(collection.features.find((feature) => feature.id === id)?.geometry.coordinates).toEqual([
      12.548, 55.6455,
    ]);
  });

  it('exports public activities as CSV and iCalendar', async () => {
    const { user } = await organiser();
    await publish(testApp.ctx, user, { title: '=Formel i titlen' });
    const anonymous = new TestAgent(testApp.app);
    const csv = await anonymous.get('/aktiviteter.csv?fra=2026-12-01&til=2026-12-31');
    expect(csv.body.split('\r\n')[0]).toContain('id,title,kind,starts_at');
    expect(csv.body).toContain(`'=Formel i titlen`);
    const ics = await anonymous.get('/aktiviteter.ics');
    expect(ics.body).toContain('SUMMARY:=Formel i titlen');
  });
});
