import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function loggedIn(name: string) {
  const person = await createPerson(testApp.ctx, { name });
  const agent = new TestAgent(testApp.app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/');
  return { person, agent, user: currentUser(person, name) };
}

async function isCancelled(id: number): Promise<boolean> {
  const row = await testApp.ctx.db.kysely
    .selectFrom('activities')
    .select('cancelled_at')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.cancelled_at !== null;
}

// Thursdays at 16:00 in Copenhagen, from 3 December 2026 (the test clock is 30 November).
const THURSDAY = (day: number) => Date.UTC(2026, 11, day, 15);

describe('cancelling an activity asks first', () => {
  it('shows what is cancelled and how many are told, and a plain post changes nothing and mails no one', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    for (const name of ['Deltager A', 'Deltager B']) {
      const guest = await loggedIn(name);
      await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(THURSDAY(3)) });
    }
    await testApp.takeMail();

    const asked = await organiser.agent.post(`/aktiviteter/${id}/aflys`, { reason: 'Vandskade i gården' });
    expect(asked.statusCode).toBe(200);
    expect(await isCancelled(id)).toBe(false);
    expect(await testApp.takeMail()).toEqual([]);
    expect(asked.body).toContain('Vil du aflyse aktiviteten?');
    expect(asked.body).toContain('Nabokaffe i gården');
    expect(asked.body).toContain('Gården bag Sluseholmen 8');
    expect(asked.body).toContain('3. december 2026');
    expect(asked.body).toContain('16.00');
    expect(asked.body).toContain('De 2 tilmeldte får en e-mail om aflysningen.');
    expect(asked.body).toContain('Vandskade i gården</textarea>');
    expect(asked.body).toContain('Ja, aflys aktiviteten');
    expect(asked.body).toContain(`href="/aktiviteter/${id}">Nej, gå tilbage`);
    expect((await organiser.agent.get(`/aktiviteter/${id}/aflys`)).body).toContain('De 2 tilmeldte');

    const done = await organiser.agent.post(`/aktiviteter/${id}/aflys`, {
      reason: 'Vandskade i gården',
      bekraeft: 'ja',
    });
    expect(done.statusCode).toBe(302);
    expect(await isCancelled(id)).toBe(true);
    expect(await testApp.takeMail()).toHaveLength(2);
  });

  it('lets only the organisers see the confirmation page', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    const stranger = await loggedIn('Fremmed');
    expect((await stranger.agent.get(`/aktiviteter/${id}/aflys`)).statusCode).toBe(403);
    expect((await stranger.agent.post(`/aktiviteter/${id}/aflys`, { bekraeft: 'ja' })).statusCode).toBe(403);
    expect(await isCancelled(id)).toBe(false);
  });

  it('asks before cancelling one time of a series, naming that time and who joined it', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, { title: 'Kaffe hver torsdag', repeat: 'weekly' });
    const guest = await loggedIn('Deltager');
    await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(THURSDAY(10)) });
    await testApp.takeMail();

    const asked = await organiser.agent.post(`/aktiviteter/${id}/gang/aflys`, { gang: String(THURSDAY(10)) });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Vil du aflyse denne gang?');
    expect(asked.body).toContain('10. december 2026');
    expect(asked.body).toContain('Den ene tilmeldte får en e-mail om aflysningen.');
    expect(asked.body).toContain(`name="gang" value="${THURSDAY(10)}"`);
    expect(await testApp.takeMail()).toEqual([]);
    const changes = await testApp.ctx.db.kysely
      .selectFrom('activity_occurrence_changes')
      .select('cancelled')
      .where('activity_id', '=', id)
      .execute();
    expect(changes).toEqual([]);

    const series = await organiser.agent.get(`/aktiviteter/${id}/aflys`);
    expect(series.body).toContain('Vil du aflyse alle kommende gange?');
    expect(series.body).toContain('Næste gang');

    await organiser.agent.post(`/aktiviteter/${id}/gang/aflys`, {
      gang: String(THURSDAY(10)),
      bekraeft: 'ja',
    });
    expect((await testApp.takeMail()).map((mail) => mail.to)).toEqual([guest.person.email]);
  });
});
