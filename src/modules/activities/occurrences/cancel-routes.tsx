import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  previewActivityCancellation,
  previewOccurrenceCancellation,
} from '#src/modules/activities/occurrences/cancel-preview.ts';
import { cancelOccurrence } from '#src/modules/activities/occurrences/service.ts';
import { CancelActivityConfirm } from '#src/modules/activities/occurrences/views/cancel-confirm.tsx';
import { occurrenceKeyOf } from '#src/modules/activities/publishing/form-input.ts';
import { cancelActivity } from '#src/modules/activities/publishing/service.ts';
import { CancelOccurrenceForm, OccurrenceQuery, ReasonForm } from '#src/modules/activities/schemas.ts';
import { IdParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';

/**
 * Cancelling an activity or one time of a series mails everyone who joined, so it asks first:
 * a GET or an unconfirmed POST shows the confirmation page; only its own POST cancels.
 */
export async function activityCancelRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function confirmPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    occurrenceKey: number | null,
    reason: string,
  ) {
    const user = currentUser(request);
    const preview =
      occurrenceKey === null
        ? await previewActivityCancellation(ctx, user, id)
        : await previewOccurrenceCancellation(ctx, user, id, occurrenceKey);
    const { t } = request;
    return reply.page({
      title: preview.activity.title,
      body: (
        <CancelActivityConfirm
          t={t}
          csrfToken={request.csrfToken}
          preview={preview}
          occurrenceKey={occurrenceKey}
          reason={reason}
        />
      ),
    });
  }

  r.get(
    '/aktiviteter/:id/aflys',
    { config: { access: 'user' }, schema: { params: IdParams, hide: true } },
    async (request, reply) => confirmPage(request, reply, request.params.id, null, ''),
  );

  r.post(
    '/aktiviteter/:id/aflys',
    { config: { access: 'user' }, schema: { params: IdParams, body: ReasonForm, hide: true } },
    async (request, reply) => {
      const { id } = request.params;
      const reason = request.body.reason ?? '';
      if (!isConfirmed(request.body)) return confirmPage(request, reply, id, null, reason);
      await cancelActivity(ctx, currentUser(request), id, reason);
      reply.flash('activities.flash.cancelled');
      return reply.redirect(`/aktiviteter/${id}`);
    },
  );

  r.get(
    '/aktiviteter/:id/gang/aflys',
    { config: { access: 'user' }, schema: { params: IdParams, querystring: OccurrenceQuery, hide: true } },
    async (request, reply) =>
      confirmPage(request, reply, request.params.id, occurrenceKeyOf(request.query.gang), ''),
  );

  r.post(
    '/aktiviteter/:id/gang/aflys',
    { config: { access: 'user' }, schema: { params: IdParams, body: CancelOccurrenceForm, hide: true } },
    async (request, reply) => {
      const { id } = request.params;
      const key = occurrenceKeyOf(request.body.gang);
      const reason = request.body.reason ?? '';
      if (!isConfirmed(request.body)) return confirmPage(request, reply, id, key, reason);
      await cancelOccurrence(ctx, currentUser(request), id, key, reason);
      reply.flash('activities.flash.occurrenceCancelled');
      return reply.redirect(`/aktiviteter/${id}`);
    },
  );
}
