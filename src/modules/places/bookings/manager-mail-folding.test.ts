import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MANAGER_MAIL_INTERVAL } from '#src/modules/places/bookings/manager-mails.ts';
import { REQUESTS_PER_HOUR, requestLimitKey } from '#src/modules/places/bookings/service.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { MAIL_JOB, type MailMessage } from '#src/platform/mail.ts';
import { resetRateLimit } from '#src/platform/rate-limit.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The test clock starts on Monday 30 November 2026, 10:00 in Copenhagen.
let t: TestApp;
let managerDa: TestPerson;
let managerEn: TestPerson;
let owner: number;

beforeAll(async () => {
  t = await createTestApp();
  managerDa = await createPerson(t.ctx, { name: 'Mette Manager' });
  managerEn = await createPerson(t.ctx, { name: 'Max Manager' });
  await t.ctx.db.kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', managerEn.id).execute();
  owner = await createOrganisation(t.ctx, { name: 'Kulturhuset' });
});
afterAll(async () => {
  await t.close();
});

/** Mails "sent" so far: like the worker, only those whose time has come. */
const sent: MailMessage[] = [];
async function sendDue(): Promise<void> {
  const db = t.ctx.db.kysely;
  const due = await db
    .selectFrom('jobs')
    .select(['id', 'payload'])
    .where('kind', '=', MAIL_JOB)
    .where('status', '=', 'queued')
    .where('run_at', '<=', t.clock.now())
    .orderBy('id')
    .execute();
  if (due.length === 0) return;
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: t.clock.now() })
    .where(
      'id',
      'in',
      due.map((job) => job.id),
    )
    .execute();
  sent.push(...due.map((job) => JSON.parse(job.payload) as MailMessage));
}
beforeEach(() => {
  sent.length = 0;
});
function sentTo(person: TestPerson): MailMessage[] {
  return sent.filter((mail) => mail.to === person.email);
}

async function newPlace(name: string) {
  return createPlace(t.ctx, { organisationId: owner, name, managers: [managerDa.id, managerEn.id] });
}

async function bookerAgent(name: string): Promise<{ person: TestPerson; agent: TestAgent }> {
  const person = await createPerson(t.ctx, { name });
  const agent = new TestAgent(t.app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/mine-bookinger');
  return { person, agent };
}

function form(date: string, from = '18:00', to = '19:00') {
  return { title: 'Fællesspisning', date, startTime: from, endTime: to, attendees: '20' };
}

/** Requests through the form; the new booking's id, or the refusal's status. */
async function requestBooking(agent: TestAgent, slug: string, date: string) {
  const response = await agent.post(`/steder/${slug}/book`, form(date));
  const match = /^\/bookinger\/(\d+)$/.exec(String(response.headers.location));
  return { response, id: match?.[1] === undefined ? null : Number(match[1]) };
}

async function cancel(agent: TestAgent, id: number): Promise<void> {
  expect((await agent.post(`/bookinger/${id}/annuller`, { bekraeft: 'ja' })).statusCode).toBe(302);
}

async function bookingsOf(person: TestPerson) {
  return t.ctx.db.kysely
    .selectFrom('bookings')
    .select(['id', 'status'])
    .where('booker_id', '=', person.id)
    .execute();
}

describe('managers’ mails about one booker, folded per place, booker and manager', () => {
  it('sends each manager at most two mails for 30 requests and cancellations, the last listing what still waits', async () => {
    const place = await newPlace('Salen');
    const { person, agent } = await bookerAgent('Vippende Villy');
    let last: number | null = null;
    for (let round = 0; round < 30; round += 1) {
      // The hourly limit is tested on its own below; here it is lifted to see the folding alone.
      await resetRateLimit(t.ctx, requestLimitKey(person.id));
      last = (await requestBooking(agent, place.slug, '2026-12-03')).id;
      if (last === null) throw new Error('the request was refused');
      if (round === 0) await sendDue();
      if (round < 29) await cancel(agent, last);
    }
    await sendDue();
    t.clock.advance(MANAGER_MAIL_INTERVAL);
    await sendDue();

    const danish = sentTo(managerDa);
    expect(danish.map((mail) => mail.subject)).toEqual([
      'Ny anmodning om booking af Salen',
      'Opdatering om anmodninger til Salen fra Vippende Villy',
    ]);
    expect(danish[0]?.text).toContain('Vippende Villy har anmodet om at booke Salen.');
    const summary = danish[1]?.text ?? '';
    expect(summary).toContain('1 anmodning venter på din beslutning:');
    expect(summary).toContain('29 anmodninger eller bookinger er annulleret igen');
    expect(summary).toContain('– og 19 flere');
    expect(summary).toContain('http://localhost:3000/administrer/bookinger');

    const english = sentTo(managerEn);
    expect(english).toHaveLength(2);
    expect(english[1]?.subject).toBe('Update on requests for Salen from Vippende Villy');
    expect(english[1]?.text).toContain('1 request is waiting for your decision:');
    expect(english[1]?.text).toContain('29 requests or bookings were cancelled again');

    const rows = await bookingsOf(person);
    expect(rows.filter((row) => row.status === 'requested').map((row) => row.id)).toEqual([last]);
    expect(rows.filter((row) => row.status === 'cancelled')).toHaveLength(29);
  });

  it('ends on a mail saying nothing waits when a flood of requests is withdrawn, and the limit stops the flood', async () => {
    const place = await newPlace('Værkstedet');
    const { person, agent } = await bookerAgent('Skiftende Sif');
    const statuses: number[] = [];
    for (let round = 0; round < 30; round += 1) {
      const { response, id } = await requestBooking(agent, place.slug, '2026-12-04');
      statuses.push(response.statusCode);
      if (round === 0) await sendDue();
      if (id !== null) await cancel(agent, id);
    }
    t.clock.advance(MANAGER_MAIL_INTERVAL);
    await sendDue();

    expect(statuses.filter((status) => status === 302)).toHaveLength(REQUESTS_PER_HOUR);
    expect(statuses.slice(REQUESTS_PER_HOUR).every((status) => status === 429)).toBe(true);
    for (const manager of [managerDa, managerEn]) expect(sentTo(manager)).toHaveLength(2);
    const last = sentTo(managerDa)[1]?.text ?? '';
    expect(last).toContain('Ingen anmodninger fra Skiftende Sif venter på din beslutning.');
    expect(last).toContain('20 anmodninger eller bookinger er annulleret igen');
    expect(last).toContain('Du skal ikke gøre noget.');
    const rows = await bookingsOf(person);
    expect(rows).toHaveLength(REQUESTS_PER_HOUR);
    expect(rows.every((row) => row.status === 'cancelled')).toBe(true);
  });

  it('does not fold two bookers together: each one’s first request reaches the managers at once', async () => {
    const place = await newPlace('Mødelokalet');
    const first = await bookerAgent('Anna Først');
    const second = await bookerAgent('Bent Anden');
    expect((await requestBooking(first.agent, place.slug, '2026-12-07')).id).not.toBeNull();
    expect((await requestBooking(second.agent, place.slug, '2026-12-08')).id).not.toBeNull();
    await sendDue();

    for (const manager of [managerDa, managerEn]) {
      const texts = sentTo(manager).map((mail) => mail.text);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toContain('Anna Først');
      expect(texts[1]).toContain('Bent Anden');
    }
    const waiting = await t.ctx.db.kysely
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', MAIL_JOB)
      .where('status', '=', 'queued')
      .execute();
    expect(waiting).toHaveLength(0);
  });
});

describe('the hourly limit on requests that mail the managers', () => {
  function iso(date: string, hour: number): string {
    return new Date(instantAt(date, hour * 60)).toISOString();
  }

  it('answers the API with 429, Retry-After and a message in both languages, saving nothing', async () => {
    const place = await newPlace('Hallen');
    const person = await createPerson(t.ctx, { name: 'Ivrige Ida' });
    const post = (startsAt: string, endsAt: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/places/${place.slug}/bookings`,
        headers: { authorization: `Bearer ${person.apiToken}` },
        payload: { title: 'Møde', startsAt, endsAt, attendees: 5 },
      });
    const statuses: number[] = [];
    for (let hour = 0; hour < REQUESTS_PER_HOUR; hour += 1) {
      statuses.push((await post(iso('2026-12-10', hour), iso('2026-12-10', hour + 1))).statusCode);
    }
    expect(statuses.every((status) => status === 201)).toBe(true);

    const refused = await post(iso('2026-12-11', 18), iso('2026-12-11', 19));
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const problem = refused.json();
    expect(problem.code).toBe('rate_limited');
    expect(problem.message.da).toContain('Du har sendt mange anmodninger om booking den seneste time');
    expect(problem.message.en).toContain('You have sent many booking requests in the last hour');
    expect(await bookingsOf(person)).toHaveLength(REQUESTS_PER_HOUR);
  });

  it('shows the form again with the message and what was typed, saving nothing', async () => {
    const place = await newPlace('Køkkenet');
    const { person, agent } = await bookerAgent('Travle Trine');
    for (let day = 1; day <= REQUESTS_PER_HOUR; day += 1) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      expect((await requestBooking(agent, place.slug, date)).response.statusCode).toBe(302);
    }
    const { response, id } = await requestBooking(agent, place.slug, '2026-12-28');
    expect(id).toBeNull();
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBeDefined();
    expect(response.body).toContain('Du har sendt mange anmodninger om booking den seneste time');
    expect(response.body).toContain('value="2026-12-28"');
    expect(await bookingsOf(person)).toHaveLength(REQUESTS_PER_HOUR);
  });

  it('does not count bookings that are approved at once (they mail no manager)', async () => {
    const place = await createPlace(t.ctx, {
      organisationId: owner,
      name: 'Boldbanen',
      approvalRequired: false,
    });
    const { person, agent } = await bookerAgent('Sporty Sune');
    for (let day = 1; day <= REQUESTS_PER_HOUR + 1; day += 1) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      expect((await requestBooking(agent, place.slug, date)).response.statusCode).toBe(302);
    }
    expect(await bookingsOf(person)).toHaveLength(REQUESTS_PER_HOUR + 1);
  });
});
