import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { poolFigures } from '#src/modules/grants/public/dashboard.ts';
import { figuresJson, grantListJson, grantsGeoJson } from '#src/modules/grants/public/json.ts';
import {
  GeoJsonQuery,
  GrantFeatureCollectionJson,
  PoolFiguresJson,
  PublicGrantListJson,
} from '#src/modules/grants/public/schemas.ts';
import { allPublicGrants, publicGrantsOfPool } from '#src/modules/grants/public/service.ts';
import { problem, SlugParams } from '#src/platform/api-schemas.ts';

const tags = ['grants'];
const OPEN_DATA_CACHE = 'public, max-age=60';

/** The pool's open figures and funded initiatives as JSON and GeoJSON, for anyone to build on. */
export async function grantsPublicApi(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const baseUrl = ctx.config.baseUrl;

  r.get(
    '/pools/:slug/figures',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: "A pool's figures: money, applications by category and area, days to a decision",
        params: SlugParams,
        response: { 200: PoolFiguresJson, 404: problem('No pool has this slug.') },
      },
    },
    async (request, reply) => {
      const figures = await poolFigures(ctx, request.params.slug);
      reply.header('cache-control', OPEN_DATA_CACHE);
      return figuresJson(figures, baseUrl);
    },
  );

  r.get(
    '/pools/:slug/grants',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: "A pool's funded initiatives (approved, paid, reported), newest decision first",
        params: SlugParams,
        response: { 200: PublicGrantListJson, 404: problem('No pool has this slug.') },
      },
    },
    async (request, reply) => {
      const { pool, grants } = await publicGrantsOfPool(ctx, request.params.slug);
      reply.header('cache-control', OPEN_DATA_CACHE);
      return grantListJson(pool, grants, baseUrl);
    },
  );

  r.get(
    '/grants.geojson',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'Funded initiatives of every pool (or one) as a GeoJSON FeatureCollection (RFC 7946)',
        querystring: GeoJsonQuery,
        produces: ['application/geo+json'],
        response: { 200: GrantFeatureCollectionJson, 404: problem('No pool has this slug.') },
      },
    },
    async (request, reply) => {
      const { pool } = request.query;
      const grants =
        pool === undefined ? await allPublicGrants(ctx) : (await publicGrantsOfPool(ctx, pool)).grants;
      return reply
        .type('application/geo+json; charset=utf-8')
        .header('cache-control', OPEN_DATA_CACHE)
        .send(grantsGeoJson(grants, baseUrl));
    },
  );
}
