import { contactPath } from '#src/modules/giving/model.ts';
import { translator } from '#src/platform/i18n.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';

/**
 * The give-board's e-mails, each in its recipient's language. Until both have said yes, a mail
 * names the other person but never carries their address; Byliv is the sender, so a reply does
 * not reach them either.
 */

/** To the poster: someone would like this (or can help); answer on Byliv. */
export function contactRequestMail(
  to: MailRecipient,
  request: { requesterName: string; title: string; message: string; contactId: number },
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  const quoted = request.message
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return {
    to: to.email,
    subject: t.t('giving.mail.request.subject', { title: request.title }),
    text: mailText(t, to.name, [
      t.t('giving.mail.request.intro', { name: request.requesterName, title: request.title }),
      quoted,
      t.t('giving.mail.request.next', {
        name: request.requesterName,
        url: `${baseUrl}${contactPath(request.contactId)}`,
      }),
    ]),
  };
}

/** To each of the two once the poster said yes: the other's name and address. */
export function contactAcceptedMail(
  to: MailRecipient,
  other: { name: string; email: string },
  request: { title: string; contactId: number },
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('giving.mail.accepted.subject', { title: request.title }),
    text: mailText(t, to.name, [
      t.t('giving.mail.accepted.body', {
        other: other.name,
        email: other.email,
        title: request.title,
        url: `${baseUrl}${contactPath(request.contactId)}`,
      }),
    ]),
  };
}

/** To the requester when the poster said no thanks: no address of either. */
export function contactDeclinedMail(
  to: MailRecipient,
  request: { posterName: string; title: string },
  baseUrl: string,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t('giving.mail.declined.subject', { title: request.title }),
    text: mailText(t, to.name, [
      t.t('giving.mail.declined.body', {
        name: request.posterName,
        title: request.title,
        url: `${baseUrl}/giv`,
      }),
    ]),
  };
}
