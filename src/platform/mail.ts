import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import nodemailer from 'nodemailer';
import type { Config } from '#src/config.ts';
import type { Database } from '#src/db/schema.ts';
import type { AppContext } from '#src/platform/context.ts';
import { enqueueJob, type JobHandler } from '#src/platform/jobs.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Calendar attachments and the like. */
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

export const MAIL_JOB = 'mail.send';

/** Queues a message in the same transaction as the action that caused it. */
export async function queueMail(
  db: Kysely<Database> | Transaction<Database>,
  now: number,
  message: MailMessage,
): Promise<void> {
  await enqueueJob(db, now, MAIL_JOB, message);
}

function isMailMessage(value: unknown): value is MailMessage {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.to === 'string' &&
    typeof candidate.subject === 'string' &&
    typeof candidate.text === 'string'
  );
}

/** The folder mail is written to when no SMTP server is configured. */
export function mailFolder(config: Config): string {
  return join(config.dataDir, 'mail');
}

/**
 * Writes the message as an .eml file under `<dataDir>/mail/`. The name sorts by time and carries a
 * random part, so two messages to one person in the same millisecond never overwrite each other.
 */
async function writeToFolder(config: Config, message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from: config.mailFrom, ...message });
  const folder = mailFolder(config);
  await mkdir(folder, { recursive: true });
  const safeTo = message.to.replace(/[^a-zA-Z0-9@._-]/g, '_').slice(0, 100);
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}-${safeTo}.eml`;
  await writeFile(join(folder, name), info.message as Buffer, { mode: 0o600 });
}

/**
 * Sends through the SMTP server in `SMTP_URL`. Options in its query string go to nodemailer as
 * they are (e.g. `?ignoreTLS=true` for a local server without TLS, `?tls.rejectUnauthorized=false`).
 * Time-outs are short so a silent server fails the attempt and the job retries later.
 */
async function sendSmtp(config: Config, smtpUrl: string, message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  try {
    await transport.sendMail({ from: config.mailFrom, ...message });
  } finally {
    transport.close();
  }
}

export const sendMailJob: JobHandler = async (ctx: AppContext, payload: unknown) => {
  if (!isMailMessage(payload)) throw new Error('mail job payload is not a message');
  if (ctx.config.smtpUrl === null) await writeToFolder(ctx.config, payload);
  else await sendSmtp(ctx.config, ctx.config.smtpUrl, payload);
};
