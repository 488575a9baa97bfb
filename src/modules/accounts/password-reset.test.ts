import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '#src/modules/accounts/auth-hook.ts';
import {
  givenUser,
  loggedInAgent,
  PASSWORD,
  tokenFromMail,
  uniqueEmail,
} from '#src/modules/accounts/test-fixtures.ts';
import { HOUR } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

const NEW_PASSWORD = 'en helt ny adgangskode';

describe('resetting a forgotten password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function requestReset(email: string) {
    const agent = new TestAgent(t.app);
    await agent.get('/glemt-adgangskode');
    const response = await agent.post('/glemt-adgangskode', { email });
    const page = await agent.get(response.headers.location ?? '/');
    return { response, page };
  }

  async function resetLinkFor(email: string): Promise<string> {
    await requestReset(email);
    const mail = (await t.takeMail()).find((message) => message.to === email);
    return tokenFromMail(mail, '/nulstil-adgangskode');
  }

  it('gives the same answer whether or not an account has the address, and mails only real accounts', async () => {
    const { email } = await givenUser(t);
    const known = await requestReset(email);
    const unknown = await requestReset(uniqueEmail('ingen'));
    expect(known.response.statusCode).toBe(302);
    expect(unknown.response.statusCode).toBe(302);
    expect(known.response.headers.location).toBe(unknown.response.headers.location);
    expect(known.page.body).toContain('Hvis der findes en konto med den adresse');
    expect(unknown.page.body).toContain('Hvis der findes en konto med den adresse');
    const mail = await t.takeMail();
    expect(mail.map((message) => message.to)).toEqual([email]);
    expect(mail[0]?.subject).toBe('Nulstil din adgangskode på Byliv');
  });

  it('asks for a valid address, keeping what was typed', async () => {
    const agent = new TestAgent(t.app);
    await agent.get('/glemt-adgangskode');
    const response = await agent.post('/glemt-adgangskode', { email: 'ikke gyldig' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('value="ikke gyldig"');
  });

  it('sets a new password with the link, logs the person in and lets the old password go', async () => {
    const { email } = await givenUser(t);
    const token = await resetLinkFor(email);
    const agent = new TestAgent(t.app);
    const form = await agent.get(`/nulstil-adgangskode?token=${token}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Vælg en ny adgangskode');

    const response = await agent.post('/nulstil-adgangskode', { token, password: NEW_PASSWORD });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/profil');
    expect((await agent.get('/profil')).body).toContain('Din adgangskode er ændret');

    await loggedInAgent(t, email, NEW_PASSWORD);
    const old = new TestAgent(t.app);
    await old.get('/log-ind');
    expect((await old.post('/log-ind', { email, password: PASSWORD })).statusCode).toBe(422);
  });

  it('keeps the link usable when the new password is too short', async () => {
    const { email } = await givenUser(t);
    const token = await resetLinkFor(email);
    const agent = new TestAgent(t.app);
    await agent.get(`/nulstil-adgangskode?token=${token}`);
    const short = await agent.post('/nulstil-adgangskode', { token, password: 'kort' });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain('Adgangskoden skal være mindst 10 tegn');
    expect(short.body).toContain(`name="token" value="${token}"`);
    expect((await agent.post('/nulstil-adgangskode', { token, password: NEW_PASSWORD })).statusCode).toBe(
      302,
    );
  });

  it('lets a reset link be used only once', async () => {
    const { email } = await givenUser(t);
    const token = await resetLinkFor(email);
    const agent = new TestAgent(t.app);
    await agent.get(`/nulstil-adgangskode?token=${token}`);
    await agent.post('/nulstil-adgangskode', { token, password: NEW_PASSWORD });

    const again = await new TestAgent(t.app).get(`/nulstil-adgangskode?token=${token}`);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Linket er allerede brugt');
    expect(again.body).toContain('href="/glemt-adgangskode"');

    const repost = await agent.post('/nulstil-adgangskode', { token, password: 'endnu en adgangskode' });
    expect(repost.statusCode).toBe(410);
  });

  it('lets a reset link expire after one hour', async () => {
    const { email } = await givenUser(t);
    const token = await resetLinkFor(email);
    t.clock.advance(HOUR + 1);
    const agent = new TestAgent(t.app);
    const page = await agent.get(`/nulstil-adgangskode?token=${token}`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Linket er udløbet');
    await agent.get('/glemt-adgangskode');
    const post = await agent.post('/nulstil-adgangskode', { token, password: NEW_PASSWORD });
    expect(post.statusCode).toBe(410);
    await loggedInAgent(t, email, PASSWORD);
  });

  it('logs the person out of every other session', async () => {
    const { id, email } = await givenUser(t);
    const laptop = await loggedInAgent(t, email);
    const phone = await loggedInAgent(t, email);
    expect((await phone.get('/profil')).statusCode).toBe(200);

    const token = await resetLinkFor(email);
    const browser = new TestAgent(t.app);
    await browser.get(`/nulstil-adgangskode?token=${token}`);
    await browser.post('/nulstil-adgangskode', { token, password: NEW_PASSWORD });

    expect((await laptop.get('/profil')).headers.location).toBe('/log-ind?naeste=%2Fprofil');
    expect((await phone.get('/profil')).headers.location).toBe('/log-ind?naeste=%2Fprofil');
    expect((await browser.get('/profil')).statusCode).toBe(200);
    const sessions = await t.ctx.db.kysely
      .selectFrom('sessions')
      .select('user_id')
      .where('user_id', '=', id)
      .execute();
    expect(sessions).toHaveLength(1);
    expect(browser.cookie(SESSION_COOKIE)).toBeDefined();
  });

  it('limits reset requests per e-mail address', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 3; i += 1) expect((await requestReset(email)).response.statusCode).toBe(302);
    expect((await requestReset(email)).response.statusCode).toBe(429);
  });
});
