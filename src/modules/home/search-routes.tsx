import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { SearchQuery } from '#src/modules/home/schemas.ts';
import {
  SECTION_PARAMS,
  type SearchSectionName,
  type SiteSearchOptions,
  siteSearch,
} from '#src/modules/home/search-service.ts';
import { SearchPage } from '#src/modules/home/views/search-page.tsx';

function sectionOfParam(raw: string | undefined): SearchSectionName | null {
  const found = Object.entries(SECTION_PARAMS).find(([, param]) => param === raw);
  return found === undefined ? null : (found[0] as SearchSectionName);
}

/** The site search: a GET form on the home page and its results page, both without JavaScript. */
export async function searchRoutes(app: FastifyInstance, options: SiteSearchOptions): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/soeg',
    { config: { access: 'public' }, schema: { querystring: SearchQuery } },
    async (request, reply) => {
      const { t, query } = request;
      const page = /^\d{1,5}$/.test(query.side ?? '') ? Math.max(1, Number(query.side)) : 1;
      const search = await siteSearch(
        app.ctx,
        options.searches,
        query.q ?? '',
        sectionOfParam(query.vis),
        page,
      );
      return reply.page({
        title:
          search.kind === 'too_short' ? t.t('search.title') : t.t('search.resultsTitle', { q: search.query }),
        body: <SearchPage t={t} search={search} />,
      });
    },
  );
}
