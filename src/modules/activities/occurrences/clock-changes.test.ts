import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveOccurrence } from '#src/modules/activities/occurrences/service.ts';
import { currentUser, FORM_BASE, publish } from '#src/modules/activities/test-support.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { instantAt, localParts } from '#src/platform/local-time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// Issue 10: local times that do not exist, exist twice or lie outside the years Byliv accepts.
interface Problem {
  errors?: Array<{ field: string; message: { da: string; en: string } }>;
  message?: { da: string; en: string };
}

const COFFEE = {
  kind: 'neighbour_coffee',
  title: 'Nattekaffe',
  location: { type: 'point', address: 'Sluseholmen 8' },
};

let t: TestApp;
let organiser: TestPerson;

function post(body: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/activities',
    headers: { authorization: `Bearer ${organiser.apiToken}` },
    payload: { ...COFFEE, ...body },
  });
}

async function storedTimes(response: { body: string }) {
  const { id } = JSON.parse(response.body) as { id: number };
  return t.ctx.db.kysely
    .selectFrom('activities')
    .select(['starts_at', 'ends_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  t = await createTestApp();
  // From 1 January 2025, so every clock change of 2025–2030 lies ahead.
  t.clock.set(Date.UTC(2025, 0, 1, 8));
  organiser = await createPerson(t.ctx, { name: 'Natteravn' });
});
afterAll(async () => {
  await t.close();
});

describe('an activity at a time the clocks skip or repeat', () => {
  it('answers 02:30 on 28 March 2027 with 422 naming 03:30, in Danish and English', async () => {
    const response = await post({ date: '2027-03-28', startTime: '02:30', endTime: '04:00' });
    expect(response.statusCode).toBe(422);
    expect((JSON.parse(response.body) as Problem).errors).toEqual([
      {
        field: 'startTime',
        message: {
          da: 'Kl. 02.30 findes ikke den 28. marts 2027 (uret stilles frem); vælg 03.30.',
          en: '02:30 does not exist on 28 March 2027 (clocks go forward); choose 03:30.',
        },
      },
    ]);
  });

  it('says so on the form in the person’s language and keeps what they typed', async () => {
    const english = await createPerson(t.ctx, { name: 'Night Owl' });
    await t.ctx.db.kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', english.id).execute();
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', english.sessionToken);
    await agent.get('/');
    const response = await agent.post('/aktiviteter/ny', {
      ...FORM_BASE,
      title: 'Night walk',
      date: '28.3.2027',
      startTime: '1.30',
      endTime: '2.30',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      '02:30 does not exist on 28 March 2027 (clocks go forward); choose 03:30.',
    );
    expect(response.body).toContain('value="Night walk"');
    expect(response.body).toContain('value="28.3.2027"');
    expect(response.body).toContain('value="2.30"');
  });

  // Decision (see wallClockError): 02:30 on 31 October 2027 happens twice; it means the first,
  // still summer time, so 02:30–03:30 lasts two hours.
  it('takes the first 02:30 of 31 October 2027, still summer time', async () => {
    const response = await post({ date: '2027-10-31', startTime: '02:30', endTime: '03:30' });
    expect(response.statusCode).toBe(201);
    expect(await storedTimes(response)).toEqual({
      starts_at: Date.UTC(2027, 9, 31, 0, 30),
      ends_at: Date.UTC(2027, 9, 31, 2, 30),
    });
  });

  it('refuses moving one time to an end in the skipped hour, naming the end field', async () => {
    const user = currentUser(organiser, 'Natteravn');
    const id = await publish(t.ctx, user, { repeat: 'weekly', until: '2026-12-31' });
    const move = moveOccurrence(t.ctx, user, id, instantAt(FORM_BASE.date, 16 * 60), {
      date: '28.3.2027',
      startTime: '1.30',
      endTime: '2.30',
    });
    await expect(move).rejects.toBeInstanceOf(ValidationError);
    await expect(move).rejects.toMatchObject({ fieldErrors: { endTime: { key: 'dates.error.springGap' } } });
  });

  it('refuses a date after 2100 with 422, saying which years Byliv accepts', async () => {
    const response = await post({ date: '2101-01-01', startTime: '10:00' });
    expect(response.statusCode).toBe(422);
    expect((JSON.parse(response.body) as Problem).errors).toEqual([
      {
        field: 'date',
        message: {
          da: 'Datoen ligger uden for de år, Byliv tager imod (2000–2100). Vælg en dato i de år',
          en: 'The date is outside the years Byliv accepts (2000–2100). Choose a date within them',
        },
      },
    ]);
  });
});

/** The last Sunday of a month (1–12) of a year, as YYYY-MM-DD. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

const changeDay = fc
  .tuple(fc.integer({ min: 2025, max: 2030 }), fc.constantFrom(3, 10))
  .map(([year, month]) => lastSunday(year, month));
const edgeDay = fc.constantFrom(
  '1999-12-31',
  '2000-01-01',
  '2027-02-29',
  '2028-02-29',
  '2027-12-31',
  '2100-12-31',
  '2101-01-01',
);
const day = fc.oneof({ weight: 4, arbitrary: changeDay }, { weight: 1, arbitrary: edgeDay });
/** Start times around the night of the change, and the ends of the day. */
const startMinute = fc.oneof(
  fc.integer({ min: 60, max: 4 * 60 }),
  fc.constantFrom(0, 23 * 60 + 59, 23 * 60 + 30),
);
/** No end, an end before, equal to or after the start, or 24:00. */
const endMinute = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 1440 }),
  fc.constantFrom(0, 120, 150, 180, 1440),
);

describe('activity creation as a property over clock changes and edges', () => {
  it('never answers 5xx: either publishes with the local times kept exactly, or refuses with 4xx and a message', async () => {
    await fc.assert(
      fc.asyncProperty(day, startMinute, endMinute, async (date, start, end) => {
        const body = { date, startTime: clock(start), ...(end === null ? {} : { endTime: clock(end) }) };
        const response = await post(body);
        const label = `${JSON.stringify(body)}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, label).toBeLessThan(500);
        if (response.statusCode === 201) {
          const stored = await storedTimes(response);
          expect(stored.starts_at, label).toBe(instantAt(date, start));
          expect(localParts(stored.starts_at), label).toMatchObject({ date, minute: start });
          expect(stored.ends_at, label).toBeGreaterThan(stored.starts_at);
          if (end !== null) expect(stored.ends_at, label).toBe(instantAt(date, end));
        } else {
          expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
          const problem = JSON.parse(response.body) as Problem;
          const said = problem.errors?.[0]?.message ?? problem.message;
          expect(said?.da, label).toMatch(/\S/);
          expect(said?.en, label).toMatch(/\S/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
