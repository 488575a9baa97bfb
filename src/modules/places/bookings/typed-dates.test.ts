import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The test clock starts on Monday 30 November 2026, 10:00 in Copenhagen.
describe('typing dates and times into the booking form as Danes write them', () => {
  let t: TestApp;
  let booker: TestPerson;
  let room: { id: number; slug: string };
  let agent: TestAgent;

  function form(date: string, startTime: string, endTime: string) {
    return { title: 'Bestyrelsesmøde', date, startTime, endTime, attendees: '8' };
  }

  beforeAll(async () => {
    t = await createTestApp();
    booker = await createPerson(t.ctx, { name: 'Birthe Booker' });
    const owner = await createOrganisation(t.ctx, { name: 'Boligforeningen Ved Havet' });
    room = await createPlace(t.ctx, { organisationId: owner, approvalRequired: false });
    agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', booker.sessionToken);
    await agent.get('/mine-bookinger');
  });
  afterAll(async () => {
    await t.close();
  });

  async function bookedInterval(location: unknown) {
    const id = Number(/^\/bookinger\/(\d+)$/.exec(String(location))?.[1]);
    return t.ctx.db.kysely
      .selectFrom('bookings')
      .select(['starts_at', 'ends_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  it('books 8 December this year from "8.12", "18" and "20.30"', async () => {
    const response = await agent.post(`/steder/${room.slug}/book`, form('8.12', '18', '20.30'));
    expect(response.statusCode).toBe(302);
    expect(await bookedInterval(response.headers.location)).toEqual({
      starts_at: instantAt('2026-12-08', 18 * 60),
      ends_at: instantAt('2026-12-08', 20 * 60 + 30),
    });
    const page = await agent.get(String(response.headers.location));
    expect(page.body).toContain('tirsdag den 8. december 2026 kl. 18.00–20.30');
  });

  it('books from "9/12/2026", "1830" and "21:00"', async () => {
    const response = await agent.post(`/steder/${room.slug}/book`, form('9/12/2026', '1830', '21:00'));
    expect(response.statusCode).toBe(302);
    expect(await bookedInterval(response.headers.location)).toEqual({
      starts_at: instantAt('2026-12-09', 18 * 60 + 30),
      ends_at: instantAt('2026-12-09', 21 * 60),
    });
  });

  it('says 31.2 does not exist and keeps what was typed', async () => {
    const response = await agent.post(`/steder/${room.slug}/book`, form('31.2', '18', '18.30'));
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Datoen 31.2 findes ikke i kalenderen. Tjek dag og måned');
    expect(response.body).toContain('value="31.2"');
    expect(response.body).toContain('value="18"');
    expect(response.body).toContain('value="18.30"');
  });

  it('asks for day.month.year with an example a week ahead when the date cannot be read', async () => {
    const response = await agent.post(`/steder/${room.slug}/book`, form('tirsdag', '18', '20'));
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Skriv datoen som dag.måned.år, fx 7.12.2026');
    expect(response.body).toContain('value="tirsdag"');
  });

  it('says a time that does not exist does not exist', async () => {
    const response = await agent.post(`/steder/${room.slug}/book`, form('10.12', '18.75', '20'));
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Klokkeslættet 18.75 findes ikke');
    expect(response.body).toContain('value="18.75"');
  });

  it('refuses a start in the hour the clocks skip, without crashing', async () => {
    const response = await agent.post(`/steder/${room.slug}/book`, form('28.3.2027', '2.30', '4'));
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      'Kl. 02.30 findes ikke den 28. marts 2027 (uret stilles frem); vælg 03.30.',
    );
  });

  it('shows a hint whose example date lies a week ahead', async () => {
    const page = await agent.get(`/steder/${room.slug}/book`);
    expect(page.body).toContain('Skriv dag.måned.år, fx 7.12.2026');
    expect(page.body).not.toContain('ÅÅÅÅ');
  });

  it('finds a free room from "8.12", "18" and "20" on /find-lokale', async () => {
    const response = await agent.get('/find-lokale?antal=4&dato=10.12&fra=18&til=20');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(`/steder/${room.slug}/book?date=10.12&amp;startTime=18&amp;endTime=20`);
    const bad = await agent.get('/find-lokale?antal=4&dato=31.4&fra=18&til=20');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Datoen 31.4 findes ikke i kalenderen');
    expect(bad.body).toContain('value="31.4"');
  });
});
