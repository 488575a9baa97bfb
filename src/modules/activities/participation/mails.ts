import { formatInterval } from '#src/platform/dates/format.ts';
import { type Message, type MessageKeyWith, translator } from '#src/platform/i18n.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';

export interface MailActivity {
  id: number;
  title: string;
  where: string;
}

export interface MailLinks {
  /** The activity's page. */
  page: string;
  /** Cancel the sign-up without logging in. */
  cancel: string;
}

/** Every subject names the activity (`{title}`); the body is a message with its own values. */
function compose(
  to: MailRecipient,
  subject: MessageKeyWith<'title'>,
  title: string,
  body: Message,
): MailMessage {
  const t = translator(to.locale);
  return {
    to: to.email,
    subject: t.t(subject, { title }),
    text: mailText(t, to.name, [t.message(body)]),
  };
}

function common(to: MailRecipient, activity: MailActivity, startsAt: number, endsAt: number) {
  return { title: activity.title, where: activity.where, when: formatInterval(to.locale, startsAt, endsAt) };
}

export type SignUpOutcome = 'joined' | 'waiting' | 'promoted';

/** Confirms a seat, a place on the waiting list, or that someone moved up from it. */
export function signUpMail(
  to: MailRecipient,
  outcome: SignUpOutcome,
  activity: MailActivity,
  occurrence: { startsAt: number; endsAt: number },
  links: MailLinks,
): MailMessage {
  return compose(to, `activities.mail.${outcome}.subject`, activity.title, {
    key: `activities.mail.${outcome}.body`,
    params: {
      ...common(to, activity, occurrence.startsAt, occurrence.endsAt),
      page: links.page,
      cancel: links.cancel,
    },
  });
}

/** Sent only to correct a sign-up mail still waiting to go out (folded): the person left again. */
export function leftMail(
  to: MailRecipient,
  activity: MailActivity,
  occurrence: { startsAt: number; endsAt: number },
  page: string,
): MailMessage {
  return compose(to, 'activities.mail.left.subject', activity.title, {
    key: 'activities.mail.left.body',
    params: {
      ...common(to, activity, occurrence.startsAt, occurrence.endsAt),
      page,
    },
  });
}

/** The link a guest must click before their sign-up counts. */
export function confirmMail(
  to: MailRecipient,
  activity: MailActivity,
  occurrence: { startsAt: number; endsAt: number },
  confirmLink: string,
): MailMessage {
  return compose(to, 'activities.mail.confirm.subject', activity.title, {
    key: 'activities.mail.confirm.body',
    params: {
      ...common(to, activity, occurrence.startsAt, occurrence.endsAt),
      link: confirmLink,
    },
  });
}

/** The whole activity, or one time of it, is cancelled. */
export function cancelledMail(
  to: MailRecipient,
  activity: MailActivity,
  occurrence: { startsAt: number; endsAt: number },
  reason: string,
  page: string,
): MailMessage {
  const t = translator(to.locale);
  return compose(to, 'activities.mail.cancelled.subject', activity.title, {
    key: 'activities.mail.cancelled.body',
    params: {
      ...common(to, activity, occurrence.startsAt, occurrence.endsAt),
      reason: reason === '' ? t.t('activities.mail.noReason') : reason,
      page,
    },
  });
}

/** The time changed, for the whole activity or one time of a series. */
export function movedMail(
  to: MailRecipient,
  activity: MailActivity,
  before: { startsAt: number; endsAt: number },
  after: { startsAt: number; endsAt: number },
  links: MailLinks,
): MailMessage {
  return compose(to, 'activities.mail.moved.subject', activity.title, {
    key: 'activities.mail.moved.body',
    params: {
      ...common(to, activity, after.startsAt, after.endsAt),
      before: formatInterval(to.locale, before.startsAt, before.endsAt),
      page: links.page,
      cancel: links.cancel,
    },
  });
}
