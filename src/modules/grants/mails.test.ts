import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateApplication, withdrawApplication } from '#src/modules/grants/applications/service.ts';
import { recordPayout, recordReturn } from '#src/modules/grants/money/service.ts';
import { submitReport } from '#src/modules/grants/reports/service.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { castVote } from '#src/modules/grants/review/service.ts';
import {
  applicationInput,
  asUser,
  createGrantsWorld,
  type GrantsWorld,
  submitApplication,
} from '#src/modules/grants/test-support.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** Who got which subjects, by address; people who got nothing are absent. */
function subjectsByRecipient(mail: MailMessage[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const message of mail) out[message.to] = [...(out[message.to] ?? []), message.subject];
  return out;
}

/** The one message to this address, with Intl's no-break spaces (in amounts) read as spaces. */
function mailTo(mail: MailMessage[], email: string): MailMessage {
  const found = mail.find((message) => message.to === email);
  if (found === undefined) throw new Error(`no mail to ${email}`);
  return { ...found, text: found.text.replace(/\u00a0/g, ' ') };
}

describe('e-mail to the applicant and the reviewers on each change of state', () => {
  let t: TestApp;
  let world: GrantsWorld;
  // The chair (Danish) is a reviewer and makes the decisions and payouts; the other reviewer reads English.
  const chair = () => asUser(world.chair, 'Lars Formand');
  const applicant = () => asUser(world.applicant);

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx, { budgetOre: 10_000_000 });
    await t.ctx.db.kysely
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', world.reviewer.id)
      .execute();
    await t.takeMail();
  });
  afterAll(async () => {
    await t.close();
  });

  async function approved(title: string, amountOre?: number): Promise<number> {
    const id = await submitApplication(t.ctx, world, applicationInput({ title }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await decideApplication(t.ctx, chair(), world.pool.slug, id, {
      outcome: 'approve',
      amount: { ore: amountOre },
    });
    await t.takeMail();
    return id;
  }

  async function paid(title: string): Promise<number> {
    const id = await approved(title);
    await recordPayout(t.ctx, chair(), world.pool.slug, id, {
      date: '2026-12-01',
      amount: { ore: 250_000 },
      reference: 'Bilag 1',
    });
    await t.takeMail();
    return id;
  }

  it('on a submission: a receipt to the applicant and a call to vote to every reviewer', async () => {
    await submitApplication(t.ctx, world, applicationInput({ title: 'Bænk' }));
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Vi har modtaget din ansøgning: Bænk'],
      [world.chair.email]: ['Ny ansøgning at bedømme: Bænk'],
      [world.reviewer.email]: ['New application to review: Bænk'],
    });
  });

  it('does not ask a reviewer to review their own application; they get the receipt only', async () => {
    await submitApplication(t.ctx, world, applicationInput({ title: 'Egen idé' }), world.reviewer);
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.reviewer.email]: ['We have received your application: Egen idé'],
      [world.chair.email]: ['Ny ansøgning at bedømme: Egen idé'],
    });
  });

  it('on a request for more information: the question to the applicant, and the other reviewers hear the case waits', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Plantekasser' }));
    await t.takeMail();
    await decideApplication(t.ctx, chair(), world.pool.slug, id, {
      outcome: 'needs_info',
      amount: { ore: undefined },
      reason: 'Hvem vander?',
    });
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Vi mangler oplysninger om din ansøgning: Plantekasser'],
      [world.reviewer.email]: ['Sent back to the applicant: Plantekasser'],
    });
    const toReviewer = mailTo(mail, world.reviewer.email).text;
    expect(toReviewer).toContain('Lars Formand has asked the applicant for more information');
    expect(toReviewer).toContain("The reviewers' question: Hvem vander?");
    expect(toReviewer).toContain('You will be told when the application is sent again');
    expect(toReviewer).toContain(`/puljer/${world.pool.slug}/ansogninger/${id}`);

    await updateApplication(t.ctx, applicant(), id, applicationInput({ title: 'Plantekasser' }), true);
    expect(subjectsByRecipient(await t.takeMail())).toEqual({
      [world.applicant.email]: ['Vi har modtaget dine svar: Plantekasser'],
      [world.chair.email]: ['Ansøgning sendt igen: Plantekasser'],
      [world.reviewer.email]: ['Application sent again: Plantekasser'],
    });
  });

  it('on an approval: the grant to the applicant, and the other reviewers hear that the case is closed', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Byttehylde' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'approve');
    await t.takeMail();
    await decideApplication(t.ctx, chair(), world.pool.slug, id, {
      outcome: 'approve',
      amount: { ore: 200_000 },
    });
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Din ansøgning er bevilget: Byttehylde'],
      [world.reviewer.email]: ['Decided – approved: Byttehylde'],
    });
    const toReviewer = mailTo(mail, world.reviewer.email).text;
    expect(toReviewer).toContain('Hello Fatima Bedømmer');
    expect(toReviewer).toContain('Lars Formand has granted DKK 2,000 to "Byttehylde" (requested: DKK 2,500)');
    expect(toReviewer).toContain('no more votes are needed');
    expect(toReviewer).toContain(`/puljer/${world.pool.slug}/ansogninger/${id}`);
  });

  it('on a rejection: the reason to the applicant, and the other reviewers hear the decision and its reason', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Koncert' }));
    await castVote(t.ctx, asUser(world.reviewer), world.pool.slug, id, 'reject');
    await t.takeMail();
    await decideApplication(t.ctx, chair(), world.pool.slug, id, {
      outcome: 'reject',
      amount: { ore: undefined },
      reason: 'Ingen entré-arrangementer.',
    });
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Din ansøgning er afvist: Koncert'],
      [world.reviewer.email]: ['Decided – rejected: Koncert'],
    });
    expect(mailTo(mail, world.reviewer.email).text).toContain('Reason: Ingen entré-arrangementer.');
  });

  it('on a payout: the applicant is told and asked for a report, the other reviewers are told', async () => {
    const id = await approved('Grøn lomme');
    await recordPayout(t.ctx, chair(), world.pool.slug, id, {
      date: '2026-12-02',
      amount: { ore: 100_000 },
      reference: 'Bilag 7',
    });
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Pengene er udbetalt: Grøn lomme'],
      [world.reviewer.email]: ['Paid out: Grøn lomme'],
    });
    const toReviewer = mailTo(mail, world.reviewer.email).text;
    expect(toReviewer).toContain('DKK 1,000 was paid out on 2026-12-02');
    expect(toReviewer).toContain('Reference: Bilag 7');
  });

  it('on a return: a receipt to the applicant and word to the other reviewers that the money can be granted again', async () => {
    const id = await paid('Fællesspisning');
    await recordReturn(t.ctx, chair(), world.pool.slug, id, {
      date: '2026-12-20',
      amount: { ore: 40_000 },
      reference: 'Overskud',
    });
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Vi har registreret din tilbagebetaling: Fællesspisning'],
      [world.reviewer.email]: ['Paid back: Fællesspisning'],
    });
    const toApplicant = mailTo(mail, world.applicant.email).text;
    expect(toApplicant).toContain('du har betalt 400 kr. tilbage den 2026-12-20');
    expect(toApplicant).toContain('Reference: Overskud');
    expect(toApplicant).toContain(`/mine-ansogninger/${id}`);
    expect(mailTo(mail, world.reviewer.email).text).toContain(
      'Jonas Ansøger paid back DKK 400 on 2026-12-20. The amount has gone back to the pool',
    );
  });

  it('on a report: a receipt to the applicant and the report to every reviewer', async () => {
    const id = await paid('Vinterbål');
    await submitReport(t.ctx, applicant(), id, { text: 'Det gik fint.', actualSpend: { ore: 240_000 } });
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Tak for din rapport: Vinterbål'],
      [world.chair.email]: ['Rapport modtaget: Vinterbål'],
      [world.reviewer.email]: ['Report received: Vinterbål'],
    });
    expect(mailTo(mail, world.applicant.email).text).toContain(`/mine-ansogninger/${id}/rapport`);

    await submitReport(t.ctx, applicant(), id, { text: 'Rettet.', actualSpend: { ore: 240_000 } });
    expect(await t.takeMail()).toEqual([]);
  });

  it('on a withdrawal: a receipt to the applicant and word to every reviewer', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Fortrudt' }));
    await t.takeMail();
    await withdrawApplication(t.ctx, applicant(), id);
    const mail = await t.takeMail();
    expect(subjectsByRecipient(mail)).toEqual({
      [world.applicant.email]: ['Du har trukket din ansøgning tilbage: Fortrudt'],
      [world.chair.email]: ['Ansøgning trukket tilbage: Fortrudt'],
      [world.reviewer.email]: ['Application withdrawn: Fortrudt'],
    });
    expect(mailTo(mail, world.applicant.email).text).not.toContain('Bevillingen');
  });

  it('tells an applicant who withdraws after approval that the grant went back to the pool, in their language', async () => {
    const id = await approved('Skur');
    await t.ctx.db.kysely
      .updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', world.applicant.id)
      .execute();
    try {
      await withdrawApplication(t.ctx, applicant(), id);
      const toApplicant = mailTo(await t.takeMail(), world.applicant.email);
      expect(toApplicant.subject).toBe('You have withdrawn your application: Skur');
      expect(toApplicant.text).toContain('The grant has gone back to the pool, so nothing will be paid out.');
      expect(toApplicant.text).toContain(`/puljer/${world.pool.slug}`);
    } finally {
      await t.ctx.db.kysely
        .updateTable('users')
        .set({ locale: 'da' })
        .where('id', '=', world.applicant.id)
        .execute();
    }
  });

  it('queues nothing when the change is refused', async () => {
    const id = await submitApplication(t.ctx, world, applicationInput({ title: 'Afvist beløb' }));
    await t.takeMail();
    await expect(
      decideApplication(t.ctx, chair(), world.pool.slug, id, {
        outcome: 'reject',
        amount: { ore: undefined },
      }),
    ).rejects.toThrow();
    await expect(
      recordPayout(t.ctx, chair(), world.pool.slug, id, {
        date: '2026-12-02',
        amount: { ore: 1 },
        reference: '',
      }),
    ).rejects.toThrow();
    expect(await t.takeMail()).toEqual([]);
  });
});
