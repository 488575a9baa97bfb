import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobHandlers } from '#src/job-handlers.ts';
import type { AppContext } from '#src/platform/context.ts';
import { runDueJobs } from '#src/platform/jobs.ts';
import { mailFolder, queueMail } from '#src/platform/mail.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp, testConfig } from '#src/testing/test-app.ts';

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a random local port, without TLS or log-in, collecting what it receives. */
async function startSmtpServer(): Promise<{
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The body of a received message with quoted-printable soft line breaks and escapes undone. */
function decodedBody(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

describe('sending mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
        MAIL_FROM: 'Byliv <no-reply@byliv.example>',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(async () => {
    await t.ctx.db.kysely.deleteFrom('jobs').execute();
    smtp.received.length = 0;
  });

  /** The same app and database, with other mail settings. */
  function withMailSettings(env: Record<string, string>): AppContext {
    return { ...t.ctx, config: testConfig(t.config.dataDir, env) };
  }

  it('writes each message to the mail folder as an .eml file when no SMTP server is set', async () => {
    const ctx = withMailSettings({});
    const now = t.clock.now();
    await queueMail(ctx.db.kysely, now, { to: 'anna@example.dk', subject: 'Første', text: 'Hej Anna' });
    await queueMail(ctx.db.kysely, now, { to: 'anna@example.dk', subject: 'Anden', text: 'Hej igen' });

    expect(await runDueJobs(ctx, jobHandlers)).toBe(2);

    const folder = mailFolder(ctx.config);
    const files = readdirSync(folder).filter((name) => name.endsWith('.eml'));
    expect(files).toHaveLength(2);
    const messages = files.map((name) => readFileSync(join(folder, name), 'utf8'));
    expect(messages.every((message) => message.includes('To: anna@example.dk'))).toBe(true);
    expect(messages.some((message) => message.includes('Hej Anna'))).toBe(true);
    expect(messages.some((message) => message.includes('Hej igen'))).toBe(true);
    expect(smtp.received).toEqual([]);
  });

  it('sends the verification mail of a new registration over SMTP, with its link', async () => {
    const agent = new TestAgent(t.app);
    await agent.get('/opret-konto');
    const registered = await agent.post('/opret-konto', {
      name: 'Mette Holm',
      email: 'mette@example.dk',
      password: 'en lang og god adgangskode',
    });
    expect(registered.statusCode).toBe(302);

    expect(await runDueJobs(t.ctx, jobHandlers)).toBeGreaterThanOrEqual(1);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.from).toBe('no-reply@byliv.example');
    expect(mail?.to).toEqual(['mette@example.dk']);
    expect(decodedBody(mail?.raw ?? '')).toMatch(/http:\/\/localhost:3000\/bekraeft-email\?token=[\w-]+/);
    const job = await t.ctx.db.kysely.selectFrom('jobs').select(['status']).executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
  });

  it('keeps the message queued for a retry when the SMTP server cannot be reached', async () => {
    const closed = await startSmtpServer();
    await closed.close();
    const ctx = withMailSettings({ SMTP_URL: `smtp://127.0.0.1:${closed.port}?ignoreTLS=true` });
    await queueMail(ctx.db.kysely, t.clock.now(), { to: 'ole@example.dk', subject: 'Hej', text: 'Hej Ole' });

    await runDueJobs(ctx, jobHandlers);

    const job = await ctx.db.kysely.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job.last_error).toMatch(/ECONNREFUSED/);
  });
});
