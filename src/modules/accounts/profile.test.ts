import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '#src/modules/accounts/auth-hook.ts';
import { givenUser, loggedInAgent, PASSWORD } from '#src/modules/accounts/test-fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the profile page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows name, e-mail, verification state and links to tokens, data and deletion', async () => {
    const { email } = await givenUser(t, { name: 'Jens Jensen' });
    const agent = await loggedInAgent(t, email);
    const page = await agent.get('/profil');
    expect(page.body).toContain('<h1>Min profil</h1>');
    expect(page.body).toContain('value="Jens Jensen"');
    expect(page.body).toContain(email);
    expect(page.body).toContain('Bekræftet');
    expect(page.body).toContain('href="/profil/api-tokens"');
    expect(page.body).toContain('href="/profil/data.json"');
    expect(page.body).toContain('href="/profil/slet"');
  });

  it('lists the organisations the person belongs to', async () => {
    const { id, email } = await givenUser(t);
    const now = t.clock.now();
    const organisation = await t.ctx.db.kysely
      .insertInto('organisations')
      .values({
        name: 'Ejerforeningen Kalvebod Brygge',
        slug: `kalvebod-${id}`,
        kind: 'housing',
        cvr: null,
        description: '',
        created_by: id,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db.kysely
      .insertInto('memberships')
      .values({ organisation_id: organisation.id, user_id: id, role: 'admin', created_at: now })
      .execute();
    const page = await (await loggedInAgent(t, email)).get('/profil');
    expect(page.body).toContain('Ejerforeningen Kalvebod Brygge');
    expect(page.body).toContain('administrator');
  });

  it('saves a new name and language, and switches the site to that language', async () => {
    const { id, email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil');
    const response = await agent.post('/profil', { name: 'Anna Nielsen', locale: 'en' });
    expect(response.statusCode).toBe(302);
    expect(agent.cookie('byliv_lang')).toBe('en');
    const page = await agent.get('/profil');
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('<h1>My profile</h1>');
    expect(page.body).toContain('Your details have been saved.');
    const row = await t.ctx.db.kysely
      .selectFrom('users')
      .select(['name', 'locale'])
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row).toEqual({ name: 'Anna Nielsen', locale: 'en' });
  });

  it('re-renders the profile form with the typed values and an error for an empty name', async () => {
    const { email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil');
    const response = await agent.post('/profil', { name: '   ', locale: 'en' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Skriv dit navn');
    expect(response.body).toMatch(/<option value="en" selected/);
  });

  it('changes the password only with the current one, and ends other sessions', async () => {
    const { email } = await givenUser(t);
    const other = await loggedInAgent(t, email);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil');

    const wrong = await agent.post('/profil/adgangskode', {
      currentPassword: 'ikke den rigtige',
      newPassword: 'ny adgangskode 123',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('Adgangskoden er forkert');
    expect(wrong.body).not.toContain('ny adgangskode 123');

    const before = agent.cookie(SESSION_COOKIE);
    const right = await agent.post('/profil/adgangskode', {
      currentPassword: PASSWORD,
      newPassword: 'ny adgangskode 123',
    });
    expect(right.statusCode).toBe(302);
    expect(agent.cookie(SESSION_COOKIE)).not.toBe(before);
    expect((await agent.get('/profil')).body).toContain('Din adgangskode er ændret');
    expect((await other.get('/profil')).statusCode).toBe(302);
    await loggedInAgent(t, email, 'ny adgangskode 123');
  });
});
