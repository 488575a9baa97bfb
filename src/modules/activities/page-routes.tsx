import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { activityPage, participantsCsv, participantsOf } from '#src/modules/activities/page-service.ts';
import { occurrenceKeyOf } from '#src/modules/activities/publishing/form-input.ts';
import { CsvOccurrenceQuery, OccurrenceQuery } from '#src/modules/activities/schemas.ts';
import { ActivityPage } from '#src/modules/activities/views/activity-page.tsx';
import { ParticipantsPage } from '#src/modules/activities/views/participants-page.tsx';
import { IdParams } from '#src/platform/api-schemas.ts';
import { CSV_TYPE, csvDialectOf, csvFilename } from '#src/platform/csv.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { sendExport } from '#src/platform/feeds.ts';

/** An activity's page and, for its organisers, its participants. */
export async function activityPageRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/aktiviteter/:id',
    {
      config: { access: 'public', publicCache: true },
      schema: { params: IdParams, querystring: OccurrenceQuery, hide: true },
    },
    async (request, reply) => {
      const model = await activityPage(ctx, request.params.id, request.user);
      const selected =
        request.query.gang !== undefined && /^\d{1,15}$/.test(request.query.gang)
          ? Number(request.query.gang)
          : null;
      return reply.page({
        title: model.activity.title,
        body: (
          <ActivityPage
            t={request.t}
            model={model}
            loggedIn={request.user !== null}
            csrfToken={request.csrfToken}
            selected={selected}
          />
        ),
      });
    },
  );

  r.get(
    '/aktiviteter/:id/deltagere',
    { config: { access: 'user' }, schema: { params: IdParams, querystring: OccurrenceQuery, hide: true } },
    async (request, reply) => {
      const key = request.query.gang === undefined ? null : occurrenceKeyOf(request.query.gang);
      const { activity, participants } = await participantsOf(
        ctx,
        currentUser(request),
        request.params.id,
        key,
      );
      const { t } = request;
      const csvHref = `/aktiviteter/${activity.id}/deltagere.csv${key === null ? '' : `?gang=${key}`}`;
      return reply.page({
        title: t.t('activities.participants.title', { title: activity.title }),
        body: <ParticipantsPage t={t} activity={activity} participants={participants} csvHref={csvHref} />,
      });
    },
  );

  r.get(
    '/aktiviteter/:id/deltagere.csv',
    { config: { access: 'user' }, schema: { params: IdParams, querystring: CsvOccurrenceQuery, hide: true } },
    async (request, reply) => {
      const key = request.query.gang === undefined ? null : occurrenceKeyOf(request.query.gang);
      const { participants } = await participantsOf(ctx, currentUser(request), request.params.id, key);
      const dialect = csvDialectOf(request.query.format);
      return sendExport(request, reply, participantsCsv(request.t, participants, dialect), {
        type: CSV_TYPE,
        filename: csvFilename(`deltagere-${request.params.id}`, dialect),
        cache: 'private',
      });
    },
  );
}
