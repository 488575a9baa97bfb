import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { getHomeDistrict } from '#src/modules/areas/service.ts';
import { sponsorsOfApplication } from '#src/modules/grants/pools/sponsorships-service.ts';
import { poolFigures } from '#src/modules/grants/public/dashboard.ts';
import { figuresJson, grantListJson, grantsCsv } from '#src/modules/grants/public/json.ts';
import { CsvFormatQuery, GrantParams, PhotoParams } from '#src/modules/grants/public/schemas.ts';
import {
  getReportPhoto,
  listPublicPools,
  publicGrantOfPool,
  publicGrantsOfPool,
} from '#src/modules/grants/public/service.ts';
import { Dashboard } from '#src/modules/grants/public/views/dashboard.tsx';
import { GrantList } from '#src/modules/grants/public/views/grant-list.tsx';
import { GrantPage } from '#src/modules/grants/public/views/grant-page.tsx';
import { Overview } from '#src/modules/grants/public/views/overview.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import type { AppContext } from '#src/platform/context.ts';
import { CSV_TYPE, csvDialectOf, csvFilename } from '#src/platform/csv.ts';
import { sendExport } from '#src/platform/feeds.ts';

/** The home district's neighbourhoods, drawn under the initiatives so the dots have a place. */
async function contextLayer(ctx: AppContext): Promise<string | null> {
  const home = await getHomeDistrict(ctx);
  return home === null ? null : `/api/v1/neighbourhoods?district=${encodeURIComponent(home.slug)}`;
}

/** The open side of the pool: funded initiatives, dashboards and exports. */
export async function grantsPublicRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;
  const baseUrl = ctx.config.baseUrl;
  const tileUrl = ctx.config.mapTileUrl;
  const tileAttribution = ctx.config.mapTileAttribution;

  r.get(
    '/hurtige-handlinger',
    { config: { access: 'public', publicCache: true } },
    async (request, reply) => {
      const { t } = request;
      const [pools, layer] = await Promise.all([listPublicPools(ctx), contextLayer(ctx)]);
      return reply.page({
        title: t.t('grantsPublic.overview.title'),
        body: <Overview t={t} model={{ pools, tileUrl, tileAttribution, contextLayer: layer }} />,
      });
    },
  );

  r.get(
    '/puljer/:slug/bevillinger',
    { config: { access: 'public', publicCache: true }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { t } = request;
      const [{ pool, grants }, layer] = await Promise.all([
        publicGrantsOfPool(ctx, request.params.slug),
        contextLayer(ctx),
      ]);
      return reply.page({
        title: t.t('grantsPublic.list.title', { pool: pool.title }),
        body: <GrantList t={t} model={{ pool, grants, tileUrl, tileAttribution, contextLayer: layer }} />,
      });
    },
  );

  r.get(
    '/puljer/:slug/bevillinger.csv',
    {
      config: { access: 'public', publicCache: true },
      schema: { params: SlugParams, querystring: CsvFormatQuery },
    },
    async (request, reply) => {
      const { pool, grants } = await publicGrantsOfPool(ctx, request.params.slug);
      const dialect = csvDialectOf(request.query.format);
      return sendExport(request, reply, grantsCsv(request.t, grants, baseUrl, dialect), {
        type: CSV_TYPE,
        filename: csvFilename(`bevillinger-${pool.slug}`, dialect),
        cache: 'public',
      });
    },
  );

  r.get(
    '/puljer/:slug/bevillinger.json',
    { config: { access: 'public', publicCache: true }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { pool, grants } = await publicGrantsOfPool(ctx, request.params.slug);
      return sendExport(request, reply, JSON.stringify(grantListJson(pool, grants, baseUrl)), {
        type: 'application/json; charset=utf-8',
        cache: 'public',
      });
    },
  );

  r.get(
    '/puljer/:slug/bevillinger/:id',
    { config: { access: 'public', publicCache: true }, schema: { params: GrantParams } },
    async (request, reply) => {
      const { t } = request;
      const { pool, grant } = await publicGrantOfPool(ctx, request.params.slug, request.params.id);
      const sponsors = (await sponsorsOfApplication(ctx, grant.id)).filter((offer) => offer.public);
      return reply.page({
        title: grant.title,
        body: <GrantPage t={t} pool={pool} grant={grant} sponsors={sponsors} />,
      });
    },
  );

  r.get(
    '/puljer/:slug/bevillinger/:id/fotos/:photoId',
    { config: { access: 'public' }, schema: { params: PhotoParams } },
    async (request, reply) => {
      const { slug, id, photoId } = request.params;
      const photo = await getReportPhoto(ctx, slug, id, photoId);
      // A photo's bytes never change under its id; but it disappears if the grant is withdrawn.
      const etag = `"g${photoId}-${photo.createdAt}"`;
      reply.header('cache-control', 'public, max-age=3600').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.type(photo.contentType).header('x-content-type-options', 'nosniff').send(photo.data);
    },
  );

  r.get(
    '/puljer/:slug/tal',
    { config: { access: 'public', publicCache: true }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { t } = request;
      const figures = await poolFigures(ctx, request.params.slug);
      return reply.page({
        title: t.t('grantsPublic.figures.title', { pool: figures.pool.title }),
        body: <Dashboard t={t} figures={figures} />,
      });
    },
  );

  r.get(
    '/puljer/:slug/tal.json',
    { config: { access: 'public', publicCache: true }, schema: { params: SlugParams } },
    async (request, reply) => {
      const figures = await poolFigures(ctx, request.params.slug);
      return sendExport(request, reply, JSON.stringify(figuresJson(figures, baseUrl)), {
        type: 'application/json; charset=utf-8',
        cache: 'public',
      });
    },
  );
}
