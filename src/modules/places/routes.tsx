import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { renderPlaceCalendar } from '#src/modules/places/bookings/calendar-view.tsx';
import { placeEditRoutes } from '#src/modules/places/edit-routes.tsx';
import {
  administeredOrganisations,
  areaChoices,
  listPlaces,
  parsePlaceFilter,
  placePage,
  placesMap,
} from '#src/modules/places/listing-service.ts';
import { placeManagerRoutes } from '#src/modules/places/manager-routes.tsx';
import { placePhotoRoutes } from '#src/modules/places/photo-routes.tsx';
import { getPlacePhoto } from '#src/modules/places/photos.ts';
import { ListQuery, PhotoParams } from '#src/modules/places/schemas.ts';
import { PlaceList } from '#src/modules/places/views/place-list.tsx';
import { PlacePage } from '#src/modules/places/views/place-page.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { sendExport } from '#src/platform/feeds.ts';
import { acceptPhotoUploads } from '#src/platform/uploads.ts';
import type { PageSection } from '#src/platform/views/page-sections.tsx';

function listFilter(query: ListQuery) {
  const capacity = /^\d{1,6}$/.test(query.plads ?? '') ? Number(query.plads) : null;
  return {
    kind: query.type,
    area: query.omraade,
    accessMode: query.adgang,
    facility: query.facilitet,
    stepFree: query.niveaufri === 'ja',
    minCapacity: capacity,
  };
}

function typedQuery(query: ListQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** HTML pages and form posts of the places registry. */
export interface PlacesRoutesOptions {
  /** What other modules add to a place's page, composed at the app's level. */
  pageSections: readonly PageSection[];
}

export async function placesRoutes(app: FastifyInstance, options: PlacesRoutesOptions): Promise<void> {
  // Uploads only in this plugin's scope.
  await acceptPhotoUploads(app);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/steder',
    { config: { access: 'public', publicCache: true }, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const { t, query, user } = request;
      const filter = await parsePlaceFilter(ctx, listFilter(query));
      const page = /^\d{1,6}$/.test(query.side ?? '') ? Number(query.side) : 1;
      const [listing, areas, administered] = await Promise.all([
        listPlaces(ctx, filter, page),
        areaChoices(ctx),
        user === null ? Promise.resolve([]) : administeredOrganisations(ctx, user),
      ]);
      return reply.page({
        title: t.t('places.list.title'),
        body: (
          <PlaceList
            t={t}
            model={{
              places: listing.items,
              total: listing.total,
              page: listing.page,
              pages: listing.pages,
              query: typedQuery(query),
              areas,
              areaNames: new Map(areas.map((area) => [area.id, area.name])),
              canCreate: administered.length > 0,
              tileUrl: ctx.config.mapTileUrl,
              tileAttribution: ctx.config.mapTileAttribution,
            }}
          />
        ),
      });
    },
  );

  r.get(
    '/steder/kort.geojson',
    { config: { access: 'public', publicCache: true }, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const filter = await parsePlaceFilter(ctx, listFilter(request.query));
      const collection = await placesMap(ctx, filter);
      return sendExport(request, reply, JSON.stringify(collection), {
        type: 'application/geo+json; charset=utf-8',
        cache: 'public',
      });
    },
  );

  r.get(
    '/steder/:slug',
    { config: { access: 'public', publicCache: true }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { t } = request;
      const model = await placePage(ctx, request.params.slug, request.user);
      const calendar = await renderPlaceCalendar(request, model.place);
      return reply.page({
        title: model.place.name,
        body: <PlacePage t={t} model={model} calendar={calendar} sections={options.pageSections} />,
      });
    },
  );

  r.get(
    '/steder/:slug/fotos/:id',
    { config: { access: 'public' }, schema: { params: PhotoParams } },
    async (request, reply) => {
      const photo = await getPlacePhoto(ctx, request.params.slug, request.params.id);
      // A photo's bytes never change under its id (a new upload gets a new id): cache for a year.
      const etag = `"p${request.params.id}-${photo.createdAt}"`;
      reply.header('cache-control', 'public, max-age=31536000, immutable').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.type(photo.contentType).header('x-content-type-options', 'nosniff').send(photo.data);
    },
  );

  await placeEditRoutes(app);
  await placePhotoRoutes(app);
  await placeManagerRoutes(app);
}
