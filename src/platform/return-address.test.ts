import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '#src/platform/return-address.ts';
import { REDIRECT_TRICKS, staysOnSite } from '#src/testing/redirect-tricks.ts';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/steder?side=2#kort', '/')).toBe('/steder?side=2#kort');
    expect(safeReturnPath('/', '/x')).toBe('/');
  });

  it.each(REDIRECT_TRICKS.filter((trick) => !trick.startsWith('/%')))(
    'refuses %j and gives the fallback',
    (trick) => {
      expect(safeReturnPath(trick, '/fallback')).toBe('/fallback');
    },
  );

  it('refuses every control character and DEL anywhere in the address', () => {
    for (let code = 0; code < 0x20; code += 1) {
      expect(safeReturnPath(`/steder${String.fromCharCode(code)}`, '/'), `U+${code}`).toBe('/');
    }
    expect(safeReturnPath('/steder\u007f', '/')).toBe('/');
  });

  it('keeps percent-encoded slashes and tabs as a path on this site', () => {
    expect(safeReturnPath('/%2F%2Fevil.example', '/')).toBe('/%2F%2Fevil.example');
    expect(safeReturnPath('/%09/evil.example', '/')).toBe('/%09/evil.example');
  });

  it('resolves dot segments, and refuses them when they collapse into another host', () => {
    expect(safeReturnPath('/a/../steder', '/')).toBe('/steder');
    expect(safeReturnPath('/a/./../../evil.example', '/')).toBe('/evil.example');
  });

  it('percent-encodes characters that a Location header cannot carry', () => {
    expect(safeReturnPath('/sø €', '/')).toBe('/s%C3%B8%20%E2%82%AC');
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, ['/steder'], { path: '/steder' }]) {
      expect(safeReturnPath(value, '/')).toBe('/');
    }
  });

  it('never returns anything that leaves the site, whatever the input', () => {
    const pieces = fc.constantFrom(
      '/',
      '\\',
      '.',
      ':',
      '\t',
      '\n',
      '%2F',
      'evil.example',
      '?',
      '#',
      '@',
      ' ',
    );
    const addresses = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(addresses, (raw) => {
        const result = safeReturnPath(raw, '/');
        expect(staysOnSite(result), JSON.stringify(raw)).toBe(true);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: a Location header must carry none
        expect(result).not.toMatch(/[\u0000-\u0020\u007f-\uffff\\]/);
      }),
      { numRuns: 300 },
    );
  });
});
