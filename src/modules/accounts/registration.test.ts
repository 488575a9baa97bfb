import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, tokenFromMail, uniqueEmail } from '#src/modules/accounts/test-fixtures.ts';
import { HOUR } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('registering an account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function register(agent: TestAgent, fields: Record<string, string>) {
    await agent.get('/opret-konto');
    return agent.post('/opret-konto', fields);
  }

  it('shows a form with name, e-mail and password fields', async () => {
    const page = await new TestAgent(t.app).get('/opret-konto');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Opret konto</h1>');
    expect(page.body).toMatch(/<label class="form-label" for="name">Navn/);
    expect(page.body).toMatch(/<label class="form-label" for="email">E-mail/);
    expect(page.body).toMatch(/<label class="form-label" for="password">Adgangskode/);
  });

  it('logs the new person in, mails a verification link and confirms the address with it', async () => {
    const agent = new TestAgent(t.app);
    const email = uniqueEmail('Mette');
    const response = await register(agent, { name: 'Mette Holm', email, password: PASSWORD });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/profil');

    const profile = await agent.get('/profil');
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('Din konto er oprettet');
    expect(profile.body).toContain(email.toLowerCase());
    expect(profile.body).toContain('ikke bekræftet endnu');

    const mail = (await t.takeMail()).filter((message) => message.to === email.toLowerCase());
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe('Bekræft din e-mailadresse på Byliv');
    const token = tokenFromMail(mail[0], '/bekraeft-email');

    const verified = await agent.get(`/bekraeft-email?token=${token}`);
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('Din e-mailadresse er bekræftet');
    expect((await agent.get('/profil')).body).toContain('Bekræftet');

    const again = await agent.get(`/bekraeft-email?token=${token}`);
    expect(again.body).toContain('allerede bekræftet');
  });

  it('stores the e-mail address lower-cased', async () => {
    const email = uniqueEmail('UPPER.Case');
    await register(new TestAgent(t.app), { name: 'Per', email: `  ${email} `, password: PASSWORD });
    const row = await t.ctx.db.kysely
      .selectFrom('users')
      .select('email')
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    expect(row?.email).toBe(email.toLowerCase());
  });

  it('refuses an e-mail address that already has an account, with a field error', async () => {
    const email = uniqueEmail();
    await register(new TestAgent(t.app), { name: 'Først', email, password: PASSWORD });
    const response = await register(new TestAgent(t.app), {
      name: 'Anden',
      email: email.toUpperCase(),
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Der findes allerede en konto med denne e-mailadresse');
    expect(response.body).toContain('aria-invalid="true"');
  });

  it('re-renders the typed name and e-mail, but never the password, with field errors', async () => {
    const response = await register(new TestAgent(t.app), {
      name: 'Karen Blixen',
      email: 'ikke-en-adresse',
      password: 'kort',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('value="Karen Blixen"');
    expect(response.body).toContain('value="ikke-en-adresse"');
    expect(response.body).not.toContain('value="kort"');
    expect(response.body).toContain('Skriv en gyldig e-mailadresse');
    expect(response.body).toContain('Adgangskoden skal være mindst 10 tegn');
    expect(response.body).toContain('class="alert alert-error"');
  });

  it('refuses a form post without the CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/opret-konto',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ name: 'X', email: uniqueEmail(), password: PASSWORD }).toString(),
    });
    expect(response.statusCode).toBe(403);
  });

  it('explains an expired verification link and lets a logged-in person ask for a new one', async () => {
    const agent = new TestAgent(t.app);
    const email = uniqueEmail();
    await register(agent, { name: 'Sofie', email, password: PASSWORD });
    const first = tokenFromMail(
      (await t.takeMail()).find((m) => m.to === email),
      '/bekraeft-email',
    );

    t.clock.advance(48 * HOUR + 1);
    const expired = await agent.get(`/bekraeft-email?token=${first}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Linket er udløbet');
    expect(expired.body).toContain('action="/bekraeft-email/send-igen"');

    const resent = await agent.post('/bekraeft-email/send-igen');
    expect(resent.headers.location).toBe('/profil');
    const second = tokenFromMail(
      (await t.takeMail()).find((m) => m.to === email),
      '/bekraeft-email',
    );
    expect((await agent.get(`/bekraeft-email?token=${second}`)).body).toContain(
      'Din e-mailadresse er bekræftet',
    );
  });

  it('limits how often a new verification link can be sent', async () => {
    const agent = new TestAgent(t.app);
    await register(agent, { name: 'Ole', email: uniqueEmail(), password: PASSWORD });
    for (let i = 0; i < 3; i += 1)
      expect((await agent.post('/bekraeft-email/send-igen')).statusCode).toBe(302);
    expect((await agent.post('/bekraeft-email/send-igen')).statusCode).toBe(429);
  });

  it('says plainly when a verification link is unknown', async () => {
    const response = await t.app.inject({ url: '/bekraeft-email?token=findes-ikke' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Linket virker ikke');
    expect(response.body).toContain('Log ind for at få et nyt link');
  });

  it('stops a flood of registrations from one address with a 429 in both languages', async () => {
    const flood = await createTestApp();
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 21; index += 1) {
        const agent = new TestAgent(flood.app);
        const response = await register(agent, {
          name: 'Flod',
          email: uniqueEmail(`flood${index}`),
          password: PASSWORD,
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 20).every((status) => status === 302)).toBe(true);
      expect(statuses[20]).toBe(429);
      expect(await flood.takeMail()).toHaveLength(20);
    } finally {
      await flood.close();
    }
  });
});
