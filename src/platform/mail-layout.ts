import type { Locale, Translator } from '#src/platform/i18n.ts';

/** Who a mail goes to: their name for the greeting and their language for the whole text. */
export interface MailRecipient {
  name: string;
  email: string;
  locale: Locale;
}

/** A paragraph of a mail: one text, or lines kept together without a blank line between them. */
export type MailParagraph = string | readonly string[];

/**
 * The text of every Byliv mail, in the reader's language: the greeting (by name when the reader has
 * one here), the paragraphs with a blank line between them, and the one signature.
 */
export function mailText(t: Translator, name: string | null, paragraphs: readonly MailParagraph[]): string {
  const greeting = name === null ? t.t('mail.greetingNoName') : t.t('mail.greeting', { name });
  const body = paragraphs.map((paragraph) =>
    typeof paragraph === 'string' ? paragraph : paragraph.join('\n'),
  );
  return [greeting, ...body, t.t('mail.signature')].join('\n\n');
}
