import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousBrowser,
  browserOf,
  givenOrganisation,
  invitationPathFromMail,
  roleOf,
} from '#src/modules/organisations/test-support.ts';
import { DAY } from '#src/platform/time.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('inviting members', () => {
  let t: TestApp;
  let mette: TestPerson;
  let ahmed: TestPerson;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp();
    mette = await createPerson(t.ctx, { name: 'Mette Kjærgaard' });
    ahmed = await createPerson(t.ctx, { name: 'Ahmed Yousef' });
    slug = await givenOrganisation(
      t,
      'Boligforeningen Sluseholmen',
      [
        [mette, 'admin'],
        [ahmed, 'member'],
      ],
      'housing',
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('mails a link that lets the invited person join with the chosen role', async () => {
    const jonas = await createPerson(t.ctx, { name: 'Jonas Holm' });
    const admin = await browserOf(t, mette);
    const invited = await admin.post(`/organisationer/${slug}/inviter`, {
      email: 'Jonas@Example.dk',
      role: 'member',
    });
    expect(invited.statusCode).toBe(303);
    expect((await admin.get(`/organisationer/${slug}`)).body).toContain('jonas@example.dk');

    const [mail, ...others] = await t.takeMail();
    expect(others).toHaveLength(0);
    expect(mail?.to).toBe('jonas@example.dk');
    expect(mail?.subject).toBe('Invitation til Boligforeningen Sluseholmen på Byliv');
    expect(mail?.text).toContain('Mette Kjærgaard har inviteret dig');
    const path = invitationPathFromMail(mail?.text);

    const asVisitor = await anonymousBrowser(t).get(path);
    expect(asVisitor.statusCode).toBe(200);
    expect(asVisitor.body).toContain('Boligforeningen Sluseholmen');
    expect(asVisitor.body).toContain(`/log-ind?naeste=${encodeURIComponent(path)}`);
    expect(asVisitor.body).toContain(`/opret-konto?naeste=${encodeURIComponent(path)}`);

    const browser = await browserOf(t, jonas);
    expect((await browser.get(path)).body).toContain('Tag imod invitationen');
    const accepted = await browser.post(`${path}/accepter`);
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe(`/organisationer/${slug}`);
    expect(await roleOf(t, slug, jonas)).toBe('member');

    const again = await browser.post(`${path}/accepter`);
    expect(again.statusCode).toBe(303);
    expect(await roleOf(t, slug, jonas)).toBe('member');
  });

  it('lets a link be used only once, by whoever opens it first', async () => {
    const admin = await browserOf(t, mette);
    await admin.post(`/organisationer/${slug}/inviter`, { email: 'nabo@example.dk', role: 'admin' });
    const path = invitationPathFromMail((await t.takeMail())[0]?.text);
    const first = await createPerson(t.ctx, { name: 'Første' });
    const second = await createPerson(t.ctx, { name: 'Anden' });
    expect((await (await browserOf(t, first)).post(`${path}/accepter`)).statusCode).toBe(303);
    expect(await roleOf(t, slug, first)).toBe('admin');
    const late = await (await browserOf(t, second)).post(`${path}/accepter`);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Invitationen er allerede brugt');
    expect(await roleOf(t, slug, second)).toBeNull();
  });

  it('refuses an invitation after 14 days with a clear message', async () => {
    const admin = await browserOf(t, mette);
    await admin.post(`/organisationer/${slug}/inviter`, { email: 'sent@example.dk', role: 'member' });
    const path = invitationPathFromMail((await t.takeMail())[0]?.text);
    const late = await createPerson(t.ctx, { name: 'Sen Svarer' });
    t.clock.advance(14 * DAY + 1);
    const browser = await browserOf(t, late);
    expect((await browser.get(path)).body).toContain('Invitationen er udløbet');
    const response = await browser.post(`${path}/accepter`);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Invitationen er udløbet');
    expect(await roleOf(t, slug, late)).toBeNull();
  });

  it('writes the mail in English to someone whose account is in English', async () => {
    await t.ctx.db.kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', ahmed.id).execute();
    const english = await createPerson(t.ctx, { name: 'Emma Smith' });
    await t.ctx.db.kysely.updateTable('users').set({ locale: 'en' }).where('id', '=', english.id).execute();
    const admin = await browserOf(t, mette);
    await admin.post(`/organisationer/${slug}/inviter`, { email: english.email, role: 'member' });
    const [mail] = await t.takeMail();
    expect(mail?.subject).toBe('Invitation to Boligforeningen Sluseholmen on Byliv');
  });

  it('lets an admin withdraw an invitation, after which the link no longer works', async () => {
    const admin = await browserOf(t, mette);
    await admin.post(`/organisationer/${slug}/inviter`, { email: 'fortrudt@example.dk', role: 'member' });
    const path = invitationPathFromMail((await t.takeMail())[0]?.text);
    const invitation = await t.ctx.db.kysely
      .selectFrom('invitations')
      .select('id')
      .where('email', '=', 'fortrudt@example.dk')
      .executeTakeFirstOrThrow();
    const asked = await admin.post(`/organisationer/${slug}/invitationer/${invitation.id}/tilbagekald`);
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Vil du trække invitationen tilbage?');
    expect(asked.body).toContain('fortrudt@example.dk');
    expect((await admin.get(`/organisationer/${slug}`)).body).toContain('fortrudt@example.dk');
    const withdrawn = await admin.post(`/organisationer/${slug}/invitationer/${invitation.id}/tilbagekald`, {
      bekraeft: 'ja',
    });
    expect(withdrawn.statusCode).toBe(303);
    expect((await admin.get(`/organisationer/${slug}`)).body).not.toContain('fortrudt@example.dk');
    expect((await anonymousBrowser(t).get(path)).statusCode).toBe(404);
  });

  it('re-renders the form with a message for a bad address or someone already a member', async () => {
    const admin = await browserOf(t, mette);
    const bad = await admin.post(`/organisationer/${slug}/inviter`, {
      email: 'ikke en adresse',
      role: 'member',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Skriv en gyldig e-mailadresse');
    expect(bad.body).toContain('value="ikke en adresse"');
    const existing = await admin.post(`/organisationer/${slug}/inviter`, {
      email: ahmed.email,
      role: 'member',
    });
    expect(existing.statusCode).toBe(422);
    expect(existing.body).toContain('allerede medlem');
    expect(await t.takeMail()).toHaveLength(0);
  });

  it('refuses invitations, withdrawals, role changes and removals by a plain member (403)', async () => {
    const member = await browserOf(t, ahmed);
    const invite = await member.post(`/organisationer/${slug}/inviter`, {
      email: 'x@example.dk',
      role: 'admin',
    });
    expect(invite.statusCode).toBe(403);
    const promote = await member.post(`/organisationer/${slug}/medlemmer/${ahmed.id}/rolle`, {
      role: 'admin',
    });
    expect(promote.statusCode).toBe(403);
    const remove = await member.post(`/organisationer/${slug}/medlemmer/${mette.id}/fjern`, {
      bekraeft: 'ja',
    });
    expect(remove.statusCode).toBe(403);
    expect((await member.get(`/organisationer/${slug}/medlemmer/${mette.id}/fjern`)).statusCode).toBe(403);
    expect(await roleOf(t, slug, mette)).toBe('admin');
    expect(await roleOf(t, slug, ahmed)).toBe('member');
    expect(await t.takeMail()).toHaveLength(0);
  });

  it('folds repeated invitations of one address into one mail carrying the newest link', async () => {
    const admin = await browserOf(t, mette);
    await admin.post(`/organisationer/${slug}/inviter`, { email: 'gentaget@example.dk', role: 'member' });
    const sent = await t.takeMail();
    for (let index = 0; index < 20; index += 1) {
      await admin.post(`/organisationer/${slug}/inviter`, { email: 'gentaget@example.dk', role: 'member' });
    }
    sent.push(...(await t.takeMail()));
    expect(sent.filter((mail) => mail.to === 'gentaget@example.dk')).toHaveLength(2);
    const newest = invitationPathFromMail(sent.at(-1)?.text);
    expect((await anonymousBrowser(t).get(newest)).statusCode).toBe(200);
  });

  it('stops an organisation after 50 invitations in a day', async () => {
    const other = await createPerson(t.ctx, { name: 'Travl Formand' });
    const busy = await givenOrganisation(t, 'Travl Forening', [[other, 'admin']]);
    const admin = await browserOf(t, other);
    for (let index = 0; index < 50; index += 1) {
      const response = await admin.post(`/organisationer/${busy}/inviter`, {
        email: `n${index}@example.dk`,
        role: 'member',
      });
      expect(response.statusCode).toBe(303);
    }
    const refused = await admin.post(`/organisationer/${busy}/inviter`, {
      email: 'n50@example.dk',
      role: 'member',
    });
    expect(refused.statusCode).toBe(429);
    expect(await t.takeMail()).toHaveLength(50);
  });
});
