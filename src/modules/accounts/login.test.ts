import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '#src/modules/accounts/auth-hook.ts';
import { givenUser, loggedInAgent, PASSWORD, uniqueEmail } from '#src/modules/accounts/test-fixtures.ts';
import { MINUTE } from '#src/platform/time.ts';
import { hashToken } from '#src/platform/tokens.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('logging in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Each test logs in from its own address, so per-IP limits do not spill between tests. */
  let ipCounter = 0;
  async function attempt(email: string, password: string, ip?: string) {
    ipCounter += 1;
    const agent = new TestAgent(t.app);
    await agent.get('/log-ind');
    const body = new URLSearchParams({ _csrf: agent.csrfToken, email, password }).toString();
    return t.app.inject({
      method: 'POST',
      url: '/log-ind',
      remoteAddress: ip ?? `10.0.0.${ipCounter}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `byliv_csrf=${agent.cookie('byliv_csrf')}`,
      },
      payload: body,
    });
  }

  it('shows a log-in form with e-mail and password', async () => {
    const page = await new TestAgent(t.app).get('/log-ind');
    expect(page.body).toContain('<h1>Log ind</h1>');
    expect(page.body).toMatch(/for="email">E-mail/);
    expect(page.body).toMatch(/for="password">Adgangskode/);
    expect(page.body).toContain('href="/glemt-adgangskode"');
  });

  it('logs in with the right password and greets the person by name', async () => {
    const { email } = await givenUser(t, { name: 'Lise Lund' });
    const agent = await loggedInAgent(t, email.toUpperCase());
    const home = await agent.get('/');
    expect(home.body).toContain('Lise Lund');
    expect(home.body).toContain('Du er logget ind.');
  });

  it('gives one and the same message for a wrong password and an unknown e-mail', async () => {
    const { email } = await givenUser(t);
    const wrongPassword = await attempt(email, 'forkert adgangskode');
    const unknownEmail = await attempt(uniqueEmail('ukendt'), PASSWORD);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain('E-mail eller adgangskode er forkert.');
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    }
    expect(wrongPassword.body).toContain(`value="${email}"`);
    expect(wrongPassword.body).not.toContain('value="forkert adgangskode"');
  });

  it('stores only the SHA-256 of the session cookie, and sets it httpOnly and SameSite=Lax for 30 days', async () => {
    const { id, email } = await givenUser(t);
    const response = await attempt(email, PASSWORD);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.maxAge).toBe(30 * 24 * 3600);
    const token = cookie?.value ?? '';
    expect(token.length).toBeGreaterThanOrEqual(40);
    const sessions = await t.ctx.db.kysely
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', id)
      .execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.token_hash).toBe(hashToken(token));
    expect(sessions[0]?.token_hash).not.toBe(token);
  });

  it('marks the session cookie Secure when the site runs on https', async () => {
    const secure = await createTestApp({ env: { BASE_URL: 'https://byliv.example' } });
    try {
      const { email } = await givenUser(secure);
      const agent = new TestAgent(secure.app);
      await agent.get('/log-ind');
      const response = await agent.post('/log-ind', { email, password: PASSWORD });
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('sets the language cookie to the language the person chose', async () => {
    const { email } = await givenUser(t, { locale: 'en' });
    const response = await attempt(email, PASSWORD);
    expect(response.cookies.find((c) => c.name === 'byliv_lang')?.value).toBe('en');
  });

  it('goes on to the local page it was sent from, but never to another site', async () => {
    const { email } = await givenUser(t);
    const agent = new TestAgent(t.app);
    const page = await agent.get('/log-ind?naeste=%2Fprofil');
    expect(page.body).toContain('name="naeste" value="/profil"');
    const local = await agent.post('/log-ind', { email, password: PASSWORD, naeste: '/profil' });
    expect(local.headers.location).toBe('/profil');

    const other = new TestAgent(t.app);
    await other.get('/log-ind');
    const away = await other.post('/log-ind', { email, password: PASSWORD, naeste: '//evil.example/' });
    expect(away.headers.location).toBe('/mit-overblik');
  });

  it('lands on "Mit overblik" when no return address was given', async () => {
    const { email } = await givenUser(t, { name: 'Mette Mødested' });
    const agent = new TestAgent(t.app);
    await agent.get('/log-ind');
    const response = await agent.post('/log-ind', { email, password: PASSWORD });
    expect(response.headers.location).toBe('/mit-overblik');
    const overview = await agent.get('/mit-overblik');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('<h1>Mit overblik</h1>');
    expect((await agent.get('/log-ind')).headers.location).toBe('/mit-overblik');
  });

  it('sends an anonymous visitor of a personal page to log in first', async () => {
    const response = await t.app.inject({ url: '/profil' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/log-ind?naeste=%2Fprofil');
  });

  it('limits attempts per e-mail address with 429 in Danish and English, and lifts it after 15 minutes', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 8; i += 1) expect((await attempt(email, 'forkert forkert')).statusCode).toBe(422);
    const limited = await attempt(email, PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toContain('For mange forsøg.');

    t.clock.advance(15 * MINUTE + 1);
    expect((await attempt(email, PASSWORD)).statusCode).toBe(302);
  });

  it('shows the rate-limit message in English to an English-speaking visitor', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 8; i += 1) await attempt(email, 'forkert forkert');
    const agent = new TestAgent(t.app);
    await agent.get('/sprog?til=en&tilbage=/log-ind');
    await agent.get('/log-ind');
    const limited = await agent.post('/log-ind', { email, password: PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many attempts.');
  });

  it('limits attempts per IP address across e-mail addresses', async () => {
    for (let i = 0; i < 20; i += 1) {
      expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.7')).statusCode).toBe(422);
    }
    expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.7')).statusCode).toBe(429);
    expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.8')).statusCode).toBe(422);
  });

  it('clears the per-e-mail counter after a successful log-in', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 7; i += 1) await attempt(email, 'forkert forkert');
    expect((await attempt(email, PASSWORD)).statusCode).toBe(302);
    for (let i = 0; i < 7; i += 1) expect((await attempt(email, 'forkert forkert')).statusCode).toBe(422);
  });

  it('logs out by deleting the session row and the cookie', async () => {
    const { id, email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    expect(agent.cookie(SESSION_COOKIE)).toBeDefined();
    const response = await agent.post('/log-ud');
    expect(response.statusCode).toBe(302);
    expect(agent.cookie(SESSION_COOKIE)).toBeUndefined();
    const sessions = await t.ctx.db.kysely
      .selectFrom('sessions')
      .select('user_id')
      .where('user_id', '=', id)
      .execute();
    expect(sessions).toHaveLength(0);
    expect((await agent.get('/')).body).toContain('Du er logget ud.');
  });
});
