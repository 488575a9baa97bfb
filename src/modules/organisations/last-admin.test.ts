import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsOnlyAdministeredBy } from '#src/modules/organisations/service.ts';
import { browserOf, givenOrganisation, roleOf } from '#src/modules/organisations/test-support.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** What the confirmation page's button sends. */
const confirmed = { bekraeft: 'ja' };

describe('leaving and the last admin', () => {
  let t: TestApp;
  let mette: TestPerson;
  let ahmed: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    mette = await createPerson(t.ctx, { name: 'Mette Kjærgaard' });
    ahmed = await createPerson(t.ctx, { name: 'Ahmed Yousef' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('asks a member to confirm, then lets them leave', async () => {
    const slug = await givenOrganisation(t, 'Beboerforeningen Teglholmen', [
      [mette, 'admin'],
      [ahmed, 'member'],
    ]);
    const browser = await browserOf(t, ahmed);
    const confirm = await browser.get(`/organisationer/${slug}/forlad`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Forlad Beboerforeningen Teglholmen?');
    expect(confirm.body).toContain('Ja, forlad organisationen');
    expect(confirm.body).toContain('Nej, gå tilbage');
    const plain = await browser.post(`/organisationer/${slug}/forlad`);
    expect(plain.statusCode).toBe(303);
    expect(plain.headers.location).toBe(`/organisationer/${slug}/forlad`);
    expect(await roleOf(t, slug, ahmed)).toBe('member');
    const left = await browser.post(`/organisationer/${slug}/forlad`, confirmed);
    expect(left.statusCode).toBe(303);
    expect(await roleOf(t, slug, ahmed)).toBeNull();
    expect((await browser.get(`/organisationer/${slug}`)).body).toContain('Du har forladt organisationen');
  });

  it('does not let the only admin leave, and says what to do instead', async () => {
    const slug = await givenOrganisation(t, 'Kajakklubben', [
      [mette, 'admin'],
      [ahmed, 'member'],
    ]);
    const browser = await browserOf(t, mette);
    const confirm = await browser.get(`/organisationer/${slug}/forlad`);
    expect(confirm.body).toContain('Du er organisationens eneste administrator');
    const response = await browser.post(`/organisationer/${slug}/forlad`, confirmed);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Gør først et andet medlem til administrator');
    expect(await roleOf(t, slug, mette)).toBe('admin');
  });

  it('does not let the last admin be demoted or removed', async () => {
    const slug = await givenOrganisation(t, 'Café Slusen', [
      [mette, 'admin'],
      [ahmed, 'member'],
    ]);
    const browser = await browserOf(t, mette);
    const demote = await browser.post(`/organisationer/${slug}/medlemmer/${mette.id}/rolle`, {
      role: 'member',
    });
    expect(demote.statusCode).toBe(409);
    const remove = await browser.post(`/organisationer/${slug}/medlemmer/${mette.id}/fjern`, confirmed);
    expect(remove.statusCode).toBe(409);
    expect(await roleOf(t, slug, mette)).toBe('admin');
  });

  it('lets an admin step down once another member is admin', async () => {
    const slug = await givenOrganisation(t, 'Skolebestyrelsen', [
      [mette, 'admin'],
      [ahmed, 'member'],
    ]);
    const browser = await browserOf(t, mette);
    expect(
      (await browser.post(`/organisationer/${slug}/medlemmer/${ahmed.id}/rolle`, { role: 'admin' }))
        .statusCode,
    ).toBe(303);
    expect(await roleOf(t, slug, ahmed)).toBe('admin');
    expect(
      (await browser.post(`/organisationer/${slug}/medlemmer/${mette.id}/rolle`, { role: 'member' }))
        .statusCode,
    ).toBe(303);
    expect(await roleOf(t, slug, mette)).toBe('member');
  });

  it('lets an admin remove a member after confirming', async () => {
    const slug = await givenOrganisation(t, 'Fællesspisning Sydhavn', [
      [mette, 'admin'],
      [ahmed, 'member'],
    ]);
    const browser = await browserOf(t, mette);
    const confirm = await browser.get(`/organisationer/${slug}/medlemmer/${ahmed.id}/fjern`);
    expect(confirm.body).toContain('Fjern Ahmed Yousef fra Fællesspisning Sydhavn?');
    expect(
      (await browser.post(`/organisationer/${slug}/medlemmer/${ahmed.id}/fjern`, confirmed)).statusCode,
    ).toBe(303);
    expect(await roleOf(t, slug, ahmed)).toBeNull();
  });

  it('lets exactly one of the only two admins leave when both leave at the same moment', async () => {
    const rounds = 8;
    for (let round = 0; round < rounds; round += 1) {
      const first = await createPerson(t.ctx, { name: `Første ${round}` });
      const second = await createPerson(t.ctx, { name: `Anden ${round}` });
      const slug = await givenOrganisation(t, `Samtidig ${round}`, [
        [first, 'admin'],
        [second, 'admin'],
      ]);
      const [one, two] = [await browserOf(t, first), await browserOf(t, second)];
      const responses = await Promise.all([
        one.post(`/organisationer/${slug}/forlad`, confirmed),
        two.post(`/organisationer/${slug}/forlad`, confirmed),
      ]);
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([303, 409]);
      const remaining = [await roleOf(t, slug, first), await roleOf(t, slug, second)].filter(
        (role) => role !== null,
      );
      expect(remaining).toEqual(['admin']);
    }
  });

  it('names the organisations an account deletion would leave without an admin', async () => {
    const solo = await createPerson(t.ctx, { name: 'Eneste Admin' });
    const other = await createPerson(t.ctx, { name: 'Andet Medlem' });
    await givenOrganisation(t, 'Kun mig', [[solo, 'admin']]);
    const stranded = await givenOrganisation(t, 'Mig og en til', [
      [solo, 'admin'],
      [other, 'member'],
    ]);
    await givenOrganisation(t, 'To admins', [
      [solo, 'admin'],
      [other, 'admin'],
    ]);
    await givenOrganisation(t, 'Bare medlem', [
      [other, 'admin'],
      [solo, 'member'],
    ]);
    const result = await organisationsOnlyAdministeredBy(t.ctx, solo.id);
    expect(result.map((organisation) => organisation.slug)).toEqual([stranded]);
  });
});
