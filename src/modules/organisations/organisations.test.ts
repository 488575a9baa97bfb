import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousBrowser,
  browserOf,
  givenOrganisation,
  roleOf,
} from '#src/modules/organisations/test-support.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('creating an organisation', () => {
  let t: TestApp;
  let mette: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    mette = await createPerson(t.ctx, { name: 'Mette Kjærgaard' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a visitor who is not logged in to the log-in page', async () => {
    const response = await anonymousBrowser(t).get('/organisationer/ny');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toContain('/log-ind');
  });

  it('shows the form with the Danish labels', async () => {
    const browser = await browserOf(t, mette);
    const page = await browser.get('/organisationer/ny');
    expect(page.statusCode).toBe(200);
    for (const label of ['Navn', 'Type', 'CVR-nummer', 'Beskrivelse', '(frivilligt)', 'Opret organisation']) {
      expect(page.body).toContain(label);
    }
  });

  it('refuses an invalid CVR number with a message beside the field and keeps what was typed', async () => {
    const browser = await browserOf(t, mette);
    const response = await browser.post('/organisationer/ny', {
      name: 'Beboerforeningen Teglholmen',
      kind: 'association',
      cvr: '12345678',
      description: 'Nabokaffe hver anden lørdag',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('CVR-nummeret er ikke gyldigt');
    expect(response.body).toContain('value="Beboerforeningen Teglholmen"');
    expect(response.body).toContain('Nabokaffe hver anden lørdag');
    const count = await t.ctx.db.kysely.selectFrom('organisations').select('id').execute();
    expect(count).toHaveLength(0);
  });

  it('asks for 8 digits when the CVR number has the wrong length', async () => {
    const browser = await browserOf(t, mette);
    const response = await browser.post('/organisationer/ny', {
      name: 'X',
      kind: 'association',
      cvr: '1234',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('CVR-nummeret skal være 8 cifre');
  });

  it('asks for a name and a type when they are missing', async () => {
    const browser = await browserOf(t, mette);
    const response = await browser.post('/organisationer/ny', { name: '  ', kind: '' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Udfyld feltet');
    expect(response.body).toContain('Vælg, hvilken type organisation det er');
  });

  it('creates it with a valid CVR number, makes the creator admin and shows it', async () => {
    const browser = await browserOf(t, mette);
    const response = await browser.post('/organisationer/ny', {
      name: 'Københavns Kommune – Teknik- og Miljøforvaltningen',
      kind: 'municipality',
      cvr: '64 94 22 12',
    });
    expect(response.statusCode).toBe(303);
    const slug = 'koebenhavns-kommune-teknik-og-miljoeforvaltningen';
    expect(response.headers.location).toBe(`/organisationer/${slug}`);
    expect(await roleOf(t, slug, mette)).toBe('admin');
    const page = await browser.get(`/organisationer/${slug}`);
    expect(page.body).toContain('Organisationen er oprettet');
    expect(page.body).toContain('64942212');
    expect(page.body).toContain('Kommune');
    expect(page.body).toContain('1 medlem');
  });

  it('gives a second organisation with the same name the slug -2', async () => {
    const browser = await browserOf(t, mette);
    const first = await browser.post('/organisationer/ny', {
      name: 'Kajakklubben Sluseholmen',
      kind: 'association',
    });
    const second = await browser.post('/organisationer/ny', {
      name: 'Kajakklubben Sluseholmen',
      kind: 'association',
    });
    expect(first.headers.location).toBe('/organisationer/kajakklubben-sluseholmen');
    expect(second.headers.location).toBe('/organisationer/kajakklubben-sluseholmen-2');
  });
});

describe('the list of organisations', () => {
  let t: TestApp;
  let lars: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    lars = await createPerson(t.ctx, { name: 'Lars Bech' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells a new visitor what to do when there are no organisations yet', async () => {
    const page = await anonymousBrowser(t).get('/organisationer');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Organisationer</h1>');
    expect(page.body).toContain('Der er endnu ingen organisationer');
    expect(page.body).toContain('href="/organisationer/ny"');
  });

  it('shows 20 per page, in name order, with a link to the next page', async () => {
    for (let index = 1; index <= 23; index += 1) {
      await givenOrganisation(t, `Forening ${String(index).padStart(2, '0')}`, [[lars, 'admin']]);
    }
    await givenOrganisation(t, 'Skolen i Sydhavnen', [[lars, 'admin']], 'institution');
    const first = await anonymousBrowser(t).get('/organisationer');
    expect(first.body).toContain('24 organisationer');
    expect(first.body).toContain('Forening 01');
    expect(first.body).toContain('Forening 20');
    expect(first.body).not.toContain('Forening 21');
    expect(first.body).toContain('href="/organisationer?side=2"');
    const second = await anonymousBrowser(t).get('/organisationer?side=2');
    expect(second.body).toContain('Forening 21');
    expect(second.body).toContain('Skolen i Sydhavnen');
    expect(second.body).not.toContain('Forening 20<');
  });

  it('filters by type and says so when a type has none', async () => {
    const institutions = await anonymousBrowser(t).get('/organisationer?type=institution');
    expect(institutions.body).toContain('Skolen i Sydhavnen');
    expect(institutions.body).not.toContain('Forening 01');
    const businesses = await anonymousBrowser(t).get('/organisationer?type=business');
    expect(businesses.body).toContain('Der er ingen organisationer af typen');
  });

  it('ignores a nonsense page number or type instead of failing', async () => {
    const response = await anonymousBrowser(t).get('/organisationer?side=abc&type=nothing');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Forening 01');
  });
});

describe('an organisation page', () => {
  let t: TestApp;
  let admin: TestPerson;
  let member: TestPerson;
  let outsider: TestPerson;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createPerson(t.ctx, { name: 'Line Frederiksen' });
    member = await createPerson(t.ctx, { name: 'Ahmed Yousef' });
    outsider = await createPerson(t.ctx, { name: 'Jonas Holm' });
    slug = await givenOrganisation(t, 'Ejerforeningen Enghave Brygge', [
      [admin, 'admin'],
      [member, 'member'],
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the name, type and number of members to anyone, but not who they are', async () => {
    const page = await anonymousBrowser(t).get(`/organisationer/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ejerforeningen Enghave Brygge');
    expect(page.body).toContain('2 medlemmer');
    expect(page.body).not.toContain('Ahmed Yousef');
    expect(page.body).toContain('Kun medlemmer kan se');
    const asOutsider = await (await browserOf(t, outsider)).get(`/organisationer/${slug}`);
    expect(asOutsider.body).not.toContain('Ahmed Yousef');
  });

  it('shows members the names but not the e-mail addresses, and no admin controls', async () => {
    const page = await (await browserOf(t, member)).get(`/organisationer/${slug}`);
    expect(page.body).toContain('Line Frederiksen');
    expect(page.body).toContain('Ahmed Yousef');
    expect(page.body).not.toContain(admin.email);
    expect(page.body).not.toContain(member.email);
    expect(page.body).not.toContain('>Inviter<');
    expect(page.body).toContain('Forlad organisationen');
  });

  it('shows admins the e-mail addresses and the invitation form', async () => {
    const page = await (await browserOf(t, admin)).get(`/organisationer/${slug}`);
    expect(page.body).toContain(member.email);
    expect(page.body).toContain('>Inviter<');
    expect(page.body).toContain('Gør til administrator');
  });

  it('answers an unknown organisation with 404', async () => {
    const page = await anonymousBrowser(t).get('/organisationer/findes-ikke');
    expect(page.statusCode).toBe(404);
  });
});
