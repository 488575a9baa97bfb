import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentUser, linkIn, publish } from '#src/modules/activities/test-support.ts';
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

async function mailTo(email: string) {
  return (await testApp.takeMail()).filter((mail) => mail.to === email);
}

describe('joining with an account', () => {
  it('takes one click and confirms by e-mail with a link to cancel', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    const guest = await loggedIn('Deltager Ditte');
    const page = await guest.agent.get(`/aktiviteter/${id}`);
    expect(page.body).toContain('Tilmeld dig');
    const response = await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    expect(response.statusCode).toBe(302);
    expect((await guest.agent.get(`/aktiviteter/${id}`)).body).toContain('Du er tilmeldt.');
    const [mail] = await mailTo(guest.person.email);
    expect(mail?.subject).toBe('Du er tilmeldt: Nabokaffe i gården');
    expect(mail?.text).toContain('/aktiviteter/tilmelding/');
  });

  it('puts sign-ups past the capacity on the waiting list, which moves up when someone cancels', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, { capacity: '1' });
    const first = await loggedIn('Første');
    const second = await loggedIn('Anden');
    await first.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    const full = await second.agent.get(`/aktiviteter/${id}`);
    expect(full.body).toContain('Fuldt – venteliste');
    expect(full.body).toContain('Skriv dig på ventelisten');
    await second.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    expect((await second.agent.get(`/aktiviteter/${id}`)).body).toContain('Du er på ventelisten.');
    const [firstMail] = await mailTo(first.person.email);
    await testApp.takeMail();

    // The first cancels from the link in their e-mail, without logging in.
    const cancelPath = linkIn(firstMail?.text ?? '', '/aktiviteter/tilmelding/');
    const anonymous = new TestAgent(testApp.app);
    const confirmPage = await anonymous.get(cancelPath);
    expect(confirmPage.body).toContain('Ja, afmeld mig');
    const done = await anonymous.post(cancelPath);
    expect(done.body).toContain('Du er afmeldt');

    const promoted = await mailTo(second.person.email);
    expect(promoted.map((mail) => mail.subject)).toEqual(['Du har fået en plads: Nabokaffe i gården']);
    expect((await second.agent.get(`/aktiviteter/${id}`)).body).toContain('Du er tilmeldt.');
  });

  it('refuses a cancel link with a wrong token', async () => {
    const anonymous = new TestAgent(testApp.app);
    expect((await anonymous.get('/aktiviteter/tilmelding/1/forkert')).statusCode).toBe(404);
  });

  it('lets a person leave from the page, and join again', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    const guest = await loggedIn('Skifter');
    await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    await guest.agent.post(`/aktiviteter/${id}/afmeld`, { gang: GANG });
    expect((await guest.agent.get(`/aktiviteter/${id}`)).body).not.toContain('Du er tilmeldt.');
    await guest.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    expect((await guest.agent.get(`/aktiviteter/${id}`)).body).toContain('Du er tilmeldt.');
  });
});

describe('joining without an account', () => {
  it('holds no seat until the e-mailed link is confirmed', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, { capacity: '1' });
    const visitor = new TestAgent(testApp.app);
    const form = await visitor.get(`/aktiviteter/${id}/tilmeld?gang=${GANG}`);
    expect(form.body).toContain('Dit navn');
    const sent = await visitor.post(`/aktiviteter/${id}/tilmeld-gaest`, {
      gang: GANG,
      name: 'Gæst Gustav',
      email: 'gustav@example.dk',
    });
    expect(sent.body).toContain('Vi har sendt et link til gustav@example.dk');
    const [confirm] = await mailTo('gustav@example.dk');
    expect(confirm?.subject).toBe('Bekræft din tilmelding: Nabokaffe i gården');

    // An unconfirmed sign-up holds no seat: a member takes the only one.
    const member = await loggedIn('Medlem');
    await member.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    expect((await member.agent.get(`/aktiviteter/${id}`)).body).toContain('Du er tilmeldt.');

    const confirmPath = linkIn(confirm?.text ?? '', '/aktiviteter/tilmelding/');
    expect((await visitor.get(confirmPath)).body).toContain('Bekræft tilmelding');
    const confirmed = await visitor.post(confirmPath);
    expect(confirmed.body).toContain('Du er på ventelisten');
    const [waiting] = await mailTo('gustav@example.dk');
    expect(waiting?.subject).toBe('Du er på ventelisten: Nabokaffe i gården');
  });

  it('asks for a name and a valid e-mail', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    const visitor = new TestAgent(testApp.app);
    await visitor.get(`/aktiviteter/${id}/tilmeld?gang=${GANG}`);
    const response = await visitor.post(`/aktiviteter/${id}/tilmeld-gaest`, {
      gang: GANG,
      name: '',
      email: 'ikke-en-mail',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Skriv dit navn');
    expect(response.body).toContain('Skriv en gyldig e-mailadresse');
  });

  it('limits how often one e-mail can be signed up', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    const visitor = new TestAgent(testApp.app);
    await visitor.get(`/aktiviteter/${id}/tilmeld?gang=${GANG}`);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await visitor.post(`/aktiviteter/${id}/tilmeld-gaest`, {
        gang: GANG,
        name: 'Spam',
        email: 'spam@example.dk',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });
});

describe('the participant list', () => {
  it('shows organisers who joined and exports it as CSV that a spreadsheet keeps as text', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user, { capacity: '1' });
    const tricky = await loggedIn('=HYPERLINK("http://ondt.example","klik")');
    await tricky.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    const waiting = await loggedIn('Venter Vera');
    await waiting.agent.post(`/aktiviteter/${id}/tilmeld`, { gang: GANG });
    const page = await organiser.agent.get(`/aktiviteter/${id}/deltagere`);
    expect(page.body).toContain('Venter Vera');
    expect(page.body).toContain('På venteliste');
    const csv = await organiser.agent.get(`/aktiviteter/${id}/deltagere.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://ondt.example"",""klik"")"`);
    expect(csv.body).toContain('Venter Vera');
  });

  it('is only for organisers', async () => {
    const organiser = await loggedIn('Arrangør');
    const id = await publish(testApp.ctx, organiser.user);
    const other = await loggedIn('Nysgerrig');
    expect((await other.agent.get(`/aktiviteter/${id}/deltagere`)).statusCode).toBe(403);
    expect((await other.agent.get(`/aktiviteter/${id}/deltagere.csv`)).statusCode).toBe(403);
    expect((await new TestAgent(testApp.app).get(`/aktiviteter/${id}/deltagere`)).statusCode).toBe(302);
  });
});
