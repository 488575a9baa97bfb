import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { moderationAdapters } from '#src/moderation-adapters.ts';
import { bearer, type GivingPerson, givingPerson, postOffer } from '#src/modules/giving/test-support.ts';
import { DETAILS_MAX } from '#src/modules/moderation/service.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('reporting and moderation', () => {
  let t: TestApp;
  let admin: GivingPerson;
  let owner: GivingPerson;
  let itemId: number;
  let title: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await givingPerson(t.app, t.ctx, 'Ada Admin', { isAdmin: true });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    owner = await givingPerson(t.app, t.ctx, 'Otto Ejer');
    title = `Billige ure ${Math.random().toString(36).slice(2, 8)}`;
    itemId = await postOffer(t.ctx, owner.user, { title });
    await t.takeMail();
  });

  async function reportAnonymously(ip = '203.0.113.7', reason = 'spam', details = 'Reklame for ure') {
    const visitor = new TestAgent(t.app);
    await visitor.get(`/rapporter?type=offer&id=${itemId}`);
    return t.app.inject({
      method: 'POST',
      url: '/rapporter',
      remoteAddress: ip,
      headers: {
        cookie: `byliv_csrf=${visitor.cookie('byliv_csrf')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        _csrf: visitor.csrfToken,
        type: 'offer',
        id: String(itemId),
        reason,
        details,
      }).toString(),
    });
  }

  async function hide(note = 'Reklame er ikke tilladt på Giv-tavlen.') {
    await admin.agent.get(`/admin/moderation/offer/${itemId}`);
    return admin.agent.post(`/admin/moderation/offer/${itemId}/skjul`, { note, bekraeft: 'ja' });
  }

  it('takes a report from anyone and shows it in the queue, oldest first, with who reported it', async () => {
    const page = await new TestAgent(t.app).get(`/rapporter?type=offer&id=${itemId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(title);
    const reported = await reportAnonymously();
    expect(reported.statusCode).toBe(302);
    expect(reported.headers.location).toBe(`/giv/${itemId}`);
    const reporter = await givingPerson(t.app, t.ctx, 'Rikke Rapportør');
    await reporter.agent.get(`/rapporter?type=offer&id=${itemId}`);
    await reporter.agent.post('/rapporter', {
      type: 'offer',
      id: String(itemId),
      reason: 'offensive',
      details: '',
    });
    const queue = await admin.agent.get('/admin/moderation');
    expect(queue.body).toContain(title);
    expect(queue.body).toContain('Anonym');
    expect(queue.body).toContain('Rikke Rapportør');
    expect(queue.body).toContain('Reklame for ure');
    expect(queue.body).toContain('Krænkende eller hadefuldt');
    expect(queue.body).toContain(`href="/giv/${itemId}"`);
    const api = await t.app.inject({ url: '/api/v1/moderation/queue', headers: bearer(admin.apiToken) });
    const entry = api.json().items.find((candidate: { id: number }) => candidate.id === itemId);
    expect(entry.reports.map((report: { reason: string }) => report.reason)).toEqual(['spam', 'offensive']);
    expect(await t.takeMail()).toEqual([]);
  });

  it('asks for a reason, and for details when the reason is "other"', async () => {
    const visitor = new TestAgent(t.app);
    await visitor.get(`/rapporter?type=offer&id=${itemId}`);
    const none = await visitor.post('/rapporter', { type: 'offer', id: String(itemId), reason: '' });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Vælg en grund');
    const other = await visitor.post('/rapporter', { type: 'offer', id: String(itemId), reason: 'other' });
    expect(other.body).toContain('Uddyb, når du vælger');
    expect((await visitor.get('/rapporter?type=nothing&id=1')).statusCode).toBe(404);
    expect((await visitor.get(`/rapporter?type=wish&id=${itemId}`)).statusCode).toBe(404);
  });

  it('hides content everywhere, tells the owner why and how to respond, and tells the reporter nothing', async () => {
    await reportAnonymously();
    await t.takeMail();
    await admin.agent.get(`/admin/moderation/offer/${itemId}`);
    const asked = await admin.agent.post(`/admin/moderation/offer/${itemId}/skjul`, {
      note: 'Reklame er ikke tilladt på Giv-tavlen.',
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Vil du skjule indholdet?');
    expect(asked.body).toContain(title);
    expect(asked.body).toContain('Ejeren får en e-mail');
    expect((await t.app.inject({ url: `/giv/${itemId}` })).statusCode).toBe(200);
    expect(await t.takeMail()).toEqual([]);
    const hidden = await hide();
    expect(hidden.statusCode).toBe(302);
    expect((await t.app.inject({ url: '/giv' })).body).not.toContain(title);
    expect((await t.app.inject({ url: `/giv/${itemId}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/give-board/${itemId}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/give-board' })).body).not.toContain(title);
    expect((await t.app.inject({ url: `/rapporter?type=offer&id=${itemId}` })).statusCode).toBe(404);
    const mails = await t.takeMail();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(owner.email);
    expect(mails[0]?.text).toContain('Reklame er ikke tilladt på Giv-tavlen.');
    expect(mails[0]?.text).toContain(`/rapporter?type=offer&id=${itemId}`);
    const ownView = await owner.agent.get(`/giv/${itemId}`);
    expect(ownView.body).toContain('Opslaget er skjult af en administrator');
    expect((await admin.agent.get('/admin/moderation')).body).not.toContain(title);
    expect((await admin.agent.get('/admin/moderation/skjult')).body).toContain(title);
  });

  it('lets the owner of hidden content ask for another review, which goes back in the queue', async () => {
    await hide();
    const form = await owner.agent.get(`/rapporter?type=offer&id=${itemId}`);
    expect(form.body).toContain('Bed om en ny vurdering');
    const appeal = await owner.agent.post('/rapporter', {
      type: 'offer',
      id: String(itemId),
      details: 'Jeg har fjernet linket.',
    });
    expect(appeal.statusCode).toBe(302);
    const queue = await admin.agent.get('/admin/moderation');
    expect(queue.body).toContain('Ejeren beder om en ny vurdering');
    expect(queue.body).toContain('Jeg har fjernet linket.');
  });

  it('restores hidden content, bringing it back to the board, its page and the API', async () => {
    await hide();
    await t.takeMail();
    const restored = await admin.agent.post(`/admin/moderation/offer/${itemId}/gendan`, { note: 'Rettet.' });
    expect(restored.statusCode).toBe(302);
    expect((await t.app.inject({ url: '/giv' })).body).toContain(title);
    expect((await t.app.inject({ url: `/giv/${itemId}` })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/v1/give-board/${itemId}` })).statusCode).toBe(200);
    const mails = await t.takeMail();
    expect(mails.map((mail) => mail.to)).toEqual([owner.email]);
    expect(mails[0]?.subject).toContain('synligt igen');
  });

  it('refuses over-long details with the same field error on the form and in the API, keeping what was typed', async () => {
    const details = `Reklame ${'x'.repeat(DETAILS_MAX)}`;
    const visitor = new TestAgent(t.app);
    await visitor.get(`/rapporter?type=offer&id=${itemId}`);
    const form = await visitor.post('/rapporter', {
      type: 'offer',
      id: String(itemId),
      reason: 'spam',
      details,
    });
    expect(form.statusCode).toBe(422);
    expect(form.body).toContain(`Teksten må højst være ${DETAILS_MAX} tegn`);
    expect(form.body).toContain(details);
    const api = await t.app.inject({
      method: 'POST',
      url: '/api/v1/moderation/reports',
      headers: bearer(owner.apiToken),
      payload: { type: 'offer', id: itemId, reason: 'spam', details },
    });
    expect(api.statusCode).toBe(422);
    expect(api.json().errors).toEqual([
      {
        field: 'details',
        message: {
          da: `Teksten må højst være ${DETAILS_MAX} tegn`,
          en: `The text can be at most ${DETAILS_MAX} characters`,
        },
      },
    ]);
    const queue = await admin.agent.get('/admin/moderation');
    expect(queue.body).not.toContain(title);
  });

  it('asks for a reason before hiding, and hides and restores through the API', async () => {
    const noNote = await admin.agent.post(`/admin/moderation/offer/${itemId}/skjul`, { note: ' ' });
    expect(noNote.statusCode).toBe(422);
    expect(noNote.body).toContain('Skriv en begrundelse');
    const url = `/api/v1/moderation/content/offer/${itemId}`;
    const hidden = await t.app.inject({
      method: 'POST',
      url: `${url}/hide`,
      headers: bearer(admin.apiToken),
      payload: { note: 'Spam' },
    });
    expect(hidden.json().content.hidden).toBe(true);
    const twice = await t.app.inject({
      method: 'POST',
      url: `${url}/hide`,
      headers: bearer(admin.apiToken),
      payload: { note: 'Spam' },
    });
    expect(twice.statusCode).toBe(409);
    const restored = await t.app.inject({
      method: 'POST',
      url: `${url}/restore`,
      headers: bearer(admin.apiToken),
      payload: { note: 'OK' },
    });
    expect(restored.json().decisions.map((decision: { action: string }) => decision.action)).toEqual([
      'hide',
      'restore',
    ]);
  });

  it('keeps the queue and decisions from anyone who is not an administrator', async () => {
    expect((await owner.agent.get('/admin/moderation')).statusCode).toBe(403);
    expect(
      (await owner.agent.post(`/admin/moderation/offer/${itemId}/skjul`, { note: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/v1/moderation/queue', headers: bearer(owner.apiToken) })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/moderation/queue' })).statusCode).toBe(401);
  });

  it('limits anonymous reports per address', async () => {
    const statuses = [];
    for (let n = 0; n < 11; n += 1) statuses.push((await reportAnonymously('198.51.100.9')).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 302)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await reportAnonymously('198.51.100.10')).statusCode).toBe(302);
  });

  it('hides an activity through the activities module’s adapter', async () => {
    const now = t.clock.now();
    const activity = await t.ctx.db.kysely
      .insertInto('activities')
      .values({
        kind: 'neighbour_coffee',
        title: 'Nabokaffe med reklame',
        description: '',
        starts_at: now + 86_400_000,
        ends_at: now + 90_000_000,
        rrule: null,
        series_ends_at: null,
        location_kind: 'point',
        place_id: null,
        address: 'Sluseholmen 1',
        lat: null,
        lon: null,
        neighbourhood_id: null,
        district_id: null,
        organiser_id: owner.id,
        organisation_id: null,
        capacity: null,
        child_friendly: 0,
        step_free: 0,
        free_of_charge: 1,
        languages: 'da',
        cancelled_at: null,
        cancel_reason: '',
        hidden_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const report = await new TestAgent(t.app).get(`/rapporter?type=activity&id=${activity.id}`);
    expect(report.body).toContain('Nabokaffe med reklame');
    await admin.agent.get(`/admin/moderation/activity/${activity.id}`);
    await admin.agent.post(`/admin/moderation/activity/${activity.id}/skjul`, {
      note: 'Reklame',
      bekraeft: 'ja',
    });
    expect((await moderationAdapters.activity.describe(t.ctx, activity.id))?.hidden).toBe(true);
    expect((await t.app.inject({ url: `/rapporter?type=activity&id=${activity.id}` })).statusCode).toBe(404);
  });
});
