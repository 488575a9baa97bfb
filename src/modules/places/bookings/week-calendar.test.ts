import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { buildWeekCalendar, type WeekCalendarModel } from '#src/modules/places/bookings/week-calendar.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The test clock starts on Monday 30 November 2026, 10:00 in Copenhagen.
describe('the week calendar of a place', () => {
  let t: TestApp;
  let member: TestPerson;
  let stranger: TestPerson;
  let hall: { id: number; slug: string };
  let clubRoom: { id: number; slug: string };

  async function agentFor(person: TestPerson): Promise<TestAgent> {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/mine-bookinger');
    return agent;
  }

  /** The state of the half hour starting at `clock` on the `dayIndex`th day (Monday = 0). */
  function stateAt(model: WeekCalendarModel, dayIndex: number, clock: string): string | undefined {
    const [hours, minutes] = clock.split(':').map(Number);
    const minute = (hours ?? 0) * 60 + (minutes ?? 0);
    return model.rows.find((row) => row.minute === minute)?.cells[dayIndex];
  }

  beforeAll(async () => {
    t = await createTestApp();
    member = await createPerson(t.ctx, { name: 'Maja Medlem' });
    stranger = await createPerson(t.ctx, { name: 'Frede Fremmed' });
    const association = await createOrganisation(t.ctx, {
      name: 'Sluseholmens Beboerforening',
      members: [member.id],
    });
    hall = await createPlace(t.ctx, {
      organisationId: association,
      minNoticeHours: 48,
      bufferMinutes: 60,
      approvalRequired: false,
    });
    clubRoom = await createPlace(t.ctx, {
      organisationId: association,
      name: 'Klubværelset',
      bookerScope: 'own_members',
    });
    const agent = await agentFor(member);
    const booked = await agent.post(`/steder/${hall.slug}/book`, {
      title: 'Generalforsamling',
      date: '2026-12-02',
      startTime: '14:00',
      endTime: '16:00',
      attendees: '10',
    });
    expect(booked.statusCode).toBe(302);
  });

  afterAll(async () => {
    await t.close();
  });

  it('does not mark as free the half hours the notice rule forbids', async () => {
    const model = await buildWeekCalendar(t.ctx, await getPlaceRulesBySlug(t.ctx, hall.slug), '2026-11-30');
    expect(stateAt(model, 0, '09:00')).toBe('past');
    expect(stateAt(model, 1, '12:00')).toBe('notice');
    expect(stateAt(model, 3, '12:00')).toBe('free');
  });

  it('marks the pause a booking needs before and after another as not bookable', async () => {
    const model = await buildWeekCalendar(t.ctx, await getPlaceRulesBySlug(t.ctx, hall.slug), '2026-12-02');
    // Wednesday 2 December: booked 14–16, with an hour's pause on both sides.
    expect(stateAt(model, 2, '13:30')).toBe('buffer');
    expect(stateAt(model, 2, '14:00')).toBe('busy');
    expect(stateAt(model, 2, '16:30')).toBe('buffer');
    expect(stateAt(model, 2, '17:00')).toBe('free');
  });

  it('says each state in words on the page, not by colour alone', async () => {
    const page = await t.app.inject({ url: `/steder/${hall.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('app-week-calendar__cell--notice app-slot--blocked">For kort varsel</td>');
    expect(page.body).toContain('app-slot--past">Forbi</td>');
  });

  it('draws a grid for wide screens and a day-by-day agenda for phones', async () => {
    const page = await t.app.inject({ url: `/steder/${hall.slug}?uge=2026-12-02` });
    expect(page.body).toContain(
      '<div class="app-calendar-grid"><table class="table table--compact app-week-calendar__table">',
    );
    expect(page.body).toContain('<div class="app-calendar-agenda">');
    expect(page.body).toContain('<h3 class="h4">onsdag 2. dec.</h3>');
    expect(page.body).toMatch(/<span class="app-agenda__time">14:00–16:00<\/span> <span>Optaget<\/span>/);
  });

  it('opens on the week of the date chosen on the place page', async () => {
    const page = await t.app.inject({ url: `/steder/${hall.slug}?dato=2026-12-16` });
    expect(page.body).toContain(`href="/steder/${hall.slug}?uge=2026-12-07#ugekalender"`);
    expect(page.body).toContain(`href="/steder/${hall.slug}?uge=2026-12-21#ugekalender"`);
  });

  it('opens on the week of the date carried to the booking form, typed the Danish way', async () => {
    const agent = await agentFor(member);
    const page = await agent.get(`/steder/${hall.slug}/book?date=16.12.2026&startTime=18&endTime=20`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('?uge=2026-12-07#ugekalender"');
    expect(page.body).toContain('?uge=2026-12-21#ugekalender"');
  });

  describe('a place only members may book', () => {
    it('tells a visitor who may book and asks them to log in, without a booking button', async () => {
      const page = await t.app.inject({ url: `/steder/${clubRoom.slug}` });
      expect(page.body).toContain('Kun medlemmer af Sluseholmens Beboerforening kan booke dette sted.');
      expect(page.body).toContain(`/log-ind?naeste=${encodeURIComponent(`/steder/${clubRoom.slug}/book`)}`);
      expect(page.body).not.toContain(`href="/steder/${clubRoom.slug}/book"`);
    });

    it('shows a non-member how to become a member instead of the form', async () => {
      const agent = await agentFor(stranger);
      const page = await agent.get(`/steder/${clubRoom.slug}/book`);
      expect(page.statusCode).toBe(403);
      expect(page.body).toContain('Kun medlemmer af Sluseholmens Beboerforening kan booke dette sted.');
      expect(page.body).toContain('bed en administrator om at invitere dig som medlem');
      expect(page.body).not.toContain('name="title"');
    });

    it('shows a member the form', async () => {
      const agent = await agentFor(member);
      const page = await agent.get(`/steder/${clubRoom.slug}/book`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('name="title"');
    });

    it('still refuses a non-member who posts the form anyway', async () => {
      const agent = await agentFor(stranger);
      const response = await agent.post(`/steder/${clubRoom.slug}/book`, {
        title: 'Fødselsdag',
        date: '2026-12-10',
        startTime: '18:00',
        endTime: '20:00',
        attendees: '10',
      });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.body).toContain('Kun medlemmer af Sluseholmens Beboerforening kan booke dette sted');
      const rows = await t.ctx.db.kysely
        .selectFrom('bookings')
        .select('id')
        .where('place_id', '=', clubRoom.id)
        .execute();
      expect(rows).toHaveLength(0);
    });
  });
});
