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
const FROM = 'Byliv <no-reply@byliv.local>';

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

/** Writes the message as an .eml file under `<dataDir>/mail/` when no SMTP server is configured. */
async function writeToFolder(config: Config, message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from: FROM, ...message });
  const folder = join(config.dataDir, 'mail');
  await mkdir(folder, { recursive: true });
  const safeTo = message.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
  await writeFile(join(folder, `${Date.now()}-${safeTo}.eml`), info.message as Buffer);
}

async function sendSmtp(smtpUrl: string, message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail({ from: FROM, ...message });
  } finally {
    transport.close();
  }
}

export const sendMailJob: JobHandler = async (ctx: AppContext, payload: unknown) => {
  if (!isMailMessage(payload)) throw new Error('mail job payload is not a message');
  if (ctx.config.smtpUrl === null) await writeToFolder(ctx.config, payload);
  else await sendSmtp(ctx.config.smtpUrl, payload);
};
