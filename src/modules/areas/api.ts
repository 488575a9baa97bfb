import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AreaSummary, SerialisedGeoJson } from '#src/modules/areas/area-index.ts';
import {
  AreaFeatureCollectionJson,
  AreaFeatureJson,
  geoJsonResponse,
  NeighbourhoodsQuery,
  ResolvedPointJson,
  ResolveQuery,
} from '#src/modules/areas/schemas.ts';
import {
  areaGeoJson,
  districtsGeoJson,
  getArea,
  neighbourhoodsGeoJson,
  resolvePoint,
} from '#src/modules/areas/service.ts';
import { problem, SlugParams } from '#src/platform/api-schemas.ts';
import { NotFoundError } from '#src/platform/errors.ts';

const tags = ['areas'];
const badRequest = problem('A parameter is missing, not a number or out of range.');
const notFound = problem('No district has this slug.');
const notModified = Type.Null({ description: 'Not modified: the ETag in If-None-Match still holds.' });

// Reference data that changes only with a new release; clients and proxies may keep it an hour.
const CACHE_CONTROL = 'public, max-age=3600';

function etagMatches(request: FastifyRequest, etags: string[]): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => etags.includes(candidate.trim().replace(/^W\//, '')));
}

function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && /(^|[\s,])gzip(?!\s*;\s*q=0(\.0+)?\s*(,|$))/i.test(header);
}

/** Sends pre-serialised GeoJSON (gzipped when the client accepts it), or 304 when its copy is current. */
function sendGeoJson(request: FastifyRequest, reply: FastifyReply, geoJson: SerialisedGeoJson) {
  const gzip = acceptsGzip(request);
  reply
    .header('cache-control', CACHE_CONTROL)
    .header('vary', 'accept-encoding')
    .header('etag', gzip ? geoJson.gzippedEtag : geoJson.etag)
    // Open data: any site may fetch it (no credentials are involved).
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin');
  if (etagMatches(request, [geoJson.etag, geoJson.gzippedEtag])) return reply.status(304).send();
  reply.type('application/geo+json; charset=utf-8');
  if (gzip) return reply.header('content-encoding', 'gzip').send(geoJson.gzipped);
  return reply.send(geoJson.body);
}

function summaryJson(area: AreaSummary | null, baseUrl: string) {
  if (area === null) return null;
  return {
    slug: area.slug,
    name: area.name,
    kind: area.kind,
    approximate: area.approximate,
    url: `${baseUrl}${area.path}`,
  };
}

/** JSON routes of the areas module, mounted under /api/v1: open data, no token needed. */
export async function areasApi(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  app.get(
    '/districts',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'Copenhagen’s ten districts (bydele)',
        description:
          'A GeoJSON FeatureCollection (RFC 7946, WGS 84, longitude first). Boundaries: City of Copenhagen open data. Cacheable for an hour; send If-None-Match with the ETag to revalidate.',
        response: {
          200: geoJsonResponse(AreaFeatureCollectionJson, 'The districts, Vesterbro-Kongens Enghave first.'),
          304: notModified,
        },
      },
    },
    async (request, reply) => sendGeoJson(request, reply, await districtsGeoJson(ctx)),
  );

  app.get(
    '/districts/:slug',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'One district',
        description:
          'A GeoJSON Feature; `properties.neighbourhoods` lists its neighbourhoods (their shapes are at /neighbourhoods?district=slug).',
        params: SlugParams,
        response: {
          200: geoJsonResponse(AreaFeatureJson, 'The district.'),
          304: notModified,
          404: notFound,
        },
      },
    },
    async (request, reply) => {
      const area = await getArea(ctx, request.params.slug);
      if (area === null || area.kind !== 'district') throw new NotFoundError();
      return sendGeoJson(request, reply, await areaGeoJson(ctx, area));
    },
  );

  app.get(
    '/neighbourhoods',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'Neighbourhoods (kvarterer)',
        description:
          'A GeoJSON FeatureCollection of the neighbourhoods Byliv knows, so far those of Vesterbro-Kongens Enghave. Their boundaries are hand-drawn and approximate (`properties.approximate`).',
        querystring: NeighbourhoodsQuery,
        response: {
          200: geoJsonResponse(AreaFeatureCollectionJson, 'The neighbourhoods, north to south.'),
          304: notModified,
          400: badRequest,
          404: notFound,
        },
      },
    },
    async (request, reply) => {
      const slug = request.query.district;
      const district = slug === undefined ? null : await getArea(ctx, slug);
      if (slug !== undefined && (district === null || district.kind !== 'district'))
        throw new NotFoundError();
      return sendGeoJson(request, reply, await neighbourhoodsGeoJson(ctx, district));
    },
  );

  app.get(
    '/areas/resolve',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary: 'Which district and neighbourhood a point lies in',
        description:
          'Both are null for a point outside the City of Copenhagen or in the water; the neighbourhood is null where Byliv has none.',
        querystring: ResolveQuery,
        response: { 200: ResolvedPointJson, 400: badRequest },
      },
    },
    async (request) => {
      const { lat, lon } = request.query;
      const resolved = await resolvePoint(ctx, { lat, lon });
      return {
        lat,
        lon,
        district: summaryJson(resolved.district, ctx.config.baseUrl),
        neighbourhood: summaryJson(resolved.neighbourhood, ctx.config.baseUrl),
      };
    },
  );
}
