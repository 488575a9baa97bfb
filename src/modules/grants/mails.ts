import { formatDkk } from '#src/modules/grants/amounts.ts';
import type { Application } from '#src/modules/grants/model.ts';
import { type Translator, translator } from '#src/platform/i18n.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';

/**
 * The grant e-mails, each in its recipient's language: what happened, then what to do next.
 * Built here, queued by the services in the transaction of the action.
 */

export function facts(t: Translator, application: Application): string[] {
  const lines = [
    `${t.t('grants.mail.line.title')}: ${application.title}`,
    `${t.t('grants.mail.line.pool')}: ${application.poolTitle}`,
    `${t.t('grants.mail.line.requested')}: ${formatDkk(t, application.requestedOre)}`,
  ];
  if (application.organisationName !== null) {
    lines.push(`${t.t('grants.mail.line.organisation')}: ${application.organisationName}`);
  }
  if (application.startsOn !== null && application.endsOn !== null) {
    lines.push(`${t.t('grants.mail.line.when')}: ${application.startsOn} – ${application.endsOn}`);
  }
  return lines;
}

export function reviewUrl(baseUrl: string, application: Application): string {
  return `${baseUrl}/puljer/${encodeURIComponent(application.poolSlug)}/ansogninger/${application.id}`;
}

export function mineUrl(baseUrl: string, application: Application, suffix = ''): string {
  return `${baseUrl}/mine-ansogninger/${application.id}${suffix}`;
}

export function applicantName(t: Translator, application: Application): string {
  return application.applicantName ?? t.t('accounts.deletedUser');
}

/** To the applicant: a receipt for the submission, or for sending it again with the answers. */
export function receiptToApplicant(
  to: MailRecipient,
  application: Application,
  resubmitted: boolean,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t(resubmitted ? 'grants.mail.resubmitReceipt.subject' : 'grants.mail.receipt.subject', {
      title: application.title,
    }),
    text: mailText(t, to.name, [
      resubmitted
        ? t.t('grants.mail.resubmitReceipt.intro', { pool: application.poolTitle })
        : t.t('grants.mail.receipt.intro', { pool: application.poolTitle }),
      facts(t, application),
      t.t('grants.mail.receipt.next', { url: mineUrl(baseUrl, application), days: application.targetDays }),
    ]),
  };
}

export function approvedToApplicant(
  to: MailRecipient,
  application: Application,
  grantedOre: number,
  note: string,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const smaller = grantedOre < application.requestedOre;
  return {
    to: to.email,
    subject: t.t('grants.mail.approved.subject', { title: application.title }),
    text: mailText(t, to.name, [
      smaller
        ? t.t('grants.mail.approved.introSmaller', {
            granted: formatDkk(t, grantedOre),
            requested: formatDkk(t, application.requestedOre),
          })
        : t.t('grants.mail.approved.intro', { granted: formatDkk(t, grantedOre) }),
      facts(t, application),
      ...(note === '' ? [] : [`${t.t('grants.mail.line.note')}: ${note}`]),
      t.t('grants.mail.approved.next', { url: mineUrl(baseUrl, application) }),
    ]),
  };
}

export function rejectedToApplicant(
  to: MailRecipient,
  application: Application,
  reason: string,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.rejected.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.rejected.intro', { pool: application.poolTitle }),
      facts(t, application),
      `${t.t('grants.mail.line.reason')}: ${reason}`,
      t.t('grants.mail.rejected.next', {
        url: `${baseUrl}/puljer/${encodeURIComponent(application.poolSlug)}`,
      }),
    ]),
  };
}

export function needsInfoToApplicant(
  to: MailRecipient,
  application: Application,
  message: string,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.needsInfo.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.needsInfo.intro'),
      facts(t, application),
      `${t.t('grants.mail.line.question')}: ${message}`,
      t.t('grants.mail.needsInfo.next', { url: mineUrl(baseUrl, application, '/rediger') }),
    ]),
  };
}

export function paidToApplicant(
  to: MailRecipient,
  application: Application,
  payout: Movement,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.paid.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.paid.intro', { amount: formatDkk(t, payout.amountOre), date: payout.bookedOn }),
      facts(t, application),
      ...(payout.reference === '' ? [] : [`${t.t('grants.mail.line.reference')}: ${payout.reference}`]),
      t.t('grants.mail.paid.next', { url: mineUrl(baseUrl, application, '/rapport') }),
    ]),
  };
}

export function reportReminderToApplicant(
  to: MailRecipient,
  application: Application,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.reminder.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.reminder.intro', { date: application.endsOn ?? '' }),
      facts(t, application),
      t.t('grants.mail.reminder.next', { url: mineUrl(baseUrl, application, '/rapport') }),
    ]),
  };
}

/** To the applicant: a receipt for withdrawing, saying what became of an approved grant. */
export function withdrawnToApplicant(
  to: MailRecipient,
  application: Application,
  wasApproved: boolean,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.withdrawnReceipt.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t(wasApproved ? 'grants.mail.withdrawnReceipt.introApproved' : 'grants.mail.withdrawnReceipt.intro', {
        pool: application.poolTitle,
      }),
      facts(t, application),
      t.t('grants.mail.withdrawnReceipt.next', {
        url: `${baseUrl}/puljer/${encodeURIComponent(application.poolSlug)}`,
      }),
    ]),
  };
}

export interface Movement {
  amountOre: number;
  bookedOn: string;
  reference: string;
}

/** To the applicant: money they paid back has been recorded. */
export function returnedToApplicant(
  to: MailRecipient,
  application: Application,
  movement: Movement,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.returned.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.returned.intro', {
        amount: formatDkk(t, movement.amountOre),
        date: movement.bookedOn,
      }),
      facts(t, application),
      ...(movement.reference === '' ? [] : [`${t.t('grants.mail.line.reference')}: ${movement.reference}`]),
      t.t('grants.mail.returned.next', { url: mineUrl(baseUrl, application) }),
    ]),
  };
}

/** To the applicant: a receipt for the report, with where to correct it. */
export function reportReceiptToApplicant(
  to: MailRecipient,
  application: Application,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.reportReceipt.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.reportReceipt.intro'),
      facts(t, application),
      t.t('grants.mail.reportReceipt.next', { url: mineUrl(baseUrl, application, '/rapport') }),
    ]),
  };
}
