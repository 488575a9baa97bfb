import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenUser, loggedInAgent, PASSWORD } from '#src/modules/accounts/test-fixtures.ts';
import { displayName } from '#src/modules/accounts/views/display-name.ts';
import { translator } from '#src/platform/i18n.ts';
import { HOUR } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('a person’s own data: download and deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  let slugCounter = 0;
  async function organisationWith(members: Array<{ userId: number; role: 'admin' | 'member' }>) {
    slugCounter += 1;
    const now = t.clock.now();
    const organisation = await t.ctx.db.kysely
      .insertInto('organisations')
      .values({
        name: `Sydhavn Boldklub ${slugCounter}`,
        slug: `sydhavn-boldklub-${slugCounter}`,
        kind: 'association',
        cvr: null,
        description: '',
        created_by: members[0]?.userId ?? null,
        created_at: now,
      })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    for (const member of members) {
      await t.ctx.db.kysely
        .insertInto('memberships')
        .values({
          organisation_id: organisation.id,
          user_id: member.userId,
          role: member.role,
          created_at: now,
        })
        .execute();
    }
    return organisation;
  }

  async function inviteFrom(organisationId: number, invitedBy: number, email: string) {
    const now = t.clock.now();
    await t.ctx.db.kysely
      .insertInto('invitations')
      .values({
        organisation_id: organisationId,
        email,
        role: 'member',
        token_hash: `hash-${organisationId}-${email}`,
        invited_by: invitedBy,
        created_at: now,
        expires_at: now + 72 * HOUR,
        accepted_at: null,
        accepted_by: null,
      })
      .execute();
  }

  it('downloads profile, memberships, sessions, tokens and sent invitations as a JSON attachment without hashes', async () => {
    const { id, email } = await givenUser(t, { name: 'Birgitte Bak' });
    const organisation = await organisationWith([{ userId: id, role: 'admin' }]);
    await inviteFrom(organisation.id, id, 'nabo@example.dk');
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil/api-tokens');
    await agent.post('/profil/api-tokens', { name: 'Mit regneark' });

    const response = await agent.get('/profil/data.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="byliv-mine-data-.*\.json"$/,
    );
    const data = response.json();
    expect(data.profile).toMatchObject({ id, name: 'Birgitte Bak', email, emailVerified: true });
    expect(data.memberships).toEqual([expect.objectContaining({ name: organisation.name, role: 'admin' })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toEqual({ createdAt: expect.any(String), expiresAt: expect.any(String) });
    expect(data.apiTokens).toEqual([
      expect.objectContaining({ name: 'Mit regneark', prefix: expect.stringMatching(/^byliv_/) }),
    ]);
    expect(data.invitationsSent).toEqual([
      expect.objectContaining({ email: 'nabo@example.dk', organisationName: organisation.name }),
    ]);

    const passwordHash = await t.ctx.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirst();
    const sessionHashes = await t.ctx.db.kysely
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', id)
      .execute();
    const tokenHashes = await t.ctx.db.kysely
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('user_id', '=', id)
      .execute();
    const secrets = [
      passwordHash?.password_hash,
      ...sessionHashes.map((r) => r.token_hash),
      ...tokenHashes.map((r) => r.token_hash),
    ];
    for (const secret of secrets) expect(response.body).not.toContain(secret);
    expect(response.body).not.toMatch(/hash/i);
  });

  it('explains what deletion does and asks for the password', async () => {
    const { email } = await givenUser(t);
    const page = await (await loggedInAgent(t, email)).get('/profil/slet');
    expect(page.body).toContain('<h1>Slet min konto</h1>');
    expect(page.body).toContain('slettet bruger');
    expect(page.body).toMatch(/for="password">Adgangskode/);
    expect(page.body).toContain('Slet min konto</button>');
  });

  it('refuses deletion with a wrong password', async () => {
    const { id, email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil/slet');
    const response = await agent.post('/profil/slet', { password: 'forkert forkert' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Adgangskoden er forkert');
    const row = await t.ctx.db.kysely
      .selectFrom('users')
      .select('deleted_at')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row?.deleted_at).toBeNull();
  });

  it('removes personal data, access and memberships but keeps the row for what the person wrote', async () => {
    const { id, email } = await givenUser(t, { name: 'Henrik Holm' });
    const admin = await givenUser(t);
    const organisation = await organisationWith([
      { userId: admin.id, role: 'admin' },
      { userId: id, role: 'member' },
    ]);
    await inviteFrom(organisation.id, admin.id, email);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil/api-tokens');
    const created = await agent.post('/profil/api-tokens', { name: 'Script' });
    const token = /id="new-token"[^>]*value="([^"]+)"/.exec(created.body)?.[1] ?? '';
    expect(token).toMatch(/^byliv_/);
    await t.ctx.db.kysely
      .insertInto('user_tokens')
      .values({
        token_hash: `reset-${id}`,
        user_id: id,
        purpose: 'reset_password',
        created_at: 0,
        expires_at: 1,
        used_at: null,
      })
      .execute();

    await agent.get('/profil/slet');
    const response = await agent.post('/profil/slet', { password: PASSWORD });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    expect((await agent.get('/')).body).toContain('Din konto er slettet');

    const db = t.ctx.db.kysely;
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    expect(row).toMatchObject({ email: null, name: null, password_hash: null, deleted_at: t.clock.now() });
    for (const table of ['sessions', 'user_tokens', 'api_tokens', 'memberships'] as const) {
      const rows = await db.selectFrom(table).select('user_id').where('user_id', '=', id).execute();
      expect(rows, table).toHaveLength(0);
    }
    expect(await db.selectFrom('invitations').select('id').where('email', '=', email).execute()).toHaveLength(
      0,
    );
    expect((await agent.get('/profil')).statusCode).toBe(302);
    const api = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(401);
    expect(displayName(row?.name ?? null, translator('da'))).toBe('slettet bruger');
    expect(displayName(row?.name ?? null, translator('en'))).toBe('deleted user');

    const login = new TestAgent(t.app);
    await login.get('/log-ind');
    expect((await login.post('/log-ind', { email, password: PASSWORD })).statusCode).toBe(422);
  });

  it('keeps the organisation and the invitations the person created, pointing at the anonymised row', async () => {
    const founder = await givenUser(t, { name: 'Grete Grundlægger' });
    const successor = await givenUser(t);
    const organisation = await organisationWith([
      { userId: founder.id, role: 'admin' },
      { userId: successor.id, role: 'admin' },
    ]);
    await inviteFrom(organisation.id, founder.id, 'grete-nabo@example.dk');
    const agent = await loggedInAgent(t, founder.email);
    await agent.get('/profil/slet');
    expect((await agent.post('/profil/slet', { password: PASSWORD })).statusCode).toBe(302);

    const db = t.ctx.db.kysely;
    const kept = await db
      .selectFrom('organisations')
      .select('created_by')
      .where('id', '=', organisation.id)
      .executeTakeFirst();
    expect(kept?.created_by).toBe(founder.id);
    const invitation = await db
      .selectFrom('invitations')
      .select('invited_by')
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    expect(invitation?.invited_by).toBe(founder.id);
    const author = await db
      .selectFrom('users')
      .select('name')
      .where('id', '=', founder.id)
      .executeTakeFirstOrThrow();
    expect(displayName(author.name, translator('da'))).toBe('slettet bruger');
    const page = await new TestAgent(t.app).get(
      `/organisationer/${encodeURIComponent(`sydhavn-boldklub-${slugCounter}`)}`,
    );
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Grete Grundlægger');
  });

  it('frees the e-mail address for a new account', async () => {
    const { email } = await givenUser(t);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil/slet');
    await agent.post('/profil/slet', { password: PASSWORD });
    const fresh = new TestAgent(t.app);
    await fresh.get('/opret-konto');
    expect((await fresh.post('/opret-konto', { name: 'Ny', email, password: PASSWORD })).statusCode).toBe(
      302,
    );
  });

  it('refuses while the person is the only admin of an organisation with other members, naming it', async () => {
    const { id, email } = await givenUser(t);
    const member = await givenUser(t);
    const organisation = await organisationWith([
      { userId: id, role: 'admin' },
      { userId: member.id, role: 'member' },
    ]);
    const agent = await loggedInAgent(t, email);
    const page = await agent.get('/profil/slet');
    expect(page.body).toContain('Kontoen kan ikke slettes endnu');
    expect(page.body).toContain(organisation.name);
    const response = await agent.post('/profil/slet', { password: PASSWORD });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Du er den eneste administrator af');
    expect(response.body).toContain(organisation.name);
    const row = await t.ctx.db.kysely
      .selectFrom('users')
      .select(['email', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row).toEqual({ email, deleted_at: null });
  });

  it('allows deletion when the person is the only member of their organisation', async () => {
    const { id, email } = await givenUser(t);
    await organisationWith([{ userId: id, role: 'admin' }]);
    const agent = await loggedInAgent(t, email);
    await agent.get('/profil/slet');
    expect((await agent.post('/profil/slet', { password: PASSWORD })).statusCode).toBe(302);
  });
});
