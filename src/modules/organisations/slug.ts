const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };
const MAX_SLUG_LENGTH = 60;
/** Paths under /organisationer that a slug must not take. */
const RESERVED_SLUGS = new Set(['ny']);

/** A URL slug from a name: "Boligforeningen Sluseholmen" → "boligforeningen-sluseholmen", æ ø å → ae oe aa. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug === '' ? 'organisation' : slug;
}

/** The first of `base`, `base-2`, `base-3` … that is neither taken nor reserved. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !RESERVED_SLUGS.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
