/**
 * An origin that only stands for "this site" while a return address is parsed. Any origin works:
 * the check is only that parsing did not leave it, and the site's own host never appears in the
 * result (a path is returned, not a URL).
 */
const THIS_SITE = 'https://this-site.invalid';

/** Longer than any page of the site; such an address is junk or an attack. */
const MAX_LENGTH = 2000;

/**
 * Control characters (C0 and DEL) and backslashes. Browsers drop tab, CR and LF inside URLs and
 * read `\` as `/`, so `/<TAB>/evil.example` or `/\evil.example` become `//evil.example`, another
 * site; CR and LF would also break the `Location` header.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const REFUSED_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

function isProtocolRelative(path: string): boolean {
  return path.startsWith('//') || path.startsWith('/\\');
}

/**
 * Where to send a person back to (`tilbage`, `naeste`, …): only a path on this site. Anything else –
 * another site, a scheme (`javascript:`), `//host`, control characters, backslashes, an overlong
 * value or not a string at all – gives `fallback`. The result is the path, query and fragment of the
 * parsed address, never the raw input, so it is always a valid, percent-encoded `Location` header.
 */
export function safeReturnPath(raw: unknown, fallback: string): string {
  if (typeof raw !== 'string' || raw.length > MAX_LENGTH || REFUSED_CHARACTERS.test(raw)) return fallback;
  if (!raw.startsWith('/') || isProtocolRelative(raw)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw, THIS_SITE);
  } catch {
    return fallback;
  }
  if (parsed.origin !== THIS_SITE) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // Dot segments can collapse into `//` (`/.//evil.example` parses to the path `//evil.example`).
  return isProtocolRelative(path) ? fallback : path;
}
