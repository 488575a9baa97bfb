import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import { ApiSearchQuery, SearchResultJson } from '#src/modules/home/schemas.ts';
import { type SiteSearchOptions, searchSections } from '#src/modules/home/search-service.ts';
import { problem } from '#src/platform/api-schemas.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { SEARCH_MIN_LENGTH, type SearchSection } from '#src/platform/search.ts';

function sectionJson(section: SearchSection, baseUrl: string): Static<typeof SearchResultJson>['places'] {
  return {
    total: section.total,
    hits: section.hits.map((hit) => ({
      title: hit.title,
      url: `${baseUrl}${hit.path}`,
      detail: hit.detail,
      startsAt: hit.startsAt === null ? null : new Date(hit.startsAt).toISOString(),
    })),
  };
}

/** The site search as JSON, mounted under /api/v1. */
export async function searchApi(app: FastifyInstance, options: SiteSearchOptions): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['search'],
        summary: 'Search places, activities and the give-board',
        description:
          'Public places, coming activities and open give-board posts whose text holds every word of `q`, case-insensitively (also æ, ø, å). Hidden content is never found.',
        querystring: ApiSearchQuery,
        response: {
          200: SearchResultJson,
          400: problem('`q` is missing or too short.'),
          422: problem('The query is too short.'),
        },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const sections = await searchSections(ctx, options.searches, q, limit ?? 5);
      if (sections === null)
        throw new ValidationError({ q: { key: 'search.tooShort', params: { min: SEARCH_MIN_LENGTH } } });
      const { baseUrl } = ctx.config;
      return {
        query: q.trim(),
        places: sectionJson(sections.places, baseUrl),
        activities: sectionJson(sections.activities, baseUrl),
        givePosts: sectionJson(sections.giving, baseUrl),
      };
    },
  );
}
