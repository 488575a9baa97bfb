import type { AppContext } from '#src/platform/context.ts';

/** What one module finds for a site search: how many match, and the first few of them. */
export interface SearchSection {
  total: number;
  hits: SearchHit[];
}

/**
 * One module's part of the site search: how many of its public things hold every word, and the
 * `limit` after `offset`. Each module exports its own from `text-search.ts`; the site search gets
 * them composed at the app's level (`src/site-searches.ts`).
 */
export type TextSearch = (
  ctx: AppContext,
  words: readonly string[],
  limit: number,
  offset?: number,
) => Promise<SearchSection>;

export interface SearchHit {
  title: string;
  /** Its page on this site, e.g. `/steder/faelleshuset`. */
  path: string;
  /** One line under the title: an address or the start of a description. */
  detail: string;
  /** For an activity: its next start. */
  startsAt: number | null;
}

/** The start of a long text, cut at a word, for one line in a list. */
export function excerpt(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A query shorter than this (in letters, after trimming) is not searched. */
export const SEARCH_MIN_LENGTH = 2;
/** At most this many words of a query are searched; each must occur. */
const MAX_WORDS = 6;

/** The words of a search query, or null when it is too short to search. */
export function searchWords(query: string): string[] | null {
  const text = query.normalize('NFC').trim();
  if ([...text].length < SEARCH_MIN_LENGTH) return null;
  return text.split(/\s+/).slice(0, MAX_WORDS);
}
