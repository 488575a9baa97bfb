import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cancelReasonErrors } from '#src/modules/activities/cancel-reason.ts';
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
import type { FieldErrors } from '#src/platform/errors.ts';

function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

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
    errors: FieldErrors = {},
  ) {
    const user = currentUser(request);
    const preview =
      occurrenceKey === null
        ? await previewActivityCancellation(ctx, user, id)
        : await previewOccurrenceCancellation(ctx, user, id, occurrenceKey);
    const { t } = request;
    return reply.page({
      title: preview.activity.title,
      status: hasErrors(errors) ? 422 : 200,
      body: (
        <CancelActivityConfirm
          t={t}
          csrfToken={request.csrfToken}
          preview={preview}
          occurrenceKey={occurrenceKey}
          reason={reason}
          errors={errors}
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
      const errors = cancelReasonErrors(reason);
      if (!isConfirmed(request.body) || hasErrors(errors))
        return confirmPage(request, reply, id, null, reason, errors);
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
      const errors = cancelReasonErrors(reason);
      if (!isConfirmed(request.body) || hasErrors(errors))
        return confirmPage(request, reply, id, key, reason, errors);
      await cancelOccurrence(ctx, currentUser(request), id, key, reason);
      reply.flash('activities.flash.occurrenceCancelled');
      return reply.redirect(`/aktiviteter/${id}`);
    },
  );
}
