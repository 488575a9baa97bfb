import { searchActivities } from '#src/modules/activities/text-search.ts';
import { searchGiveItems } from '#src/modules/giving/text-search.ts';
import type { SiteSearches } from '#src/modules/home/search-service.ts';
import { searchPlaces } from '#src/modules/places/text-search.ts';

/**
 * Each section of the site search, searched by its own module, composed here at the app's level
 * (as `src/job-handlers.ts` composes the job handlers): the home module knows only `TextSearch`.
 */
export const siteSearches: SiteSearches = {
  places: searchPlaces,
  activities: searchActivities,
  giving: searchGiveItems,
};
