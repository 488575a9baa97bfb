import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { linksIn, type ParsedMail, parseMail } from './mime.ts';
import { E2E_MAIL_DIR } from './paths.mjs';

export interface ReceivedMail extends ParsedMail {
  file: string;
  links: string[];
}

export interface WaitForMailOptions {
  /** Only mails whose subject or text satisfies this; e.g. to wait for the second mail. */
  matching?: (mail: ReceivedMail) => boolean;
  /** Files already seen (from earlier calls), so a later mail to the same person is awaited. */
  ignore?: Iterable<string>;
  timeoutMs?: number;
}

const POLL_MS = 50;

/** An address no other test uses, so each test reads only its own mail. */
export function uniqueEmail(label = 'person'): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `e2e-${slug}-${randomUUID().slice(0, 8)}@example.com`;
}

async function mailFiles(): Promise<string[]> {
  try {
    return (await readdir(E2E_MAIL_DIR)).filter((name) => name.endsWith('.eml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The server writes each file in one go, but a poll may still catch it half-written; a file is
 * read only once its size has stayed the same between two polls.
 */
async function readSettled(file: string, sizes: Map<string, number>): Promise<ReceivedMail | null> {
  const path = join(E2E_MAIL_DIR, file);
  const { size } = await stat(path);
  const previous = sizes.get(file);
  sizes.set(file, size);
  if (size === 0 || previous !== size) return null;
  const mail = parseMail(await readFile(path, 'latin1'));
  return { ...mail, file, links: linksIn(mail.text) };
}

/** Waits (polling, up to a deadline) for a mail to `to` and returns it decoded, with its links. */
export async function waitForMail(to: string, options: WaitForMailOptions = {}): Promise<ReceivedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const ignore = new Set(options.ignore ?? []);
  const sizes = new Map<string, number>();
  const read = new Map<string, ReceivedMail>();
  const wanted = to.toLowerCase();
  const seen = new Set<string>();
  while (Date.now() < deadline) {
    // The To header decides, not the file name, which is the server's business.
    for (const file of await mailFiles()) {
      if (ignore.has(file)) continue;
      const mail = read.get(file) ?? (await readSettled(file, sizes));
      if (mail === null) continue;
      read.set(file, mail);
      if (!mail.to.includes(wanted)) continue;
      if (options.matching === undefined || options.matching(mail)) return mail;
      seen.add(mail.subject);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const others = seen.size === 0 ? '' : ` (other mails to them: ${[...seen].join(' | ')})`;
  throw new Error(`No mail to ${to} arrived in ${E2E_MAIL_DIR} before the deadline${others}`);
}

/** The one link in a mail that points at this site's path, e.g. `/bekraeft-email`. */
export function linkTo(mail: ReceivedMail, pathPrefix: string): string {
  const matches = mail.links.filter((link) => new URL(link).pathname.startsWith(pathPrefix));
  const [link] = matches;
  if (link === undefined || matches.length > 1) {
    throw new Error(
      `Expected one link to ${pathPrefix} in "${mail.subject}", found: ${mail.links.join(', ') || 'none'}`,
    );
  }
  return link;
}
