import type { AppContext } from '#src/platform/context.ts';
import { type SearchSection, searchWords, type TextSearch } from '#src/platform/search.ts';

/** The three things the site search looks in, each searched by its own module. */
export const SEARCH_SECTIONS = ['places', 'activities', 'giving'] as const;
export type SearchSectionName = (typeof SEARCH_SECTIONS)[number];

/** The section names as the address says them: `/soeg?q=kaffe&vis=aktiviteter`. */
export const SECTION_PARAMS: Record<SearchSectionName, string> = {
  places: 'steder',
  activities: 'aktiviteter',
  giving: 'giv',
};

/** Each section's search, from its own module, composed at the app's level (`src/site-searches.ts`). */
export type SiteSearches = Readonly<Record<SearchSectionName, TextSearch>>;

/** What the app gives the search's page and API. */
export interface SiteSearchOptions {
  searches: SiteSearches;
}

/** How many hits of each section the overview of results shows. */
export const HITS_PER_SECTION = 5;
/** How many hits a page of one section shows. */
export const HITS_PER_PAGE = 20;

export type SiteSearch =
  | { kind: 'too_short'; query: string }
  | { kind: 'all'; query: string; sections: Record<SearchSectionName, SearchSection> }
  | {
      kind: 'one';
      query: string;
      section: SearchSectionName;
      result: SearchSection;
      page: number;
      pages: number;
    };

/**
 * Searches public places, coming activities and open give-board posts for every word of the query:
 * the first few of each, or one section page by page. Hidden and private things are never found.
 */
export async function siteSearch(
  ctx: AppContext,
  searches: SiteSearches,
  rawQuery: string,
  only: SearchSectionName | null = null,
  page = 1,
): Promise<SiteSearch> {
  const query = rawQuery.trim();
  const words = searchWords(query);
  if (words === null) return { kind: 'too_short', query };
  if (only !== null) {
    const result = await searches[only](ctx, words, HITS_PER_PAGE, (page - 1) * HITS_PER_PAGE);
    const pages = Math.max(1, Math.ceil(result.total / HITS_PER_PAGE));
    return { kind: 'one', query, section: only, result, page, pages };
  }
  const sections = await searchSections(ctx, searches, query, HITS_PER_SECTION);
  return sections === null ? { kind: 'too_short', query } : { kind: 'all', query, sections };
}

/** The first `limit` hits of each section, or null when the query is too short to search. */
export async function searchSections(
  ctx: AppContext,
  searches: SiteSearches,
  rawQuery: string,
  limit: number,
): Promise<Record<SearchSectionName, SearchSection> | null> {
  const words = searchWords(rawQuery);
  if (words === null) return null;
  const [places, activities, giving] = await Promise.all([
    searches.places(ctx, words, limit),
    searches.activities(ctx, words, limit),
    searches.giving(ctx, words, limit),
  ]);
  return { places, activities, giving };
}
