import type { ContentType } from '#src/modules/moderation/registry.ts';
import type { DecisionAction } from '#src/modules/moderation/tables.ts';
import { translator } from '#src/platform/i18n.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';

export interface DecidedContent {
  type: ContentType;
  id: number;
  title: string;
  path: string;
  note: string;
  action: Exclude<DecisionAction, 'dismiss'>;
}

/** The report page, which shows the owner of hidden content the form to ask for another review. */
export function appealPath(type: ContentType, id: number): string {
  return `/rapporter?type=${type}&id=${id}`;
}

/**
 * To the owner when an administrator hides their content (why, and how to ask for another review)
 * or restores it. In the owner's language; reporters are never named.
 */
export function decisionMail(to: MailRecipient, content: DecidedContent, baseUrl: string): MailMessage {
  const t = translator(to.locale);
  const params = {
    yourType: t.t(`moderation.yourType.${content.type}`),
    title: content.title,
    note: content.note,
    url: `${baseUrl}${content.action === 'hide' ? appealPath(content.type, content.id) : content.path}`,
  };
  const hidden = content.action === 'hide';
  return {
    to: to.email,
    subject: t.t(hidden ? 'moderation.mail.hidden.subject' : 'moderation.mail.restored.subject', params),
    text: mailText(t, to.name, [
      t.t(hidden ? 'moderation.mail.hidden.body' : 'moderation.mail.restored.body', params),
    ]),
  };
}
