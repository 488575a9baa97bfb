import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { cachedActivityExport } from '#src/modules/activities/feeds/service.ts';
import { parseActivityQuery, queryString } from '#src/modules/activities/finding/filters.ts';
import { activitiesInWindow, listActivities } from '#src/modules/activities/finding/listing-service.ts';
import {
  monthCalendar,
  nearThisWeek,
  neighbourhoodOptions,
  occurrencesGeoJson,
} from '#src/modules/activities/finding/service.ts';
import { CalendarPage } from '#src/modules/activities/finding/views/calendar-page.tsx';
import { ListPage } from '#src/modules/activities/finding/views/list-page.tsx';
import { MapPage } from '#src/modules/activities/finding/views/map-page.tsx';
import { NearPage, type NearPageModel } from '#src/modules/activities/finding/views/near-page.tsx';
import { ListQuery, MonthQuery, NearQuery } from '#src/modules/activities/schemas.ts';
import type { AreaSummary } from '#src/modules/areas/service.ts';
import { getArea, getHomeDistrict, listDistricts, listNeighbourhoods } from '#src/modules/areas/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { sendFeed } from '#src/platform/feeds.ts';
import { DAY, HOUR } from '#src/platform/time.ts';

/** How far ahead the map reaches, and how many activities it lists beneath. */
const MAP_DAYS = 60;
const MAP_LIMIT = 300;

async function areaChoices(ctx: AppContext): Promise<AreaSummary[]> {
  const home = await getHomeDistrict(ctx);
  const districts = await listDistricts(ctx);
  const choices: AreaSummary[] = [];
  for (const district of districts) {
    choices.push(district);
    if (home !== null && district.id === home.id)
      choices.push(...(await listNeighbourhoods(ctx, district.id)));
  }
  return choices;
}

function coordinate(raw: string | undefined, limit: number): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const value = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : Number.NaN;
}

/** The pages for finding activities: list, month calendar, map and near me. */
export async function activityFindingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/aktiviteter',
    { config: { access: 'public', publicCache: true }, schema: { querystring: ListQuery, hide: true } },
    async (request, reply) => {
      const query = await parseActivityQuery(ctx, request.query);
      const [listing, areas] = await Promise.all([
        listActivities(ctx, query, request.user),
        areaChoices(ctx),
      ]);
      const { t } = request;
      return reply.page({
        title: t.t('activities.list.title'),
        body: <ListPage t={t} model={{ listing, query, areas, loggedIn: request.user !== null }} />,
      });
    },
  );

  r.get(
    '/aktiviteter/kalender',
    { config: { access: 'public', publicCache: true }, schema: { querystring: MonthQuery, hide: true } },
    async (request, reply) => {
      const query = await parseActivityQuery(ctx, request.query);
      const model = await monthCalendar(
        ctx,
        query,
        request.query.maaned,
        queryString({ ...query.values, fra: '', til: '' }),
      );
      const { t } = request;
      return reply.page({
        title: t.t('activities.nav.calendar'),
        body: <CalendarPage t={t} model={model} />,
      });
    },
  );

  r.get(
    '/aktiviteter/kort',
    { config: { access: 'public', publicCache: true }, schema: { querystring: ListQuery, hide: true } },
    async (request, reply) => {
      const query = await parseActivityQuery(ctx, request.query);
      const to = Math.min(query.to, query.from + MAP_DAYS * DAY);
      const items = await activitiesInWindow(
        ctx,
        { ...query.filter, located: true },
        query.from,
        to,
        MAP_LIMIT,
      );
      const { t } = request;
      return reply.page({
        title: t.t('activities.map.title'),
        body: (
          <MapPage
            t={t}
            items={items}
            query={queryString(query.values)}
            tileUrl={ctx.config.mapTileUrl}
            tileAttribution={ctx.config.mapTileAttribution}
          />
        ),
      });
    },
  );

  r.get(
    '/aktiviteter/kort.geojson',
    { config: { access: 'public', publicCache: true }, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const query = await parseActivityQuery(ctx, request.query);
      // Kept like the other exports; it starts at the hour, so it is one file for a whole hour.
      const from = Math.floor(query.from / HOUR) * HOUR;
      const to = Math.min(query.to, from + MAP_DAYS * DAY);
      const filter = { ...query.filter, located: true };
      const feed = await cachedActivityExport(ctx, `map:${JSON.stringify([filter, from, to])}`, async () => {
        const items = await activitiesInWindow(ctx, filter, from, to, MAP_LIMIT, 1);
        return JSON.stringify(
          occurrencesGeoJson(
            items.map((listed) => listed.next),
            ctx.config.baseUrl,
          ),
        );
      });
      return sendFeed(request, reply, feed, { type: 'application/geo+json; charset=utf-8', cache: 'public' });
    },
  );

  r.get(
    '/aktiviteter/naer-mig',
    { config: { access: 'public', publicCache: true }, schema: { querystring: NearQuery, hide: true } },
    async (request, reply) => {
      const neighbourhoods = await neighbourhoodOptions(ctx);
      const chosen = neighbourhoods.find((option) => option.slug === request.query.omraade);
      const lat = coordinate(request.query.lat, 90);
      const lon = coordinate(request.query.lon, 180);
      const pointGiven = lat !== null || lon !== null;
      const pointError =
        pointGiven && (lat === null || lon === null || Number.isNaN(lat) || Number.isNaN(lon));
      const model: NearPageModel = {
        neighbourhoods,
        chosen: chosen?.slug ?? '',
        lat: request.query.lat ?? '',
        lon: request.query.lon ?? '',
        results: null,
        pointError,
      };
      if (pointGiven && !pointError && lat !== null && lon !== null) {
        model.results = await nearThisWeek(ctx, { lat, lon }, null);
      } else if (chosen !== undefined) {
        const area = await getArea(ctx, chosen.slug);
        model.results = await nearThisWeek(ctx, chosen.centre, area?.id ?? null);
      }
      const { t } = request;
      return reply.page({
        title: t.t('activities.near.title'),
        status: pointError ? 422 : 200,
        body: <NearPage t={t} model={model} />,
      });
    },
  );
}
