import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { moveOccurrence } from '#src/modules/activities/occurrences/service.ts';
import { OccurrencePage } from '#src/modules/activities/occurrences/views/occurrence-page.tsx';
import { assertCanManage } from '#src/modules/activities/policy.ts';
import { formErrorsOf, occurrenceKeyOf } from '#src/modules/activities/publishing/form-input.ts';
import { findOccurrence, loadActivity } from '#src/modules/activities/reading.ts';
import { MoveForm, OccurrenceQuery } from '#src/modules/activities/schemas.ts';
import { IdParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { localParts } from '#src/platform/local-time.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

/** Moving one occurrence of a series to another time (cancelling one: see cancel-routes). */
export async function occurrenceMoveRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function occurrencePage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    key: number,
    form: FormState,
    status = 200,
  ) {
    const loaded = await loadActivity(ctx, id);
    await assertCanManage(ctx, loaded.activity, currentUser(request));
    const occurrence = findOccurrence(loaded, key);
    if (occurrence === null || loaded.activity.rrule === null)
      throw new NotFoundError('activities.error.noSuchOccurrence');
    const { t } = request;
    return reply.page({
      title: t.t('activities.occurrence.title', { title: loaded.activity.title }),
      status,
      body: (
        <OccurrencePage
          t={t}
          activity={loaded.activity}
          occurrence={occurrence}
          form={form}
          csrfToken={request.csrfToken}
          today={localParts(ctx.clock.now()).date}
        />
      ),
    });
  }

  r.get(
    '/aktiviteter/:id/gang',
    { config: { access: 'user' }, schema: { params: IdParams, querystring: OccurrenceQuery, hide: true } },
    async (request, reply) =>
      occurrencePage(request, reply, request.params.id, occurrenceKeyOf(request.query.gang), {
        values: {},
        errors: {},
      }),
  );

  r.post(
    '/aktiviteter/:id/gang/flyt',
    { config: { access: 'user' }, schema: { params: IdParams, body: MoveForm, hide: true } },
    async (request, reply) => {
      const key = occurrenceKeyOf(request.body.gang);
      const { id } = request.params;
      try {
        await moveOccurrence(ctx, currentUser(request), id, key, request.body);
      } catch (error) {
        const errors = formErrorsOf(error);
        if (errors === null) throw error;
        const { date = '', startTime = '', endTime = '' } = request.body;
        return occurrencePage(request, reply, id, key, { values: { date, startTime, endTime }, errors }, 422);
      }
      reply.flash('activities.flash.occurrenceMoved');
      return reply.redirect(`/aktiviteter/${id}`);
    },
  );
}
