import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugify } from '#src/platform/slugs.ts';

describe('slugs', () => {
  it('spells Danish letters out and joins words with hyphens', () => {
    expect(slugify('Ejerforeningen Æblehøj & Søstrene Å', 'x')).toBe('ejerforeningen-aeblehoej-soestrene-aa');
    expect(slugify('Vesterbro–Kongens Enghave Lokaludvalg', 'x')).toBe(
      'vesterbro-kongens-enghave-lokaludvalg',
    );
    expect(slugify('Café Slusen', 'x')).toBe('cafe-slusen');
  });

  it('never gives an empty slug', () => {
    expect(slugify('!!!', 'sted')).toBe('sted');
  });

  it('keeps at most 60 characters and no trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`, 'x');
    expect(slug).toBe('a'.repeat(59));
  });

  it('counts on from -2 when the slug is taken, and never takes a reserved one', () => {
    expect(firstFreeSlug('kajak', new Set())).toBe('kajak');
    expect(firstFreeSlug('kajak', new Set(['kajak', 'kajak-2']))).toBe('kajak-3');
    expect(firstFreeSlug('ny', new Set(), new Set(['ny']))).toBe('ny-2');
  });
});
