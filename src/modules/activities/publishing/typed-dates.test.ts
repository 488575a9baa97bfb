import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_BASE } from '#src/modules/activities/test-support.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The test clock starts on Monday 30 November 2026, 10:00 in Copenhagen.
describe('typing dates and times into the activity form as Danes write them', () => {
  let testApp: TestApp;
  let agent: TestAgent;

  beforeAll(async () => {
    testApp = await createTestApp();
    const person = await createPerson(testApp.ctx, { name: 'Karen Nabo' });
    agent = new TestAgent(testApp.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('publishes an activity on 8 December from "8.12", "18" and "18.30"', async () => {
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      title: 'Juleklip',
      date: '8.12',
      startTime: '18',
      endTime: '18.30',
    });
    expect(response.statusCode).toBe(302);
    const row = await testApp.ctx.db.kysely
      .selectFrom('activities')
      .select(['starts_at', 'ends_at'])
      .where('title', '=', 'Juleklip')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      starts_at: instantAt('2026-12-08', 18 * 60),
      ends_at: instantAt('2026-12-08', 18 * 60 + 30),
    });
    const page = await agent.get(String(response.headers.location));
    expect(page.body).toContain('tirsdag den 8. december 2026 kl. 18.00–18.30');
  });

  it('shows the edit form with the date and times the Danish way', async () => {
    const id = (
      await testApp.ctx.db.kysely
        .selectFrom('activities')
        .select('id')
        .where('title', '=', 'Juleklip')
        .executeTakeFirstOrThrow()
    ).id;
    const form = await agent.get(`/aktiviteter/${id}/rediger`);
    expect(form.body).toContain('value="8.12.2026"');
    expect(form.body).toContain('value="18.00"');
    expect(form.body).toContain('value="18.30"');
  });

  it('says 31.2 does not exist and keeps what was typed', async () => {
    const response = await agent.post('/aktiviteter/ny', { ...FORM_BASE, date: '31.2', startTime: '1830' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Datoen 31.2 findes ikke i kalenderen. Tjek dag og måned');
    expect(response.body).toContain('value="31.2"');
    expect(response.body).toContain('value="1830"');
  });

  it('asks for day.month.year with an example a week ahead when the date cannot be read', async () => {
    const response = await agent.post('/aktiviteter/ny', { ...FORM_BASE, date: 'på lørdag' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Skriv datoen som dag.måned.år, fx 7.12.2026');
    expect(response.body).toContain('value="på lørdag"');
  });

  it('refuses a start in the hour the clocks skip on 28 March 2027, without crashing', async () => {
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      date: '28.3.2027',
      startTime: '2.15',
      endTime: '4',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      'Kl. 02.15 findes ikke den 28. marts 2027 (uret stilles frem); vælg 03.15.',
    );
  });

  it('filters the list from a date typed as "8.12" and says when a typed date does not exist', async () => {
    const list = await agent.get('/aktiviteter?fra=8.12&til=8.12');
    expect(list.body).toContain('Juleklip');
    expect(list.body).toContain('value="8.12"');
    const bad = await agent.get('/aktiviteter?fra=31.11');
    expect(bad.body).toContain('Datoen 31.11 findes ikke i kalenderen');
    expect(bad.body).toContain('value="31.11"');
  });
});
