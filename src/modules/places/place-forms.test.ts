import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { createTestOrganisation, validFacts, validRules } from '#src/modules/places/test-support.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('creating and editing a place with its rules', () => {
  let t: TestApp;
  let admin: TestPerson;
  let member: TestPerson;
  let outsider: TestPerson;
  let organisation: { id: number; slug: string; name: string };

  async function agentFor(person: TestPerson): Promise<TestAgent> {
    const agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/');
    return agent;
  }

  async function createdPlace(overrides: Record<string, string | string[]> = {}): Promise<string> {
    const agent = await agentFor(admin);
    const response = await agent.post('/steder/ny', validFacts(organisation.slug, overrides));
    expect(response.statusCode).toBe(302);
    const match = /^\/steder\/([^/]+)\/rediger\/regler$/.exec(String(response.headers.location));
    expect(match).not.toBeNull();
    return match?.[1] ?? '';
  }

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    admin = await createPerson(t.ctx, { name: 'Anne Admin' });
    member = await createPerson(t.ctx, { name: 'Mads Medlem' });
    outsider = await createPerson(t.ctx, { name: 'Ole Udenfor' });
    organisation = await createTestOrganisation(t.ctx, [
      { id: admin.id, role: 'admin' },
      { id: member.id, role: 'member' },
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets an organisation admin create a place, resolving its district and neighbourhood from the point', async () => {
    const slug = await createdPlace();
    expect(slug).toBe('gymnastiksalen');
    const place = await getPlaceRulesBySlug(t.ctx, slug);
    expect(place.organisationId).toBe(organisation.id);
    expect(place.lat).toBeCloseTo(55.6455);
    expect(place.capacity).toBe(40);
    expect(place.stepFree).toBe(true);
    expect(place.accessibleToilet).toBe(false);
    expect(place.hearingLoop).toBe(true);
    expect(place.facilities).toEqual(['sports_equipment', 'toilet']);
    const page = await (await agentFor(outsider)).get(`/steder/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sluseholmen');
  });

  it('makes the creator a manager who may edit', async () => {
    const slug = await createdPlace({ name: 'Klasselokale 1' });
    const agent = await agentFor(admin);
    const managers = await agent.get(`/steder/${slug}/rediger/ansvarlige`);
    expect(managers.body).toContain('Anne Admin');
  });

  it('gives a second place with the same name its own address', async () => {
    const first = await createdPlace({ name: 'Fælleslokalet' });
    const second = await createdPlace({ name: 'Fælleslokalet' });
    expect(first).toBe('faelleslokalet');
    expect(second).toBe('faelleslokalet-2');
  });

  it('shows a person who administers no organisation why they cannot create a place', async () => {
    const page = await (await agentFor(member)).get('/steder/ny');
    expect(page.body).toContain('Kun administratorer af en organisation kan oprette steder');
    const refused = await (await agentFor(member)).post('/steder/ny', validFacts(organisation.slug));
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Vælg en organisation, du er administrator for');
  });

  it.each([
    ['Skriv stedets navn', { name: '' }],
    ['Teksten må højst være 120 tegn', { name: 'x'.repeat(121) }],
    ['Vælg hvilken type sted det er', { kind: 'castle' }],
    ['Skriv stedets adresse', { address: ' ' }],
    ['Skriv breddegraden', { lat: '' }],
    ['Breddegraden skal være et decimaltal i Danmark', { lat: '12.5' }],
    ['Skriv længdegraden', { lon: '' }],
    ['Længdegraden skal være et decimaltal i Danmark', { lon: 'øst' }],
    ['Antal personer skal være et helt tal fra 1 til 10.000', { capacity: '0' }],
    ['Antal personer skal være et helt tal fra 1 til 10.000', { capacity: '2,5' }],
    ['Vælg faciliteter fra listen', { facilities: ['kitchen', 'jacuzzi'] }],
    ['Vælg hvem der har adgang til stedet', { accessMode: '' }],
    ['Skriv hvorfor stedet er lukket for offentligheden', { accessMode: 'closed', closedReason: '' }],
    ['Vælg den organisation, der ejer stedet', { organisation: '' }],
    ['Teksten må højst være 4000 tegn', { description: 'y'.repeat(4001) }],
  ])('says "%s" about such facts, keeps what was typed and saves nothing', async (message, overrides) => {
    const before = await t.ctx.db.kysely.selectFrom('places').select('id').execute();
    const response = await (await agentFor(admin)).post(
      '/steder/ny',
      validFacts(organisation.slug, overrides),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(message);
    expect(response.body).toContain('Der er et problem');
    expect(response.body).toContain('value="Gratis for foreninger"');
    expect(await t.ctx.db.kysely.selectFrom('places').select('id').execute()).toHaveLength(before.length);
  });

  it('answers in English for an English reader', async () => {
    const agent = await agentFor(admin);
    agent.setCookie('byliv_lang', 'en');
    const response = await agent.post('/steder/ny', validFacts(organisation.slug, { name: '' }));
    expect(response.body).toContain("Enter the place's name");
  });

  it('saves the rules: windows per weekday, closed dates and the booking and key rules', async () => {
    const slug = await createdPlace({ name: 'Regelsalen' });
    const response = await (await agentFor(admin)).post(`/steder/${slug}/rediger/regler`, validRules());
    expect(response.statusCode).toBe(302);
    const { rules } = await getPlaceRulesBySlug(t.ctx, slug);
    expect(rules.windows.filter((window) => window.weekday === 1)).toEqual([
      { weekday: 1, startMinute: 17 * 60, endMinute: 22 * 60 },
    ]);
    expect(rules.windows.filter((window) => window.weekday === 7)).toEqual([
      { weekday: 7, startMinute: 9 * 60, endMinute: 12 * 60 },
      { weekday: 7, startMinute: 13 * 60, endMinute: 22 * 60 },
    ]);
    expect(rules.closedDates).toEqual([
      { date: '2026-12-24', reason: 'Juleaften' },
      { date: '2026-12-31', reason: 'Nytårsaften' },
    ]);
    expect(rules).toMatchObject({
      minDurationMinutes: 60,
      maxDurationMinutes: 240,
      maxAdvanceDays: 60,
      minNoticeHours: 48,
      bufferMinutes: 15,
      bookerScope: 'org_kinds',
      allowedKinds: ['association', 'housing'],
      approvalRequired: true,
      responsibleHostRequired: true,
      keyHandover: 'door_code',
      codeVisibleMinutesBefore: 30,
    });
    const page = await (await agentFor(outsider)).get(`/steder/${slug}`);
    expect(page.body).toContain('17:00–22:00');
    expect(page.body).not.toContain('Indgang fra gården');
    const form = await (await agentFor(admin)).get(`/steder/${slug}/rediger/regler`);
    expect(form.body).toContain('09:00–12:00, 13:00–22:00');
    // Typed "2026-12-24 Juleaften" and "31.12.2026 Nytårsaften"; the form shows both the Danish way.
    expect(form.body).toContain('24.12.2026 Juleaften\n31.12.2026 Nytårsaften');
  });

  it.each([
    ['Skriv tidsrum som 17:00-22:00', { windows1: '17-22' }],
    ['Et tidsrum skal slutte efter, det begynder', { windows2: '22:00-17:00' }],
    ['To tidsrum samme dag overlapper hinanden', { windows3: '10:00-12:00, 11:00-13:00' }],
    ['Skriv tidsrum som 17:00-22:00', { windows4: '25:00-26:00' }],
    [
      'Skriv mindst ét ugentligt tidsrum',
      { windows1: '', windows2: '', windows3: '', windows4: '', windows5: '', windows6: '', windows7: '' },
    ],
    ['Linjen &quot;2026-02-30 Lukket&quot; kan ikke læses', { closedDates: '2026-02-30 Lukket' }],
    ['Korteste booking skal være et helt antal minutter fra 15 til 1440', { minDurationMinutes: '5' }],
    ['Længste booking skal være et helt antal minutter', { maxDurationMinutes: 'lang' }],
    [
      'Længste booking må ikke være kortere end korteste',
      { minDurationMinutes: '120', maxDurationMinutes: '60' },
    ],
    ['Skriv et helt antal dage fra 1 til 730', { maxAdvanceDays: '0' }],
    ['Skriv et helt antal timer fra 0 til 720', { minNoticeHours: '-1' }],
    ['Pausen skal være et helt antal minutter fra 0 til 240', { bufferMinutes: '300' }],
    ['Vælg hvem der kan booke', { bookerScope: 'everyone' }],
    ['Vælg mindst én type organisation', { allowedKinds: [] }],
    ['Vælg typer af organisationer fra listen', { allowedKinds: ['pirates'] }],
    ['Vælg om bookinger skal godkendes', { approval: 'maybe' }],
    ['Fristen for afbud skal være et helt antal timer fra 0 til 720', { cancellationDeadlineHours: '1000' }],
    ['Vælg hvordan nøgler og adgang gives', { keyHandover: 'magic' }],
    ['Skriv hvor og hvordan nøglen hentes', { keyHandover: 'key_box', keyInstructions: '' }],
    ['Skriv et helt antal minutter fra 0 til 2880', { codeVisibleMinutesBefore: '' }],
  ])('says "%s" about such rules and saves none of them', async (message, overrides) => {
    const slug = await createdPlace({ name: 'Fejlsalen' });
    const response = await (await agentFor(admin)).post(
      `/steder/${slug}/rediger/regler`,
      validRules(overrides),
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(message);
    const { rules } = await getPlaceRulesBySlug(t.ctx, slug);
    expect(rules.windows).toEqual([]);
    expect(rules.closedDates).toEqual([]);
  });

  it('lets a manager edit the facts, moving the place to another neighbourhood', async () => {
    const slug = await createdPlace({ name: 'Flyttesalen' });
    const agent = await agentFor(admin);
    const response = await agent.post(
      `/steder/${slug}`.concat('/rediger'),
      validFacts(organisation.slug, { name: 'Flyttesalen', lat: '55.6505', lon: '12.53', capacity: '' }),
    );
    expect(response.statusCode).toBe(302);
    const place = await getPlaceRulesBySlug(t.ctx, slug);
    expect(place.capacity).toBeNull();
    const page = await agent.get(`/steder/${slug}`);
    expect(page.body).toContain('Sydhavn');
  });

  it('refuses editing to a member who is not a manager, and to an outsider, with 403', async () => {
    const slug = await createdPlace({ name: 'Låst sal' });
    for (const person of [member, outsider]) {
      const agent = await agentFor(person);
      expect((await agent.get(`/steder/${slug}/rediger`)).statusCode).toBe(403);
      expect((await agent.post(`/steder/${slug}/rediger`, validFacts(organisation.slug))).statusCode).toBe(
        403,
      );
      expect((await agent.post(`/steder/${slug}/rediger/regler`, validRules())).statusCode).toBe(403);
    }
    expect((await getPlaceRulesBySlug(t.ctx, slug)).rules.windows).toEqual([]);
  });

  it('lets a manager add a member of the owning organisation as manager, who may then edit, and remove them', async () => {
    const slug = await createdPlace({ name: 'Delt sal' });
    const adminAgent = await agentFor(admin);
    const refused = await adminAgent.post(`/steder/${slug}/rediger/ansvarlige`, {
      manager: String(outsider.id),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Kun medlemmer af organisationen kan være ansvarlige');
    const added = await adminAgent.post(`/steder/${slug}/rediger/ansvarlige`, { manager: String(member.id) });
    expect(added.statusCode).toBe(302);
    const memberAgent = await agentFor(member);
    expect((await memberAgent.get(`/steder/${slug}/rediger`)).statusCode).toBe(200);
    await adminAgent.post(`/steder/${slug}/rediger/ansvarlige/${member.id}/fjern`);
    expect((await memberAgent.get(`/steder/${slug}/rediger`)).statusCode).toBe(403);
  });

  it('shows plainly why a closed place is closed', async () => {
    const slug = await createdPlace({
      name: 'Gården',
      kind: 'outdoor_area',
      accessMode: 'closed',
      closedReason: 'Privat gårdrum med dørkode for beboerne',
    });
    const page = await t.app.inject({ url: `/steder/${slug}` });
    expect(page.body).toContain('Stedet er lukket for offentligheden');
    expect(page.body).toContain('Privat gårdrum med dørkode for beboerne');
  });

  it('redirects an anonymous visitor from the create form to log in', async () => {
    const response = await t.app.inject({ url: '/steder/ny' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toContain('/log-ind');
  });
});
