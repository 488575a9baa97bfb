import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { publicActivitiesCsv } from '#src/modules/activities/feeds/open-data.ts';
import {
  activityCalendar,
  allActivitiesCalendar,
  areaCalendar,
  cachedActivityExport,
  organisationCalendar,
  personalCalendar,
  personalFeedPath,
  renewPersonalFeed,
} from '#src/modules/activities/feeds/service.ts';
import { PersonalFeedPage } from '#src/modules/activities/feeds/views/personal-feed-page.tsx';
import { parseActivityQuery } from '#src/modules/activities/finding/filters.ts';
import { CsrfForm, CsvListQuery, FileParams } from '#src/modules/activities/schemas.ts';
import { IdParams } from '#src/platform/api-schemas.ts';
import { CSV_TYPE, csvDialectOf, csvFilename } from '#src/platform/csv.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { type FeedHeaders, FeedQuery, sendExport, sendFeed } from '#src/platform/feeds.ts';
import { localParts, localToEpoch } from '#src/platform/local-time.ts';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

function publicCalendar(filename: string): FeedHeaders {
  return { type: CALENDAR_TYPE, filename, disposition: 'inline', cache: 'public' };
}

function slugOfFile(file: string): string {
  if (!file.endsWith('.ics')) throw new NotFoundError();
  return file.slice(0, -'.ics'.length);
}

/** Calendars (iCalendar) per activity, neighbourhood, organisation and person; open data as CSV. */
export async function feedRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/aktiviteter/:id/kalender.ics',
    { config: { access: 'public', publicCache: true }, schema: { params: IdParams, hide: true } },
    async (request, reply) =>
      sendExport(
        request,
        reply,
        await activityCalendar(ctx, request.params.id),
        publicCalendar(`aktivitet-${request.params.id}.ics`),
      ),
  );

  r.get(
    '/aktiviteter.ics',
    { config: { access: 'public', publicCache: true }, schema: { querystring: FeedQuery, hide: true } },
    async (request, reply) =>
      sendFeed(
        request,
        reply,
        await allActivitiesCalendar(ctx, request.query),
        publicCalendar('aktiviteter.ics'),
      ),
  );

  r.get(
    '/aktiviteter/omraader/:file',
    {
      config: { access: 'public', publicCache: true },
      schema: { params: FileParams, querystring: FeedQuery, hide: true },
    },
    async (request, reply) => {
      const slug = slugOfFile(request.params.file);
      const feed = await areaCalendar(ctx, slug, request.query);
      return sendFeed(request, reply, feed, publicCalendar(`aktiviteter-${slug}.ics`));
    },
  );

  r.get(
    '/aktiviteter/organisationer/:file',
    {
      config: { access: 'public', publicCache: true },
      schema: { params: FileParams, querystring: FeedQuery, hide: true },
    },
    async (request, reply) => {
      const slug = slugOfFile(request.params.file);
      const feed = await organisationCalendar(ctx, slug, request.query);
      return sendFeed(request, reply, feed, publicCalendar(`aktiviteter-${slug}.ics`));
    },
  );

  r.get(
    '/aktiviteter/kalender/:file',
    { config: { access: 'public' }, schema: { params: FileParams, hide: true } },
    async (request, reply) =>
      sendExport(request, reply, await personalCalendar(ctx, slugOfFile(request.params.file)), {
        type: CALENDAR_TYPE,
        filename: 'mine-aktiviteter.ics',
        disposition: 'inline',
        cache: 'private',
      }),
  );

  r.get(
    '/aktiviteter.csv',
    { config: { access: 'public', publicCache: true }, schema: { querystring: CsvListQuery, hide: true } },
    async (request, reply) => {
      const parsed = await parseActivityQuery(ctx, request.query);
      // The list starts now; the export starts at the day's beginning, so it is one file all day.
      const query = { ...parsed, from: localToEpoch(localParts(parsed.from).date, 0) };
      const dialect = csvDialectOf(request.query.format);
      const key = `${dialect}:${JSON.stringify([query.filter, query.from, query.to])}`;
      const feed = await cachedActivityExport(ctx, key, () => publicActivitiesCsv(ctx, query, dialect));
      return sendFeed(request, reply, feed, {
        type: CSV_TYPE,
        filename: csvFilename('aktiviteter', dialect),
        cache: 'public',
      });
    },
  );

  r.get(
    '/aktiviteter/min-kalender',
    { config: { access: 'user' }, schema: { hide: true } },
    async (request, reply) => {
      const path = await personalFeedPath(ctx, currentUser(request).id);
      const { t } = request;
      return reply.page({
        title: t.t('activities.feed.title'),
        body: (
          <PersonalFeedPage
            t={t}
            url={path === null ? null : `${ctx.config.baseUrl}${path}`}
            csrfToken={request.csrfToken}
          />
        ),
      });
    },
  );

  r.post(
    '/aktiviteter/min-kalender',
    { config: { access: 'user' }, schema: { body: CsrfForm, hide: true } },
    async (request, reply) => {
      await renewPersonalFeed(ctx, currentUser(request).id);
      reply.flash('activities.flash.feedRenewed');
      return reply.redirect('/aktiviteter/min-kalender');
    },
  );
}
