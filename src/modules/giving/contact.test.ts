import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer, type GivingPerson, givingPerson, postOffer } from '#src/modules/giving/test-support.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

function mailTo(mails: MailMessage[], email: string): MailMessage {
  const mail = mails.find((candidate) => candidate.to === email);
  if (mail === undefined) throw new Error(`no mail to ${email}`);
  return mail;
}

describe('getting in touch through the give-board', () => {
  let t: TestApp;
  let poster: GivingPerson;
  let asker: GivingPerson;
  let itemId: number;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    poster = await givingPerson(t.app, t.ctx, 'Petra Poster');
    asker = await givingPerson(t.app, t.ctx, 'Anton Asker');
    itemId = await postOffer(t.ctx, poster.user, { title: 'Cykelhjælp' });
    await t.takeMail();
  });

  async function ask(message = 'Min cykel har fladt dæk. Kan du lørdag?'): Promise<number> {
    const response = await asker.agent.post(`/giv/${itemId}/kontakt`, { message });
    expect(response.statusCode).toBe(302);
    const match = /\/giv\/henvendelser\/(\d+)$/.exec(String(response.headers.location));
    return Number(match?.[1]);
  }

  it('never shows either address before the poster accepts, then shows and mails both', async () => {
    const itemPage = await asker.agent.get(`/giv/${itemId}`);
    expect(itemPage.body).toContain('Det vil jeg gerne');
    expect(itemPage.body).toContain('Når Petra Poster siger ja, får I begge hinandens e-mailadresser');
    expect(itemPage.body).not.toContain(poster.email);

    const contactId = await ask();
    const requestMails = await t.takeMail();
    expect(requestMails).toHaveLength(1);
    const toPoster = mailTo(requestMails, poster.email);
    expect(toPoster.text).toContain('Anton Asker');
    expect(toPoster.text).toContain('Min cykel har fladt dæk');
    expect(toPoster.text).toContain(`/giv/henvendelser/${contactId}`);
    expect(toPoster.text).not.toContain(asker.email);

    const askerView = await asker.agent.get(`/giv/henvendelser/${contactId}`);
    const posterView = await poster.agent.get(`/giv/henvendelser/${contactId}`);
    expect(askerView.body).toContain('Venter på svar fra Petra Poster');
    expect(askerView.body).not.toContain(poster.email);
    expect(posterView.body).toContain('Ja, del vores e-mailadresser');
    expect(posterView.body).not.toContain(asker.email);
    const posterItem = await poster.agent.get(`/giv/${itemId}`);
    expect(posterItem.body).toContain('Anton Asker');
    expect(posterItem.body).not.toContain(asker.email);

    const beforeApi = await t.app.inject({
      url: `/api/v1/give-board/contact-requests/${contactId}`,
      headers: bearer(asker.apiToken),
    });
    expect(beforeApi.json()).toMatchObject({ status: 'pending', counterpartEmail: null });
    expect(beforeApi.body).not.toContain(poster.email);
    const itemApi = await t.app.inject({ url: `/api/v1/give-board/${itemId}` });
    expect(itemApi.body).not.toContain('@');

    const accepted = await poster.agent.post(`/giv/henvendelser/${contactId}/accepter`);
    expect(accepted.statusCode).toBe(302);
    expect((await poster.agent.get(`/giv/henvendelser/${contactId}`)).body).toContain(asker.email);
    expect((await asker.agent.get(`/giv/henvendelser/${contactId}`)).body).toContain(poster.email);
    const afterApi = await t.app.inject({
      url: `/api/v1/give-board/contact-requests/${contactId}`,
      headers: bearer(asker.apiToken),
    });
    expect(afterApi.json()).toMatchObject({ status: 'accepted', counterpartEmail: poster.email });
    const acceptedMails = await t.takeMail();
    expect(mailTo(acceptedMails, poster.email).text).toContain(asker.email);
    expect(mailTo(acceptedMails, asker.email).text).toContain(poster.email);
  });

  it('tells the requester when the poster declines, without sharing any address', async () => {
    const contactId = await ask();
    await t.takeMail();
    await poster.agent.post(`/giv/henvendelser/${contactId}/afvis`);
    const mails = await t.takeMail();
    expect(mails).toHaveLength(1);
    const toAsker = mailTo(mails, asker.email);
    expect(toAsker.text).toContain('Petra Poster har sagt nej tak');
    expect(toAsker.text).not.toContain(poster.email);
    const view = await asker.agent.get(`/giv/henvendelser/${contactId}`);
    expect(view.body).toContain('Petra Poster har sagt nej tak denne gang.');
    expect(view.body).not.toContain(poster.email);
    expect((await poster.agent.post(`/giv/henvendelser/${contactId}/accepter`)).statusCode).toBe(409);
  });

  it('lets only the poster answer, and only the two people see the request', async () => {
    const contactId = await ask();
    const outsider = await givingPerson(t.app, t.ctx, 'Olga Udenfor');
    expect((await outsider.agent.get(`/giv/henvendelser/${contactId}`)).statusCode).toBe(403);
    expect((await asker.agent.post(`/giv/henvendelser/${contactId}/accepter`)).statusCode).toBe(403);
    expect((await outsider.agent.post(`/giv/henvendelser/${contactId}/accepter`)).statusCode).toBe(403);
  });

  it('asks for a message, refuses a second request and a request to one’s own post', async () => {
    const empty = await asker.agent.post(`/giv/${itemId}/kontakt`, { message: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Skriv en kort besked');
    await ask();
    const again = await asker.agent.post(`/giv/${itemId}/kontakt`, { message: 'Igen' });
    expect(again.statusCode).toBe(409);
    const own = await poster.agent.post(`/giv/${itemId}/kontakt`, { message: 'Mig selv' });
    expect(own.statusCode).toBe(409);
    expect((await asker.agent.get(`/giv/${itemId}`)).body).toContain(
      'Du har allerede skrevet til dette opslag.',
    );
  });

  it('does all of it through the API too', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/give-board/${itemId}/contact-requests`,
      headers: bearer(asker.apiToken),
      payload: { message: 'Via API' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ role: 'requester', status: 'pending', counterpartEmail: null });
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/give-board/contact-requests/${created.json().id}/accept`,
      headers: bearer(poster.apiToken),
    });
    expect(accepted.json()).toMatchObject({
      role: 'poster',
      status: 'accepted',
      counterpartEmail: asker.email,
    });
  });

  it('limits contact requests, since each one sends mail', async () => {
    const others = [];
    for (let n = 0; n < 6; n += 1) others.push(await postOffer(t.ctx, poster.user, { title: `Tilbud ${n}` }));
    const statuses = [];
    for (const id of others) {
      statuses.push((await asker.agent.post(`/giv/${id}/kontakt`, { message: 'Hej' })).statusCode);
    }
    expect(statuses).toEqual([302, 302, 302, 302, 302, 429]);
    expect(await t.takeMail()).toHaveLength(5);
  });
});
