import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGER_MAIL_INTERVAL } from '#src/modules/places/bookings/manager-mails.ts';
import {
  EXPIRE_JOB,
  expireRequestJob,
  REMINDER_JOB,
  reminderJob,
} from '#src/modules/places/bookings/notifications.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { runDueJobs } from '#src/platform/jobs.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The test clock starts on Monday 30 November 2026, 10:00 in Copenhagen.
describe('booking a place, deciding and getting in', () => {
  let t: TestApp;
  let booker: TestPerson;
  let manager: TestPerson;
  let stranger: TestPerson;
  let gym: { id: number; slug: string };

  async function agentFor(person: TestPerson): Promise<TestAgent> {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/mine-bookinger');
    return agent;
  }

  const confirmed = { bekraeft: 'ja' };

  function bookingForm(date: string, from: string, to: string, extra: Record<string, string> = {}) {
    return { title: 'Fællesspisning', date, startTime: from, endTime: to, attendees: '20', ...extra };
  }

  async function statusOf(id: number): Promise<string> {
    const row = await t.ctx.db.kysely
      .selectFrom('bookings')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.status;
  }

  function bookingIdFrom(location: unknown): number {
    const match = /^\/bookinger\/(\d+)$/.exec(String(location));
    if (match?.[1] === undefined) throw new Error(`not a booking page: ${String(location)}`);
    return Number(match[1]);
  }

  beforeAll(async () => {
    t = await createTestApp();
    booker = await createPerson(t.ctx, { name: 'Birthe Booker' });
    manager = await createPerson(t.ctx, { name: 'Mads Manager' });
    stranger = await createPerson(t.ctx, { name: 'Sofie Fremmed' });
    const school = await createOrganisation(t.ctx, { name: 'Sydhavn Skole', kind: 'institution' });
    gym = await createPlace(t.ctx, {
      organisationId: school,
      name: 'Gymnastiksalen',
      managers: [manager.id],
      keyHandover: 'door_code',
      codeVisibleMinutesBefore: 60,
      windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 17 * 60, endMinute: 22 * 60 })),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a request to the managers, who approve it, and the booker gets an .ics and later the door code', async () => {
    const agent = await agentFor(booker);
    const created = await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-03', '18:00', '20:00'));
    expect(created.statusCode).toBe(302);
    const id = bookingIdFrom(created.headers.location);
    expect(await statusOf(id)).toBe('requested');
    const requestMails = await t.takeMail();
    expect(requestMails.map((mail) => mail.to)).toEqual([manager.email]);
    expect(requestMails[0]?.text).toContain('Birthe Booker har anmodet om at booke Gymnastiksalen');
    expect(requestMails[0]?.text).toContain(`/bookinger/${id}`);

    const managerAgent = await agentFor(manager);
    const queue = await managerAgent.get('/administrer/bookinger');
    expect(queue.body).toContain('Fællesspisning');
    expect((await managerAgent.post(`/bookinger/${id}/godkend`)).statusCode).toBe(302);
    expect(await statusOf(id)).toBe('approved');

    const [approval] = await t.takeMail();
    expect(approval?.to).toBe(booker.email);
    expect(approval?.subject).toBe('Din booking af Gymnastiksalen er godkendt');
    const ics = approval?.attachments?.[0]?.content ?? '';
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toJSDate().getTime()).toBe(instantAt('2026-12-03', 18 * 60));
    expect(event.endDate.toJSDate().getTime()).toBe(instantAt('2026-12-03', 20 * 60));

    // The door code is not shown days ahead …
    const early = await agent.get(`/bookinger/${id}`);
    expect(early.body).toContain('Dørkoden vises her fra');
    const code = (
      await t.ctx.db.kysely
        .selectFrom('bookings')
        .select('door_code')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).door_code;
    expect(code).toMatch(/^\d{6}$/);
    expect(early.body).not.toContain(`>${code}<`);

    // … the morning mail at 07:00 local time carries it …
    const reminder = await t.ctx.db.kysely
      .selectFrom('jobs')
      .select('run_at')
      .where('kind', '=', REMINDER_JOB)
      .executeTakeFirstOrThrow();
    expect(reminder.run_at).toBe(instantAt('2026-12-03', 7 * 60));
    t.clock.set(instantAt('2026-12-03', 7 * 60));
    await runDueJobs(t.ctx, { [REMINDER_JOB]: reminderJob });
    const [morning] = await t.takeMail();
    expect(morning?.text).toContain(`Dørkode: ${code}`);

    // … and from an hour before the start, the page shows it to the booker and the manager, logging each showing.
    t.clock.set(instantAt('2026-12-03', 17 * 60 + 5));
    expect((await agent.get(`/bookinger/${id}`)).body).toContain(`>${code}<`);
    const managerView = await managerAgent.get(`/bookinger/${id}`);
    expect(managerView.body).toContain(`>${code}<`);
    expect(managerView.body).toContain('Hvem har set dørkoden');
    expect(managerView.body).toContain('Birthe Booker');
    const views = await t.ctx.db.kysely
      .selectFrom('door_code_views')
      .selectAll()
      .where('booking_id', '=', id)
      .execute();
    expect(views.map((view) => view.user_id).sort()).toEqual([booker.id, booker.id, manager.id].sort());

    // Nobody else sees the booking at all.
    const strangerAgent = await agentFor(stranger);
    expect((await strangerAgent.get(`/bookinger/${id}`)).statusCode).toBe(403);
    t.clock.set(Date.UTC(2026, 10, 30, 9, 0));
  });

  it('re-renders the form with a specific message for a time outside the windows', async () => {
    const agent = await agentFor(booker);
    const response = await agent.post(
      `/steder/${gym.slug}/book`,
      bookingForm('2026-12-04', '15:00', '17:00'),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Om fredagen kan der bookes: 17:00–22:00');
    expect(response.body).toContain('value="15:00"');
  });

  it('answers a title over the limit or with a control character with the message the API gives', async () => {
    const agent = await agentFor(booker);
    for (const [title, message] of [
      ['x'.repeat(201), 'Teksten må højst være 200 tegn'],
      ['Koncert\u0007', 'Værdien er ugyldig'],
    ] as const) {
      const response = await agent.post(
        `/steder/${gym.slug}/book`,
        bookingForm('2026-12-07', '18:00', '19:00', { title }),
      );
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain(message);
    }
  });

  it('refuses a clash with a 409 naming the time that is taken, not who took it', async () => {
    const agent = await agentFor(stranger);
    const response = await agent.post(
      `/steder/${gym.slug}/book`,
      bookingForm('2026-12-03', '19:00', '21:00'),
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain(
      'Stedet er allerede optaget torsdag den 3. december 2026 kl. 18.00–20.00',
    );
    expect(response.body).not.toContain('Birthe');
  });

  it('needs a reason to reject, and sends it to the booker', async () => {
    const agent = await agentFor(booker);
    const id = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-07', '18:00', '19:00'))).headers
        .location,
    );
    await t.takeMail();
    const managerAgent = await agentFor(manager);
    const refused = await managerAgent.post(`/bookinger/${id}/afvis`, { reason: '  ' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Skriv en begrundelse');
    expect(await statusOf(id)).toBe('requested');
    await managerAgent.post(`/bookinger/${id}/afvis`, { reason: 'Salen skal males den dag' });
    expect(await statusOf(id)).toBe('rejected');
    const [mail] = await t.takeMail();
    expect(mail?.to).toBe(booker.email);
    expect(mail?.text).toContain('Begrundelse: Salen skal males den dag');
  });

  it('lets the booker cancel before the deadline but not after, and a manager at any time', async () => {
    const agent = await agentFor(booker);
    const id = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-08', '18:00', '19:00'))).headers
        .location,
    );
    await t.takeMail();
    t.clock.set(instantAt('2026-12-08', 12 * 60));
    const late = await agent.post(`/bookinger/${id}/annuller`, confirmed);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('senest 24 timer før start');
    const managerAgent = await agentFor(manager);
    expect((await managerAgent.post(`/bookinger/${id}/annuller`, confirmed)).statusCode).toBe(302);
    expect(await statusOf(id)).toBe('cancelled');
    const [mail] = await t.takeMail();
    expect(mail?.to).toBe(booker.email);
    expect(mail?.text).toContain('Stedets ansvarlige har annulleret din booking');
    // Hours after Birthe's earlier requests, so the managers' mail about her is not folded into them.
    t.clock.set(Date.UTC(2026, 10, 30, 13, 0));

    const early = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-09', '18:00', '19:00'))).headers
        .location,
    );
    await t.takeMail();
    // Later than the managers' fold interval, so they get the cancellation itself, not a summary.
    t.clock.advance(MANAGER_MAIL_INTERVAL);
    expect((await agent.post(`/bookinger/${early}/annuller`, confirmed)).statusCode).toBe(302);
    const [toManager] = await t.takeMail();
    expect(toManager?.to).toBe(manager.email);
    expect(toManager?.text).toContain('Birthe Booker har annulleret sin booking af Gymnastiksalen');
  });

  it('asks before cancelling: a post without the confirmation changes nothing and mails no one', async () => {
    const agent = await agentFor(booker);
    const id = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-17', '18:00', '19:00'))).headers
        .location,
    );
    await t.takeMail();
    const asked = await agent.post(`/bookinger/${id}/annuller`);
    expect(asked.statusCode).toBe(200);
    expect(await statusOf(id)).toBe('requested');
    expect(await t.takeMail()).toEqual([]);
    for (const page of [asked, await agent.get(`/bookinger/${id}/annuller`)]) {
      expect(page.body).toContain('Vil du annullere bookingen?');
      expect(page.body).toContain('Fællesspisning');
      expect(page.body).toContain('Gymnastiksalen');
      expect(page.body).toContain('17. december 2026');
      expect(page.body).toContain('18.00');
      expect(page.body).toContain('Stedets ansvarlige får en e-mail');
      expect(page.body).toContain('name="bekraeft" value="ja"');
      expect(page.body).toContain('Ja, annuller bookingen');
      expect(page.body).toContain(`href="/bookinger/${id}">Nej, gå tilbage`);
    }
    const managerPage = await (await agentFor(manager)).get(`/bookinger/${id}/annuller`);
    expect(managerPage.body).toContain('Birthe Booker, som har booket, får en e-mail');
    expect(await statusOf(id)).toBe('requested');
    expect((await agent.post(`/bookinger/${id}/annuller`, confirmed)).statusCode).toBe(302);
    expect(await statusOf(id)).toBe('cancelled');
    expect((await t.takeMail()).map((mail) => mail.to)).toEqual([manager.email]);
  });

  it('lets an undecided request expire at its start and tells the booker', async () => {
    const agent = await agentFor(booker);
    const id = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-10', '18:00', '19:00'))).headers
        .location,
    );
    await t.takeMail();
    t.clock.set(instantAt('2026-12-10', 18 * 60) - MINUTE);
    const expireOnly = { [EXPIRE_JOB]: expireRequestJob };
    await runDueJobs(t.ctx, expireOnly);
    expect(await statusOf(id)).toBe('requested');
    t.clock.advance(MINUTE);
    await runDueJobs(t.ctx, expireOnly);
    expect(await statusOf(id)).toBe('expired');
    const mails = await t.takeMail();
    expect(mails.some((mail) => mail.to === booker.email && mail.subject.includes('er udløbet'))).toBe(true);
    t.clock.set(Date.UTC(2026, 10, 30, 9, 0));
  });

  it('lets a manager approve several requests at once from the queue, and reject several only with a reason', async () => {
    const agent = await agentFor(booker);
    const first = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-14', '18:00', '19:00'))).headers
        .location,
    );
    const second = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-15', '18:00', '19:00'))).headers
        .location,
    );
    const third = bookingIdFrom(
      (await agent.post(`/steder/${gym.slug}/book`, bookingForm('2026-12-16', '18:00', '19:00'))).headers
        .location,
    );
    await t.takeMail();
    const managerAgent = await agentFor(manager);
    const queue = await managerAgent.get('/administrer/bookinger');
    expect(queue.body.indexOf(`value="${first}"`)).toBeLessThan(queue.body.indexOf(`value="${second}"`));
    await managerAgent.post('/administrer/bookinger', {
      ids: [String(first), String(second)],
      decision: 'approve',
    });
    expect([await statusOf(first), await statusOf(second)]).toEqual(['approved', 'approved']);
    const noReason = await managerAgent.post('/administrer/bookinger', {
      ids: [String(third)],
      decision: 'reject',
    });
    expect(noReason.statusCode).toBe(422);
    expect(await statusOf(third)).toBe('requested');
    const strangerAgent = await agentFor(stranger);
    const foreign = await strangerAgent.post('/administrer/bookinger', {
      ids: [String(third)],
      decision: 'approve',
    });
    expect(foreign.statusCode).toBe(403);
    expect(await statusOf(third)).toBe('requested');
    expect((await t.takeMail()).map((mail) => mail.subject)).toEqual([
      'Din booking af Gymnastiksalen er godkendt',
      'Din booking af Gymnastiksalen er godkendt',
    ]);
  });

  it('books at once where the place allows instant booking', async () => {
    const owner = await createOrganisation(t.ctx, { name: 'Boligforeningen' });
    const room = await createPlace(t.ctx, {
      organisationId: owner,
      approvalRequired: false,
      managers: [manager.id],
    });
    const agent = await agentFor(booker);
    const response = await agent.post(
      `/steder/${room.slug}/book`,
      bookingForm('2026-12-05', '10:00', '12:00'),
    );
    const id = bookingIdFrom(response.headers.location);
    expect(await statusOf(id)).toBe('approved');
    const mails = await t.takeMail();
    expect(mails.map((mail) => mail.to)).toEqual([booker.email]);
    expect(mails[0]?.attachments?.[0]?.filename).toBe('booking.ics');
    expect(instantAt('2026-12-05', 10 * 60) - t.clock.now()).toBeGreaterThan(HOUR);
  });
});
