import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setActivityHidden } from '#src/modules/activities/moderation-adapter.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createOrganisation } from '#src/modules/places/bookings/test-fixtures.ts';
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

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

// Thursdays at 16:00 in Copenhagen, from 3 December 2026.
const THURSDAY = (day: number, month = 11, year = 2026) => Date.UTC(year, month, day, 15);
const SLUSEHOLMEN = { lat: '55.6455', lon: '12.5480' };

describe('a weekly neighbour coffee', () => {
  it('shows each week in the list and the month calendar without materialising the series', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, { title: 'Ugentlig nabokaffe', repeat: 'weekly' });
    const list = await new TestAgent(testApp.app).get('/aktiviteter?fra=2026-12-01&til=2026-12-31');
    // The list shows the series once, with its next dates.
    expect(list.body.match(/Ugentlig nabokaffe/g)?.length).toBe(1);
    expect(list.body).toContain('hver torsdag kl. 16.00–17.30</strong> · næste: 3., 10., 17. og 24. dec.');
    const calendar = await new TestAgent(testApp.app).get('/aktiviteter/kalender?maaned=2027-03');
    expect(calendar.body).toContain('Aktiviteter i marts 2027');
    // The page holds the month grid and, for phones, a day-by-day agenda: the grid shows the four
    // Thursdays of March and 1 April in its last week, the agenda the days of March only.
    const [grid = '', agenda = ''] = calendar.body.split('class="app-calendar-agenda"');
    // Across the change to summer time (28 March 2027) it stays at 16:00.
    expect(grid.match(/16:00 Ugentlig nabokaffe/g)?.length).toBe(5);
    expect(agenda.match(/16:00 Ugentlig nabokaffe/g)?.length).toBe(4);
    const rows = await testApp.ctx.db.kysely
      .selectFrom('activities')
      .select('id')
      .where('id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('is one event with its RRULE in the calendar file, a cancelled week as EXDATE and a moved one with RECURRENCE-ID', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, {
      title: 'Kaffe hver torsdag',
      repeat: 'weekly',
      until: '2027-02-25',
    });
    const guest = await loggedIn('Deltager');
    await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(THURSDAY(10)) });
    await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(THURSDAY(17)) });
    await testApp.takeMail();

    const cancel = await organiser.agent.post(`/aktiviteter/${id}/gang/aflys`, {
      gang: String(THURSDAY(10)),
      reason: 'Juleferie',
      bekraeft: 'ja',
    });
    expect(cancel.statusCode).toBe(302);
    const move = await organiser.agent.post(`/aktiviteter/${id}/gang/flyt`, {
      gang: String(THURSDAY(17)),
      date: '2026-12-18',
      startTime: '17:00',
      endTime: '18:30',
    });
    expect(move.statusCode).toBe(302);
    const mails = (await testApp.takeMail()).filter((mail) => mail.to === guest.person.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Aflyst: Kaffe hver torsdag',
      'Nyt tidspunkt: Kaffe hver torsdag',
    ]);
    expect(mails[1]?.text).toContain('Nu: fredag den 18. december 2026 kl. 17.00–18.30');

    const ics = await new TestAgent(testApp.app).get(`/aktiviteter/${id}/kalender.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const [series, moved] = events(ics.body);
    expect(series?.isRecurring()).toBe(true);
    expect(series?.component.getFirstPropertyValue('rrule')?.toString()).toContain('FREQ=WEEKLY');
    expect(series?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(series?.startDate.toString()).toBe('2026-12-03T16:00:00');
    const exdates = series?.component
      .getAllProperties('exdate')
      .map((property) => property.getFirstValue()?.toString());
    expect(exdates).toEqual(['2026-12-10T16:00:00']);
    expect(moved?.isRecurrenceException()).toBe(true);
    expect(moved?.recurrenceId.toString()).toBe('2026-12-17T16:00:00');
    expect(moved?.startDate.toString()).toBe('2026-12-18T17:00:00');

    // Expanded by a real client's parser: the cancelled week is gone and the rule runs to the end date.
    const iterator = series?.iterator();
    const starts: string[] = [];
    for (let next = iterator?.next(); next !== undefined && next !== null; next = iterator?.next())
      starts.push(next.toString());
    expect(starts).not.toContain('2026-12-10T16:00:00');
    expect(starts.at(-1)).toBe('2027-02-25T16:00:00');
    expect(starts).toHaveLength(12);

    const page = await guest.agent.get(`/aktiviteter/${id}`);
    expect(page.body).toContain('fredag den 18. december 2026 kl. 17.00–18.30</strong> (flyttet)');
  });

  it('repeats monthly on the same weekday: the second Tuesday', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, {
      title: 'Byttehjørne 2. tirsdag',
      date: '2026-12-08',
      repeat: 'monthly_weekday',
    });
    const ics = await new TestAgent(testApp.app).get(`/aktiviteter/${id}/kalender.ics`);
    const [series] = events(ics.body);
    expect(series?.component.getFirstPropertyValue('rrule')?.toString()).toContain('BYDAY=2TU');
    const list = await new TestAgent(testApp.app).get('/aktiviteter?fra=2027-01-01&til=2027-03-31');
    expect(list.body).toContain(
      'anden tirsdag i måneden kl. 16.00–17.30</strong> · næste: 12. jan., 9. feb. og 9. mar.',
    );
  });
});

describe('calendar feeds', () => {
  it('gives a neighbourhood, an organisation and a person their own feed', async () => {
    const organiser = await loggedIn('Foreningsformand');
    const organisationId = await createOrganisation(testApp.ctx, {
      name: 'Sydhavnens Kajakklub',
      admins: [organiser.person.id],
    });
    const organisation = await testApp.ctx.db.kysely
      .selectFrom('organisations')
      .select('slug')
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    const id = await publish(testApp.ctx, organiser.user, {
      title: 'Kajak pop-up',
      organisationId: String(organisationId),
      ...SLUSEHOLMEN,
    });
    const neighbourhood = await testApp.ctx.db.kysely
      .selectFrom('activities')
      .innerJoin('areas', 'areas.id', 'activities.neighbourhood_id')
      .select('areas.slug')
      .where('activities.id', '=', id)
      .executeTakeFirstOrThrow();
    const anonymous = new TestAgent(testApp.app);
    const area = await anonymous.get(`/aktiviteter/omraader/${neighbourhood.slug}.ics`);
    expect(events(area.body).map((event) => event.summary)).toContain('Kajak pop-up');
    // The feed is kept between requests, and made again once something changes.
    await publish(testApp.ctx, organiser.user, { title: 'Ny aktivitet i samme nabolag', ...SLUSEHOLMEN });
    const again = await anonymous.get(`/aktiviteter/omraader/${neighbourhood.slug}.ics`);
    expect(events(again.body).map((event) => event.summary)).toContain('Ny aktivitet i samme nabolag');
    const club = await anonymous.get(`/aktiviteter/organisationer/${organisation.slug}.ics`);
    expect(events(club.body).map((event) => event.summary)).toEqual(['Kajak pop-up']);

    const member = await loggedIn('Medlem');
    await member.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: String(THURSDAY(3)) });
    await member.agent.post('/aktiviteter/min-kalender');
    const feedPage = await member.agent.get('/aktiviteter/min-kalender');
    const feedUrl = /value="http:\/\/localhost:3000(\/aktiviteter\/kalender\/[^"]+\.ics)"/.exec(
      feedPage.body,
    )?.[1];
    expect(feedUrl).toBeDefined();
    const personal = await anonymous.get(feedUrl ?? '');
    expect(personal.headers['cache-control']).toContain('private');
    expect(events(personal.body).map((event) => event.summary)).toEqual(['Kajak pop-up']);
    const stored = await testApp.ctx.db.kysely
      .selectFrom('activity_calendar_feeds')
      .select('token_hash')
      .where('user_id', '=', member.person.id)
      .executeTakeFirstOrThrow();
    expect(feedUrl).not.toContain(stored.token_hash);
    expect((await anonymous.get('/aktiviteter/kalender/ukendt.ics')).statusCode).toBe(404);
  });

  it('leaves hidden activities out of pages, feeds and the API', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, { title: 'Skjult aktivitet' });
    const anonymous = new TestAgent(testApp.app);
    expect((await anonymous.get('/aktiviteter.ics')).body).toContain('Skjult aktivitet');
    await setActivityHidden(testApp.ctx, id, true);
    expect((await anonymous.get(`/aktiviteter/${id}`)).statusCode).toBe(404);
    expect((await anonymous.get('/aktiviteter?fra=2026-12-01&til=2026-12-31')).body).not.toContain(
      'Skjult aktivitet',
    );
    expect((await anonymous.get('/aktiviteter.ics')).body).not.toContain('Skjult aktivitet');
    expect((await anonymous.get('/api/v1/activities?from=2026-12-01&to=2026-12-31')).body).not.toContain(
      'Skjult aktivitet',
    );
    expect((await anonymous.get(`/api/v1/activities/${id}`)).statusCode).toBe(404);
    await setActivityHidden(testApp.ctx, id, false);
    expect((await anonymous.get(`/aktiviteter/${id}`)).statusCode).toBe(200);
  });
});
