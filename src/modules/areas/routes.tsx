import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { FindPageQuery, NeighbourhoodParams } from '#src/modules/areas/schemas.ts';
import { getArea, listDistricts, listNeighbourhoods, resolveTypedPoint } from '#src/modules/areas/service.ts';
import { DistrictPage, NeighbourhoodPage } from '#src/modules/areas/views/district.tsx';
import { DistrictListPage } from '#src/modules/areas/views/districts.tsx';
import { FindAreaPage, type FindResult } from '#src/modules/areas/views/find.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { emptyForm, type FormState } from '#src/platform/views/forms.tsx';

/** HTML pages of the areas module: the districts, one district, one neighbourhood, find my area. */
export async function areasRoutes(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const tileUrl = ctx.config.mapTileUrl;
  const tileAttribution = ctx.config.mapTileAttribution;

  app.get(
    '/bydele',
    { config: { access: 'public', publicCache: true }, schema: { hide: true } },
    async (request, reply) => {
      const districts = await listDistricts(ctx);
      const withCounts = await Promise.all(
        districts.map(async (area) => ({
          area,
          neighbourhoodCount: (await listNeighbourhoods(ctx, area.id)).length,
        })),
      );
      return reply.page({
        title: request.t.t('areas.list.title'),
        body: <DistrictListPage t={request.t} model={{ districts: withCounts, tileUrl, tileAttribution }} />,
      });
    },
  );

  app.get(
    '/bydele/find',
    { config: { access: 'public', publicCache: true }, schema: { hide: true, querystring: FindPageQuery } },
    async (request, reply) => {
      const { t } = request;
      const values = { lat: request.query.lat ?? '', lon: request.query.lon ?? '' };
      const title = t.t('areas.find.title');
      if (request.query.lat === undefined && request.query.lon === undefined) {
        return reply.page({ title, body: <FindAreaPage t={t} form={emptyForm} result={null} /> });
      }
      const found = await attempt(() => resolveTypedPoint(ctx, values));
      if (!found.ok) {
        const form: FormState = { values, errors: found.errors };
        return reply.page({
          title,
          status: 422,
          body: <FindAreaPage t={t} form={form} result={null} />,
        });
      }
      const { point, resolved, swapped } = found.value;
      const result: FindResult = { ...point, resolved, swapped };
      const form: FormState = { values, errors: {} };
      return reply.page({ title, body: <FindAreaPage t={t} form={form} result={result} /> });
    },
  );

  app.get(
    '/bydele/:slug',
    { config: { access: 'public', publicCache: true }, schema: { hide: true, params: SlugParams } },
    async (request, reply) => {
      const area = await getArea(ctx, request.params.slug);
      if (area === null) throw new NotFoundError();
      // A neighbourhood's slug alone still finds it.
      if (area.kind !== 'district') return reply.redirect(area.path, 301);
      const neighbourhoods = await listNeighbourhoods(ctx, area.id);
      return reply.page({
        title: area.name,
        body: (
          <DistrictPage t={request.t} model={{ district: area, neighbourhoods, tileUrl, tileAttribution }} />
        ),
      });
    },
  );

  app.get(
    '/bydele/:slug/:neighbourhood',
    { config: { access: 'public', publicCache: true }, schema: { hide: true, params: NeighbourhoodParams } },
    async (request, reply) => {
      const district = await getArea(ctx, request.params.slug);
      const neighbourhood = await getArea(ctx, request.params.neighbourhood);
      if (district === null || neighbourhood === null || neighbourhood.parentId !== district.id) {
        throw new NotFoundError();
      }
      const siblings = await listNeighbourhoods(ctx, district.id);
      return reply.page({
        title: `${neighbourhood.name} – ${district.name}`,
        body: (
          <NeighbourhoodPage
            t={request.t}
            model={{ district, neighbourhood, siblings, tileUrl, tileAttribution }}
          />
        ),
      });
    },
  );
}
