import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_UP_MAIL_INTERVAL } from '#src/modules/activities/participation/service.ts';
import { currentUser, linkIn, publish } from '#src/modules/activities/test-support.ts';
import { enqueueJob } from '#src/platform/jobs.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

// Thursday 3 December 2026, 16:00 in Copenhagen: the default activity's start.
const GANG = String(Date.UTC(2026, 11, 3, 15));

async function loggedIn(name: string) {
  const person = await createPerson(testApp.ctx, { name });
  const agent = new TestAgent(testApp.app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/');
  return { person, agent, user: currentUser(person, name) };
}

/** Mails "sent" so far: the test takes queued mail as the worker would send it. */
const sent: MailMessage[] = [];
async function send(): Promise<void> {
  sent.push(...(await testApp.takeMail()));
}
function sentTo(email: string): MailMessage[] {
  return sent.filter((mail) => mail.to === email);
}

/** Joins and leaves `times` times; the worker sends after the first join, as it would at once. */
async function toggle(agent: TestAgent, id: number, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    if (i === 0) await send();
    await agent.post(`/aktiviteter/${id}/afmeld`, { gang: GANG });
  }
}

describe('sign-up mails folded per person and activity', () => {
  it('sends at most two mails for 50 joins and leaves, the last saying they are signed up', async () => {
    const organiser = await loggedIn('Arrangør Anne');
    const id = await publish(testApp.ctx, organiser.user);
    const person = await loggedIn('Vippende Villy');
    await toggle(person.agent, id, 50);
    await person.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    await send();

    const mails = sentTo(person.person.email);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails.length).toBeLessThanOrEqual(2);
    expect(mails.at(-1)?.subject).toBe('Du er tilmeldt: Nabokaffe i gården');
    expect(sentTo(organiser.person.email)).toHaveLength(0);
    // The cancel link in the last mail belongs to the live sign-up.
    const cancel = linkIn(mails.at(-1)?.text ?? '', '/aktiviteter/tilmelding/');
    expect((await new TestAgent(testApp.app).get(cancel)).body).toContain('Ja, afmeld mig');
  });

  it('ends on a mail saying they left when the toggling ends with leaving', async () => {
    const organiser = await loggedIn('Arrangør Bo');
    const id = await publish(testApp.ctx, organiser.user);
    const person = await loggedIn('Skiftende Sif');
    await toggle(person.agent, id, 50);
    await send();

    const mails = sentTo(person.person.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Du er tilmeldt: Nabokaffe i gården',
      'Du er afmeldt: Nabokaffe i gården',
    ]);
    expect(mails[1]?.text).toContain('Du er ikke længere tilmeldt');
  });

  it('sends the news of a seat freed by someone else at once, in place of a sign-up mail still waiting', async () => {
    const organiser = await loggedIn('Arrangør Cecilie');
    const id = await publish(testApp.ctx, organiser.user, { capacity: '1' });
    const first = await loggedIn('Første Frida');
    const waiting = await loggedIn('Ventende Viggo');
    await first.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    await waiting.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    await send();
    // Viggo leaves and joins the waiting list again: that mail is folded and waits ten minutes.
    await waiting.agent.post(`/aktiviteter/${id}/afmeld`, { gang: GANG });
    await waiting.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    // Frida leaves: Viggo moves up, and hears it now, not in ten minutes.
    await first.agent.post(`/aktiviteter/${id}/afmeld`, { gang: GANG });
    const queued = await testApp.ctx.db.kysely
      .selectFrom('jobs')
      .select(['payload', 'run_at'])
      .where('kind', '=', 'mail.send')
      .where('status', '=', 'queued')
      .execute();
    const toViggo = queued
      .map((job) => ({ mail: JSON.parse(job.payload) as MailMessage, runAt: Number(job.run_at) }))
      .filter((job) => job.mail.to === waiting.person.email);
    expect(toViggo.map((job) => job.mail.subject)).toEqual(['Du har fået en plads: Nabokaffe i gården']);
    expect(toViggo[0]?.runAt).toBeLessThanOrEqual(testApp.clock.now());
  });

  it('holds the second mail back until ten minutes after the first, then sends at once again', async () => {
    const organiser = await loggedIn('Arrangør Cai');
    const id = await publish(testApp.ctx, organiser.user);
    const person = await loggedIn('Tålmodige Tove');
    const firstAt = testApp.clock.now();
    await toggle(person.agent, id, 1);
    await person.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    const waiting = await testApp.ctx.db.kysely
      .selectFrom('jobs')
      .select('run_at')
      .where('status', '=', 'queued')
      .where('payload', 'like', `%${person.person.email}%`)
      .execute();
    expect(waiting.map((job) => job.run_at)).toEqual([firstAt + SIGN_UP_MAIL_INTERVAL]);
    await send();

    testApp.clock.advance(2 * SIGN_UP_MAIL_INTERVAL);
    await person.agent.post(`/aktiviteter/${id}/afmeld`, { gang: GANG });
    await person.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    const now = await testApp.ctx.db.kysely
      .selectFrom('jobs')
      .select('run_at')
      .where('status', '=', 'queued')
      .where('payload', 'like', `%${person.person.email}%`)
      .execute();
    expect(now.map((job) => job.run_at)).toEqual([testApp.clock.now()]);
  });

  it('keeps mails about different activities apart', async () => {
    const organiser = await loggedIn('Arrangør Dan');
    const first = await publish(testApp.ctx, organiser.user);
    const second = await publish(testApp.ctx, organiser.user, { title: 'Fællesspisning' });
    const person = await loggedIn('Travle Trine');
    await person.agent.post(`/aktiviteter/${first}/tilmeld`, { gang: GANG });
    await person.agent.post(`/aktiviteter/${second}/tilmeld`, { gang: GANG });
    await send();
    expect(sentTo(person.person.email).map((mail) => mail.subject)).toEqual([
      'Du er tilmeldt: Nabokaffe i gården',
      'Du er tilmeldt: Fællesspisning',
    ]);
  });
});

describe('jobs with a dedupe key', () => {
  it('keeps one untried job per key, with the newest payload, and lets a new one wait beside a retry', async () => {
    const db = testApp.ctx.db.kysely;
    const clock = testApp.clock;
    const key = `test-dedupe:${clock.now()}`;
    await enqueueJob(db, clock.now(), 'test.noop', { n: 1 }, { dedupeKey: key });
    await enqueueJob(db, clock.now(), 'test.noop', { n: 2 }, { dedupeKey: key });
    const waiting = await db
      .selectFrom('jobs')
      .select(['id', 'payload'])
      .where('dedupe_key', '=', key)
      .execute();
    expect(waiting.map((job) => JSON.parse(job.payload))).toEqual([{ n: 2 }]);

    // Tried once and waiting for its retry: outside the rule, so a newer job may queue beside it.
    await db.updateTable('jobs').set({ attempts: 1 }).where('dedupe_key', '=', key).execute();
    await enqueueJob(db, clock.now(), 'test.noop', { n: 3 }, { dedupeKey: key });
    const after = await db
      .selectFrom('jobs')
      .select('payload')
      .where('dedupe_key', '=', key)
      .orderBy('id')
      .execute();
    expect(after.map((job) => JSON.parse(job.payload))).toEqual([{ n: 2 }, { n: 3 }]);
    await db.deleteFrom('jobs').where('dedupe_key', '=', key).execute();
  });
});
