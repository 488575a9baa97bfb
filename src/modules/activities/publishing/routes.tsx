import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assertCanManage } from '#src/modules/activities/policy.ts';
import {
  activityValues,
  formErrorsOf,
  formValues,
  rawInputOf,
  templateValues,
  usualMinutes,
} from '#src/modules/activities/publishing/form-input.ts';
import { readActivityInput } from '#src/modules/activities/publishing/input.ts';
import { createActivity, updateActivity } from '#src/modules/activities/publishing/service.ts';
import { FormPage, type FormPageModel } from '#src/modules/activities/publishing/views/form-page.tsx';
import { listCohosts } from '#src/modules/activities/queries.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import { ActivityForm, NewQuery } from '#src/modules/activities/schemas.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { allPlaces, parsePlaceFilter } from '#src/modules/places/listing-service.ts';
import { IdParams } from '#src/platform/api-schemas.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { localParts } from '#src/platform/local-time.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

async function formModel(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number | null,
  kind: string | undefined,
): Promise<FormPageModel> {
  const [memberships, places] = await Promise.all([
    membershipsOfUser(ctx, user.id),
    parsePlaceFilter(ctx, {}).then((filter) => allPlaces(ctx, filter)),
  ]);
  return {
    activityId,
    places: places
      .filter((place) => place.rules.accessMode !== 'closed')
      .map((place) => ({ slug: place.slug, name: place.name })),
    organisations: memberships.map((membership) => ({
      id: membership.organisationId,
      name: membership.name,
    })),
    usualMinutes: usualMinutes(kind),
    today: localParts(ctx.clock.now()).date,
  };
}

async function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  activityId: number | null,
  form: FormState,
  status = 200,
) {
  const { t } = request;
  const model = await formModel(request.server.ctx, currentUser(request), activityId, form.values.kind);
  return reply.page({
    title: activityId === null ? t.t('activities.form.newTitle') : t.t('activities.form.editTitle'),
    status,
    body: <FormPage t={t} form={form} model={model} csrfToken={request.csrfToken} />,
  });
}

/** Creating and changing activities. */
export async function activityFormRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/aktiviteter/ny',
    { config: { access: 'user' }, schema: { querystring: NewQuery, hide: true } },
    async (request, reply) =>
      renderForm(request, reply, null, { values: templateValues(request.t, request.query.type), errors: {} }),
  );

  r.post(
    '/aktiviteter/ny',
    { config: { access: 'user' }, schema: { body: ActivityForm, hide: true } },
    async (request, reply) => {
      const user = currentUser(request);
      try {
        const draft = readActivityInput(rawInputOf(request.body), ctx.clock.now(), { allowPast: false });
        const id = await createActivity(ctx, user, draft);
        reply.flash('activities.flash.created');
        return reply.redirect(`/aktiviteter/${id}`);
      } catch (error) {
        const errors = formErrorsOf(error);
        if (errors === null) throw error;
        return renderForm(request, reply, null, { values: formValues(request.body), errors }, 422);
      }
    },
  );

  r.get(
    '/aktiviteter/:id/rediger',
    { config: { access: 'user' }, schema: { params: IdParams, hide: true } },
    async (request, reply) => {
      const { activity } = await loadActivity(ctx, request.params.id);
      await assertCanManage(ctx, activity, currentUser(request));
      const cohosts = await listCohosts(ctx.db.kysely, activity.id);
      const values = activityValues(
        activity,
        cohosts.map((row) => row.email ?? '').filter((email) => email !== ''),
      );
      return renderForm(request, reply, activity.id, { values, errors: {} });
    },
  );

  r.post(
    '/aktiviteter/:id/rediger',
    { config: { access: 'user' }, schema: { params: IdParams, body: ActivityForm, hide: true } },
    async (request, reply) => {
      const user = currentUser(request);
      const { id } = request.params;
      try {
        const { activity } = await loadActivity(ctx, id);
        const draft = readActivityInput(rawInputOf(request.body), ctx.clock.now(), {
          allowPast: activity.startsAt < ctx.clock.now(),
        });
        await updateActivity(ctx, user, id, draft);
        reply.flash('activities.flash.saved');
        return reply.redirect(`/aktiviteter/${id}`);
      } catch (error) {
        const errors = formErrorsOf(error);
        if (errors === null) throw error;
        return renderForm(request, reply, id, { values: formValues(request.body), errors }, 422);
      }
    },
  );
}
