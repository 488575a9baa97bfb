/**
 * A small reader for the .eml files the server writes when no SMTP server is configured: headers
 * (folded lines, RFC 2047 encoded words), quoted-printable and base64 bodies, and multipart
 * messages. Enough to read what a person would read; not a general MIME library.
 */

export interface ParsedMail {
  headers: Map<string, string>;
  to: string[];
  subject: string;
  /** The text/plain body, decoded; the text/html body with tags removed when there is no plain part. */
  text: string;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const normalised = raw.replace(/\r\n/g, '\n');
  const end = normalised.indexOf('\n\n');
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? '' : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  // A header continues on lines that start with white space (folding, RFC 5322 §2.2.3).
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** `text/plain; charset=utf-8; boundary="x"` → the media type and its parameters. */
function parseContentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const equals = param.indexOf('=');
    if (equals === -1) continue;
    const name = param.slice(0, equals).trim().toLowerCase();
    params.set(
      name,
      param
        .slice(equals + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  return { type: type.trim().toLowerCase(), params };
}

function bytesToText(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset || 'utf-8').decode(bytes);
}

/** Quoted-printable (RFC 2045 §6.7): `=` at a line end is a soft break; `=XX` is one byte. */
export function decodeQuotedPrintable(input: string, charset = 'utf-8'): string {
  const joined = input.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const char = joined[i];
    const hex = joined.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return bytesToText(Uint8Array.from(bytes), charset);
}

function decodeBody(part: Part): string {
  const { params } = parseContentType(part.headers.get('content-type'));
  const charset = params.get('charset') ?? 'utf-8';
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body, charset);
  if (encoding === 'base64')
    return bytesToText(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  return bytesToText(Buffer.from(part.body, 'latin1'), charset);
}

/** RFC 2047 encoded words in headers, e.g. `=?UTF-8?Q?Bekr=C3=A6ft?=`. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, charset: string, kind: string, text: string) => {
      if (kind.toUpperCase() === 'B') return bytesToText(Buffer.from(text, 'base64'), charset);
      return decodeQuotedPrintable(text.replace(/_/g, ' '), charset);
    });
}

function addresses(value: string | undefined): string[] {
  if (value === undefined) return [];
  return decodeHeader(value)
    .split(',')
    .map((entry) => (entry.match(/<([^>]+)>/)?.[1] ?? entry).trim().toLowerCase())
    .filter((entry) => entry.includes('@'));
}

function subParts(part: Part): Part[] {
  const { type, params } = parseContentType(part.headers.get('content-type'));
  const boundary = params.get('boundary');
  if (!type.startsWith('multipart/') || boundary === undefined) return [part];
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The line break before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
  const delimiter = new RegExp(`(?:^|\\n)--${escaped}(?:--)?[ \\t]*(?=\\n|$)`);
  const sections = part.body.split(delimiter);
  // The first section is the preamble, the last the epilogue after the closing delimiter.
  return sections.slice(1, -1).flatMap((section) => subParts(splitPart(section.replace(/^\n/, ''))));
}

function textOf(parts: Part[]): string {
  const byType = (wanted: string) =>
    parts.find((part) => parseContentType(part.headers.get('content-type')).type === wanted);
  const plain = byType('text/plain');
  if (plain !== undefined) return decodeBody(plain);
  const html = byType('text/html');
  return html === undefined ? '' : decodeBody(html).replace(/<[^>]*>/g, ' ');
}

export function parseMail(raw: string): ParsedMail {
  const message = splitPart(raw);
  return {
    headers: message.headers,
    to: addresses(message.headers.get('to')),
    subject: decodeHeader(message.headers.get('subject') ?? ''),
    text: textOf(subParts(message)),
  };
}

/** Absolute http(s) links in a text, without the punctuation that ends a sentence. */
export function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return found.map((link) => link.replace(/[.,;:!?]+$/, ''));
}
