import { expect, test } from '@playwright/test';
import nodemailer from 'nodemailer';
import { decodeQuotedPrintable, linksIn, parseMail } from './support/mime.ts';

// The browser tests follow links from the server's mail; these check the reader itself on mail
// built by the same library the server uses, so a decoding slip cannot pass for a server bug.

async function build(message: nodemailer.SendMailOptions): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({ from: 'Byliv <no-reply@byliv.local>', ...message });
  return (info.message as Buffer).toString('latin1');
}

const LONG_LINK = `http://127.0.0.1:3199/bekraeft-email?token=${'aB3-_x'.repeat(20)}`;

test('the mail reader decodes a quoted-printable body whose long link was wrapped', async () => {
  const raw = await build({
    to: 'Søren Ærø <soren@example.com>',
    subject: 'Bekræft din e-mailadresse på Byliv',
    text: `Hej Søren\n\nÅbn linket for at bekræfte din adresse:\n${LONG_LINK}\n\nLinket virker i 24 timer.`,
  });
  expect(raw).toMatch(/quoted-printable/i);
  expect(raw).toMatch(/=\n/);

  const mail = parseMail(raw);
  expect(mail.to).toEqual(['soren@example.com']);
  expect(mail.subject).toBe('Bekræft din e-mailadresse på Byliv');
  expect(mail.text).toContain('Åbn linket');
  expect(linksIn(mail.text)).toEqual([LONG_LINK]);
});

test('the mail reader finds the plain text in a multipart mail with an attachment', async () => {
  const raw = await build({
    to: 'ida@example.com',
    subject: 'Invitation',
    text: 'Se mere på http://127.0.0.1:3199/organisationer/abc.',
    html: '<p>Se mere</p>',
    attachments: [{ filename: 'a.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' }],
  });
  const mail = parseMail(raw);
  expect(mail.text).toBe('Se mere på http://127.0.0.1:3199/organisationer/abc.');
  expect(linksIn(mail.text)).toEqual(['http://127.0.0.1:3199/organisationer/abc']);
});

test('quoted-printable decoding joins soft line breaks and decodes multi-byte characters', () => {
  expect(decodeQuotedPrintable('K=C3=B8benhavn =\nog S=\r\nydhavn=3D')).toBe('København og Sydhavn=');
});
