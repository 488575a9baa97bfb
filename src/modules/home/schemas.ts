import { type Static, Type } from 'typebox';
import { SEARCH_MIN_LENGTH } from '#src/platform/search.ts';

/** `/soeg?q=…&vis=steder&side=2`: lenient, as every HTML query is; the service judges the words. */
export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  vis: Type.Optional(Type.String({ maxLength: 50 })),
  side: Type.Optional(Type.String({ maxLength: 20 })),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const ApiSearchQuery = Type.Object({
  q: Type.String({
    minLength: SEARCH_MIN_LENGTH,
    maxLength: 200,
    description: `What to look for; every word must occur (at least ${SEARCH_MIN_LENGTH} characters). Case does not matter.`,
  }),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 50, default: 5, description: 'Hits per section.' }),
  ),
});

const SectionJson = Type.Object({
  total: Type.Integer({ description: 'How many match in all.' }),
  hits: Type.Array(
    Type.Object({
      title: Type.String(),
      url: Type.String({ format: 'uri' }),
      detail: Type.String({ description: 'An address, a place or the start of a description.' }),
      startsAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'For an activity: its next start (UTC).',
      }),
    }),
  ),
});

export const SearchResultJson = Type.Object(
  {
    query: Type.String(),
    places: SectionJson,
    activities: SectionJson,
    givePosts: SectionJson,
  },
  { description: 'Public places, coming activities and open give-board posts that match.' },
);
