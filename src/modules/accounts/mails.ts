import type { Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { insertUserToken } from '#src/modules/accounts/queries.ts';
import type { UserTokenPurpose } from '#src/modules/accounts/tables.ts';
import type { AppContext } from '#src/platform/context.ts';
import { translator } from '#src/platform/i18n.ts';
import { queueMail } from '#src/platform/mail.ts';
import { type MailRecipient, mailText } from '#src/platform/mail-layout.ts';
import { HOUR } from '#src/platform/time.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';

export const VERIFY_EMAIL_LIFETIME = 48 * HOUR;
export const RESET_PASSWORD_LIFETIME = 1 * HOUR;

/** An account holder: their mail links carry their id. */
interface AccountRecipient extends MailRecipient {
  id: number;
}

const LINKS: Record<UserTokenPurpose, { path: string; lifetime: number }> = {
  verify_email: { path: '/bekraeft-email', lifetime: VERIFY_EMAIL_LIFETIME },
  reset_password: { path: '/nulstil-adgangskode', lifetime: RESET_PASSWORD_LIFETIME },
};

/** Stores a single-use link's hash and returns the full link to put in a mail. */
async function createLink(
  ctx: AppContext,
  trx: Transaction<Database>,
  userId: number,
  purpose: UserTokenPurpose,
): Promise<string> {
  const now = ctx.clock.now();
  const token = newToken();
  const { path, lifetime } = LINKS[purpose];
  await insertUserToken(trx, {
    tokenHash: hashToken(token),
    userId,
    purpose,
    createdAt: now,
    expiresAt: now + lifetime,
  });
  const base = ctx.config.baseUrl.replace(/\/+$/, '');
  return `${base}${path}?token=${encodeURIComponent(token)}`;
}

/** Queues the "confirm your e-mail address" mail with a fresh 48-hour link. */
export async function queueVerificationMail(
  ctx: AppContext,
  trx: Transaction<Database>,
  recipient: AccountRecipient,
): Promise<void> {
  const link = await createLink(ctx, trx, recipient.id, 'verify_email');
  const t = translator(recipient.locale);
  await queueMail(trx, ctx.clock.now(), {
    to: recipient.email,
    subject: t.t('accounts.mail.verify.subject'),
    text: mailText(t, recipient.name, [t.t('accounts.mail.verify.body', { link, hours: 48 })]),
  });
}

/** Queues the "choose a new password" mail with a fresh one-hour link. */
export async function queuePasswordResetMail(
  ctx: AppContext,
  trx: Transaction<Database>,
  recipient: AccountRecipient,
): Promise<void> {
  const link = await createLink(ctx, trx, recipient.id, 'reset_password');
  const t = translator(recipient.locale);
  const base = ctx.config.baseUrl.replace(/\/+$/, '');
  await queueMail(trx, ctx.clock.now(), {
    to: recipient.email,
    subject: t.t('accounts.mail.reset.subject'),
    text: mailText(t, recipient.name, [
      t.t('accounts.mail.reset.body', { link, again: `${base}/glemt-adgangskode` }),
    ]),
  });
}
