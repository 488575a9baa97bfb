import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  activityCalendar,
  allActivitiesCalendar,
  areaCalendar,
  organisationCalendar,
  personalCalendar,
  personalFeedPath,
  renewPersonalFeed,
} from '#src/modules/activities/feeds-service.ts';
import { parseActivityQuery } from '#src/modules/activities/filters.ts';
import { userOf } from '#src/modules/activities/form-routes.tsx';
import { publicActivitiesCsv } from '#src/modules/activities/open-data.ts';
import { CsrfForm, FileParams, IdParams, ListQuery } from '#src/modules/activities/schemas.ts';
import { PersonalFeedPage } from '#src/modules/activities/views/personal-feed-page.tsx';
import { NotFoundError } from '#src/platform/errors.ts';

function sendCalendar(reply: FastifyReply, text: string, filename: string, cache: 'public' | 'private') {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', cache === 'public' ? 'public, max-age=300' : 'private, no-store')
    .send(text);
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
    { config: { access: 'public' }, schema: { params: IdParams, hide: true } },
    async (request, reply) =>
      sendCalendar(
        reply,
        await activityCalendar(ctx, request.params.id),
        `aktivitet-${request.params.id}.ics`,
        'public',
      ),
  );

  r.get(
    '/aktiviteter.ics',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) =>
      sendCalendar(reply, await allActivitiesCalendar(ctx), 'aktiviteter.ics', 'public'),
  );

  r.get(
    '/aktiviteter/omraader/:file',
    { config: { access: 'public' }, schema: { params: FileParams, hide: true } },
    async (request, reply) => {
      const slug = slugOfFile(request.params.file);
      return sendCalendar(reply, await areaCalendar(ctx, slug), `aktiviteter-${slug}.ics`, 'public');
    },
  );

  r.get(
    '/aktiviteter/organisationer/:file',
    { config: { access: 'public' }, schema: { params: FileParams, hide: true } },
    async (request, reply) => {
      const slug = slugOfFile(request.params.file);
      return sendCalendar(reply, await organisationCalendar(ctx, slug), `aktiviteter-${slug}.ics`, 'public');
    },
  );

  r.get(
    '/aktiviteter/kalender/:file',
    { config: { access: 'public' }, schema: { params: FileParams, hide: true } },
    async (request, reply) =>
      sendCalendar(
        reply,
        await personalCalendar(ctx, slugOfFile(request.params.file)),
        'mine-aktiviteter.ics',
        'private',
      ),
  );

  r.get(
    '/aktiviteter.csv',
    { config: { access: 'public' }, schema: { querystring: ListQuery, hide: true } },
    async (request, reply) => {
      const query = await parseActivityQuery(ctx, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="aktiviteter.csv"')
        .header('cache-control', 'public, max-age=300')
        .send(await publicActivitiesCsv(ctx, query));
    },
  );

  r.get(
    '/aktiviteter/min-kalender',
    { config: { access: 'user' }, schema: { hide: true } },
    async (request, reply) => {
      const path = await personalFeedPath(ctx, userOf(request).id);
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
      await renewPersonalFeed(ctx, userOf(request).id);
      reply.flash('activities.flash.feedRenewed');
      return reply.redirect('/aktiviteter/min-kalender');
    },
  );
}
