import { slugify } from '#src/platform/slugs.ts';

/** Paths under /organisationer that a slug must not take. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['ny']);

/** The slug an organisation's name starts from ("organisation" when nothing of it is left). */
export function organisationSlugBase(name: string): string {
  return slugify(name, 'organisation');
}
