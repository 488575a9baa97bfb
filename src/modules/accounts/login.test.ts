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

  it('lets 30 people log in one after another from one shared address', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 30; i += 1) {
      expect((await attempt(email, PASSWORD, '192.0.2.30')).statusCode).toBe(302);
    }
    expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.30')).statusCode).toBe(422);
  });

  it('refuses an address after 100 failed log-ins in 15 minutes, across e-mail addresses', async () => {
    for (let i = 0; i < 100; i += 1) {
      expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.7')).statusCode).toBe(422);
    }
    const limited = await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.7');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toContain('For mange forsøg.');
    expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.8')).statusCode).toBe(422);

    t.clock.advance(15 * MINUTE + 1);
    expect((await attempt(uniqueEmail(), 'forkert forkert', '192.0.2.7')).statusCode).toBe(422);
  });

  it('makes an account wait after five wrong passwords, then lets the right one in', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 5; i += 1) expect((await attempt(email, 'forkert forkert')).statusCode).toBe(422);
    const early = await attempt(email, PASSWORD);
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    expect(early.body).toContain('For mange forkerte forsøg på at logge ind på denne konto.');
    expect(early.body).toContain('vente 1 sek.');
    expect(early.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

    t.clock.advance(1000);
    expect((await attempt(email, PASSWORD)).statusCode).toBe(302);
  });

  it('doubles the wait with each further failure, and does not count attempts inside the wait', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 5; i += 1) await attempt(email, 'forkert forkert');
    for (const seconds of [1, 2, 4, 8]) {
      const early = await attempt(email, 'forkert forkert');
      expect(early.statusCode).toBe(429);
      expect(early.headers['retry-after']).toBe(String(seconds));
      // A second try inside the wait is refused again, and the wait does not grow.
      expect((await attempt(email, PASSWORD)).headers['retry-after']).toBe(String(seconds));
      t.clock.advance(seconds * 1000);
      expect((await attempt(email, 'forkert forkert')).statusCode).toBe(422);
    }
    expect((await attempt(email, PASSWORD)).headers['retry-after']).toBe('16');
  });

  it('never keeps the owner out for more than a minute, however long a stranger keeps guessing', async () => {
    const { email } = await givenUser(t);
    let failures = 0;
    while (failures < 40) {
      const response = await attempt(email, 'forkert forkert');
      if (response.statusCode === 422) failures += 1;
      else t.clock.advance(Number(response.headers['retry-after']) * 1000);
    }
    const owner = await attempt(email, PASSWORD);
    expect(owner.statusCode).toBe(429);
    const wait = Number(owner.headers['retry-after']);
    expect(wait).toBe(60);
    t.clock.advance(wait * 1000);
    expect((await attempt(email, PASSWORD)).statusCode).toBe(302);
  });

  it('shows the wait in English to an English-speaking visitor', async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 5; i += 1) await attempt(email, 'forkert forkert');
    const agent = new TestAgent(t.app);
    await agent.get('/sprog?til=en&tilbage=/log-ind');
    await agent.get('/log-ind');
    const limited = await agent.post('/log-ind', { email, password: PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many wrong attempts to log in to this account.');
    expect(limited.body).toContain('wait 1 s before');
  });

  it("forgets the account's failures after a successful log-in", async () => {
    const { email } = await givenUser(t);
    for (let i = 0; i < 4; i += 1) await attempt(email, 'forkert forkert');
    expect((await attempt(email, PASSWORD)).statusCode).toBe(302);
    for (let i = 0; i < 5; i += 1) expect((await attempt(email, 'forkert forkert')).statusCode).toBe(422);
    expect((await attempt(email, PASSWORD)).statusCode).toBe(429);
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
