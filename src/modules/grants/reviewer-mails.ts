import { formatDkk } from '#src/modules/grants/amounts.ts';
import { applicantName, facts, type Movement, reviewUrl } from '#src/modules/grants/mails.ts';
import type { Application } from '#src/modules/grants/model.ts';
import { translator } from '#src/platform/i18n.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';

/**
 * The grant e-mails to a pool's reviewers, each in the reviewer's language: every change of an
 * application they may be waiting on, so no one votes on a case that is closed. The person who
 * made the change is not told about it (see `mailReviewers`).
 */

/** To each reviewer: a new application (or one sent again after more information) to vote on. */
export function submittedToReviewer(
  to: MailRecipient,
  application: Application,
  resubmitted: boolean,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const params = { applicant: applicantName(t, application), title: application.title };
  return {
    to: to.email,
    subject: t.t(resubmitted ? 'grants.mail.resubmitted.subject' : 'grants.mail.submitted.subject', {
      title: application.title,
    }),
    text: mailText(t, to.name, [
      t.t(resubmitted ? 'grants.mail.resubmitted.intro' : 'grants.mail.submitted.intro', params),
      facts(t, application),
      t.t('grants.mail.submitted.next', {
        url: reviewUrl(baseUrl, application),
        days: application.targetDays,
      }),
    ]),
  };
}

export function reportToReviewer(to: MailRecipient, application: Application, baseUrl: string): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.report.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.report.intro', { applicant: applicantName(t, application) }),
      facts(t, application),
      t.t('grants.mail.report.next', { url: reviewUrl(baseUrl, application) }),
    ]),
  };
}

export function withdrawnToReviewer(
  to: MailRecipient,
  application: Application,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.withdrawn.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.withdrawn.intro', { applicant: applicantName(t, application) }),
      facts(t, application),
      t.t('grants.mail.withdrawn.next', { url: reviewUrl(baseUrl, application) }),
    ]),
  };
}

export type DecidedOutcome = 'approved' | 'rejected' | 'needs_info';

/** To the other reviewers: the application is decided (or sent back), so their votes are no longer needed. */
export function decidedToReviewer(
  to: MailRecipient,
  application: Application,
  decision: { outcome: DecidedOutcome; deciderName: string; grantedOre: number; reason: string },
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const params = {
    decider: decision.deciderName,
    title: application.title,
    granted: formatDkk(t, decision.grantedOre),
    requested: formatDkk(t, application.requestedOre),
  };
  const url = reviewUrl(baseUrl, application);
  const reasonLabel =
    decision.outcome === 'needs_info' ? 'grants.mail.line.question' : 'grants.mail.line.reason';
  return {
    to: to.email,
    subject: t.t(`grants.mail.decided.${decision.outcome}.subject`, { title: application.title }),
    text: mailText(t, to.name, [
      t.t(`grants.mail.decided.${decision.outcome}.intro`, params),
      facts(t, application),
      ...(decision.reason === '' ? [] : [`${t.t(reasonLabel)}: ${decision.reason}`]),
      decision.outcome === 'needs_info'
        ? t.t('grants.mail.decided.needs_info.next', { url })
        : t.t('grants.mail.decided.next', { url }),
    ]),
  };
}

/** To the reviewers: money has been paid out on an application. */
export function paidToReviewer(
  to: MailRecipient,
  application: Application,
  payout: Movement,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.paidReviewer.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.paidReviewer.intro', {
        amount: formatDkk(t, payout.amountOre),
        date: payout.bookedOn,
        title: application.title,
      }),
      facts(t, application),
      ...(payout.reference === '' ? [] : [`${t.t('grants.mail.line.reference')}: ${payout.reference}`]),
      t.t('grants.mail.paidReviewer.next', { url: reviewUrl(baseUrl, application) }),
    ]),
  };
}

/** To the reviewers: money paid back on an application, free to be granted again. */
export function returnedToReviewer(
  to: MailRecipient,
  application: Application,
  movement: Movement,
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('grants.mail.returnedReviewer.subject', { title: application.title }),
    text: mailText(t, to.name, [
      t.t('grants.mail.returnedReviewer.intro', {
        applicant: applicantName(t, application),
        amount: formatDkk(t, movement.amountOre),
        date: movement.bookedOn,
      }),
      facts(t, application),
      ...(movement.reference === '' ? [] : [`${t.t('grants.mail.line.reference')}: ${movement.reference}`]),
      t.t('grants.mail.returnedReviewer.next', { url: reviewUrl(baseUrl, application) }),
    ]),
  };
}
