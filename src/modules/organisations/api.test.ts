import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, givenOrganisation, roleOf } from '#src/modules/organisations/test-support.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the organisations API', () => {
  let t: TestApp;
  let admin: TestPerson;
  let member: TestPerson;
  let outsider: TestPerson;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createPerson(t.ctx, { name: 'Birgitte Winther' });
    member = await createPerson(t.ctx, { name: 'Fatima Rahimi' });
    outsider = await createPerson(t.ctx, { name: 'Jonas Holm' });
    slug = await givenOrganisation(
      t,
      'Skolen i Sydhavnen',
      [
        [admin, 'admin'],
        [member, 'member'],
      ],
      'institution',
    );
    for (const name of ['Café Slusen', 'Bageriet på Broen', 'Cykelværkstedet']) {
      await givenOrganisation(t, name, [[admin, 'admin']], 'business');
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists organisations publicly with total, limit and offset', async () => {
    const response = await t.app.inject({ url: '/api/v1/organisations?limit=2&offset=1' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(4);
    expect(body.limit).toBe(2);
    expect(body.offset).toBe(1);
    expect(body.items.map((item: { name: string }) => item.name)).toEqual(['Café Slusen', 'Cykelværkstedet']);
  });

  it('filters the list by kind', async () => {
    const body = (await t.app.inject({ url: '/api/v1/organisations?kind=institution' })).json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      slug,
      name: 'Skolen i Sydhavnen',
      kind: 'institution',
      cvr: null,
      memberCount: 2,
      url: `http://localhost:3000/organisationer/${slug}`,
    });
  });

  it('refuses an unknown kind or a limit above 100 with a problem', async () => {
    const response = await t.app.inject({ url: '/api/v1/organisations?kind=castle' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await t.app.inject({ url: '/api/v1/organisations?limit=1000' })).statusCode).toBe(400);
  });

  it('shows one organisation, and a 404 problem for an unknown slug', async () => {
    const found = await t.app.inject({ url: `/api/v1/organisations/${slug}` });
    expect(found.statusCode).toBe(200);
    expect(found.json().name).toBe('Skolen i Sydhavnen');
    // The id other endpoints take (organisationId) is in the list and in the single organisation.
    const row = await t.ctx.db.kysely
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    expect(found.json().id).toBe(row.id);
    const listed = (await t.app.inject({ url: '/api/v1/organisations?limit=100' })).json();
    expect(listed.items.find((item: { slug: string }) => item.slug === slug)?.id).toBe(row.id);
    const missing = await t.app.inject({ url: '/api/v1/organisations/findes-ikke' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json().message.da).toBe('Organisationen findes ikke.');
  });

  it('creates an organisation for the token’s owner, who becomes admin', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: bearer(outsider),
      payload: {
        name: 'Sydhavns Bibliotek',
        kind: 'institution',
        cvr: '64942212',
        description: 'Lektiecafé',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe('/api/v1/organisations/sydhavns-bibliotek');
    expect(response.json()).toMatchObject({ slug: 'sydhavns-bibliotek', cvr: '64942212', memberCount: 1 });
    expect(await roleOf(t, 'sydhavns-bibliotek', outsider)).toBe('admin');
  });

  it('refuses to create without a token (401) and explains an invalid CVR number (422)', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: { name: 'Uden token', kind: 'association' },
    });
    expect(anonymous.statusCode).toBe(401);
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: bearer(outsider),
      payload: { name: 'Forkert CVR', kind: 'association', cvr: '12345678' },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors[0]).toMatchObject({ field: 'cvr' });
    expect(invalid.json().errors[0].message.en).toContain('CVR number is not valid');
  });

  it('lists members with e-mail addresses for admins', async () => {
    const response = await t.app.inject({
      url: `/api/v1/organisations/${slug}/members`,
      headers: bearer(admin),
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ name: string; email?: string; role: string }>;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ name: 'Birgitte Winther', role: 'admin', email: admin.email });
    expect(items[1]).toMatchObject({ name: 'Fatima Rahimi', role: 'member', email: member.email });
  });

  it('lists members without e-mail addresses for plain members', async () => {
    const response = await t.app.inject({
      url: `/api/v1/organisations/${slug}/members`,
      headers: bearer(member),
    });
    expect(response.statusCode).toBe(200);
    for (const item of response.json().items) expect(item).not.toHaveProperty('email');
    expect(response.body).not.toContain(admin.email);
  });

  it('refuses the member list to outsiders (403) and to callers without a token (401)', async () => {
    const outside = await t.app.inject({
      url: `/api/v1/organisations/${slug}/members`,
      headers: bearer(outsider),
    });
    expect(outside.statusCode).toBe(403);
    const anonymous = await t.app.inject({ url: `/api/v1/organisations/${slug}/members` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('documents the operations in the OpenAPI description, with bearer security where needed', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(document.paths['/api/v1/organisations'].get.tags).toEqual(['organisations']);
    expect(document.paths['/api/v1/organisations'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/v1/organisations/{slug}/members'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/api/v1/organisations/{slug}'].get.responses['404']).toBeDefined();
  });
});
