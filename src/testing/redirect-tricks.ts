/**
 * Return addresses (`tilbage`, `naeste`) that would send a browser to another site, or run script,
 * if a redirect followed them as given. Browsers drop tab, CR and LF inside a URL and read `\` as `/`.
 */
export const REDIRECT_TRICKS = [
  '//evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\r\n/evil.example',
  '/%09/evil.example',
  'https://evil.example',
  'http:evil.example',
  'javascript:alert(1)',
  '/%2F%2Fevil.example',
  '///evil.example',
  ' //evil.example',
  '/.//evil.example',
  '/..//evil.example',
  'data:text/html,x',
  '',
  `/${'a'.repeat(5000)}`,
];

/** True if a browser sent to this `Location` stays on this site. */
export function staysOnSite(location: unknown): boolean {
  return (
    typeof location === 'string' &&
    location.startsWith('/') &&
    !location.startsWith('//') &&
    !location.startsWith('/\\')
  );
}
