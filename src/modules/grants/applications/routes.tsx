import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listApplicationPhotos } from '#src/modules/grants/applications/photos-service.ts';
import {
  applicationHistory,
  deleteDraft,
  EDITABLE,
  getOwnApplication,
  latestQuestion,
  myApplications,
  startApplication,
  updateApplication,
  WITHDRAWABLE,
  withdrawApplication,
} from '#src/modules/grants/applications/service.ts';
import {
  type ApplicationFormModel,
  ApplicationFormPage,
} from '#src/modules/grants/applications/views/application-form.tsx';
import {
  ConfirmPage,
  MyApplicationsPage,
  OwnApplicationPage,
} from '#src/modules/grants/applications/views/mine-pages.tsx';
import {
  applicationFormValues,
  applicationInputFromForm,
  type FormValues,
  typedValues,
} from '#src/modules/grants/form-values.ts';
import type { Application, Pool } from '#src/modules/grants/model.ts';
import { getPool, getPoolById } from '#src/modules/grants/pools/service.ts';
import {
  sponsorChoices,
  sponsorOfferIdsOf,
  sponsorsOfApplication,
} from '#src/modules/grants/pools/sponsorships-service.ts';
import { ApplicationForm, CsrfForm } from '#src/modules/grants/schemas.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { allPlaces, areaChoices, parsePlaceFilter } from '#src/modules/places/listing-service.ts';
import { IdParams, SlugParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ConflictError, type FieldErrors, ValidationError } from '#src/platform/errors.ts';
import { localParts } from '#src/platform/local-time.ts';

async function formModel(
  request: FastifyRequest,
  pool: Pool,
  application: Application | null,
  question: string | null,
): Promise<ApplicationFormModel> {
  const { ctx } = request.server;
  const { t } = request;
  const [places, areas, memberships, sponsorOffers] = await Promise.all([
    parsePlaceFilter(ctx, {}).then((filter) => allPlaces(ctx, filter)),
    areaChoices(ctx),
    membershipsOfUser(ctx, currentUser(request).id),
    sponsorChoices(ctx, application?.id ?? null),
  ]);
  return {
    pool,
    action:
      application === null
        ? `/puljer/${encodeURIComponent(pool.slug)}/ansog`
        : `/mine-ansogninger/${application.id}/rediger`,
    heading:
      application === null
        ? t.t('grants.form.newTitle', { pool: pool.title })
        : t.t('grants.form.editTitle', { title: application.title }),
    question,
    applicationId: application?.id ?? null,
    resubmit: application?.status === 'needs_info',
    places: places.map((place) => ({ slug: place.slug, name: place.name })),
    areas: areas.map((area) => ({ slug: area.slug, name: area.name })),
    organisations: memberships.map((membership) => ({
      id: membership.organisationId,
      name: membership.name,
    })),
    sponsorOffers,
    today: localParts(ctx.clock.now()).date,
  };
}

async function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  model: ApplicationFormModel,
  values: FormValues,
  errors: FieldErrors,
  status = 200,
) {
  return reply.page({
    title: model.heading,
    status,
    body: (
      <ApplicationFormPage
        t={request.t}
        csrfToken={request.csrfToken}
        model={model}
        form={{ values, errors }}
      />
    ),
  });
}

/** A refusal the form can show beside a field; anything else goes to the error handler. */
function formErrors(error: unknown): FieldErrors | null {
  if (error instanceof ValidationError) return error.fieldErrors;
  return null;
}

/** Applying: the form (draft or submit), my applications, changing, withdrawing and deleting drafts. */
export async function applyRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/puljer/:slug/ansog',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => {
      const pool = await getPool(ctx, request.params.slug);
      return renderForm(request, reply, await formModel(request, pool, null, null), {}, {});
    },
  );

  r.post(
    '/puljer/:slug/ansog',
    { config: { access: 'user' }, schema: { params: SlugParams, body: ApplicationForm } },
    async (request, reply) => {
      const pool = await getPool(ctx, request.params.slug);
      const submit = request.body.handling !== 'kladde';
      try {
        const id = await startApplication(
          ctx,
          currentUser(request),
          pool.slug,
          applicationInputFromForm(request.body, localParts(ctx.clock.now()).date),
          submit,
        );
        reply.flash(submit ? 'grants.flash.submitted' : 'grants.flash.draftSaved');
        return reply.redirect(submit ? `/mine-ansogninger/${id}` : '/mine-ansogninger');
      } catch (error) {
        const errors = formErrors(error);
        if (errors === null) throw error;
        return renderForm(
          request,
          reply,
          await formModel(request, pool, null, null),
          typedValues(request.body),
          errors,
          422,
        );
      }
    },
  );

  r.get('/mine-ansogninger', { config: { access: 'user' } }, async (request, reply) => {
    const { t } = request;
    const applications = await myApplications(ctx, currentUser(request));
    return reply.page({
      title: t.t('grants.mine.title'),
      body: <MyApplicationsPage t={t} applications={applications} />,
    });
  });

  r.get(
    '/mine-ansogninger/:id',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => {
      const application = await getOwnApplication(ctx, currentUser(request), request.params.id);
      const [question, photos, events, sponsors] = await Promise.all([
        application.status === 'needs_info' ? latestQuestion(ctx, application.id) : Promise.resolve(null),
        listApplicationPhotos(ctx, application.id),
        applicationHistory(ctx, application.id),
        sponsorsOfApplication(ctx, application.id),
      ]);
      return reply.page({
        title: application.title,
        body: (
          <OwnApplicationPage
            t={request.t}
            model={{
              application,
              question,
              photos,
              events,
              sponsors,
              canWithdraw: WITHDRAWABLE.includes(application.status),
            }}
          />
        ),
      });
    },
  );

  async function editModel(request: FastifyRequest, id: number) {
    const application = await getOwnApplication(ctx, currentUser(request), id);
    if (!EDITABLE.includes(application.status))
      throw new ConflictError('application_not_editable', 'grants.error.notEditable');
    const pool = await getPoolById(ctx, application.poolId);
    const question = application.status === 'needs_info' ? await latestQuestion(ctx, id) : null;
    return { application, model: await formModel(request, pool, application, question) };
  }

  r.get(
    '/mine-ansogninger/:id/rediger',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => {
      const { application, model } = await editModel(request, request.params.id);
      const linked = await sponsorOfferIdsOf(ctx, application.id);
      return renderForm(request, reply, model, applicationFormValues(application, linked), {});
    },
  );

  r.post(
    '/mine-ansogninger/:id/rediger',
    { config: { access: 'user' }, schema: { params: IdParams, body: ApplicationForm } },
    async (request, reply) => {
      const { id } = request.params;
      const { model } = await editModel(request, id);
      const submit = request.body.handling !== 'kladde';
      try {
        await updateApplication(
          ctx,
          currentUser(request),
          id,
          applicationInputFromForm(request.body, localParts(ctx.clock.now()).date),
          submit,
        );
        reply.flash(
          submit
            ? model.resubmit
              ? 'grants.flash.resubmitted'
              : 'grants.flash.submitted'
            : 'grants.flash.draftSaved',
        );
        return reply.redirect(submit ? `/mine-ansogninger/${id}` : '/mine-ansogninger');
      } catch (error) {
        const errors = formErrors(error);
        if (errors === null) throw error;
        return renderForm(request, reply, model, typedValues(request.body), errors, 422);
      }
    },
  );

  for (const kind of ['withdraw', 'delete'] as const) {
    const path = kind === 'withdraw' ? '/mine-ansogninger/:id/tilbagetraek' : '/mine-ansogninger/:id/slet';
    async function confirmPage(request: FastifyRequest, reply: FastifyReply, id: number) {
      const application = await getOwnApplication(ctx, currentUser(request), id);
      const { t } = request;
      return reply.page({
        title: t.t(kind === 'withdraw' ? 'grants.withdraw.title' : 'grants.delete.title'),
        body: (
          <ConfirmPage
            t={t}
            csrfToken={request.csrfToken}
            application={application}
            action={path.replace(':id', String(application.id))}
            kind={kind}
          />
        ),
      });
    }
    r.get(path, { config: { access: 'user' }, schema: { params: IdParams } }, async (request, reply) =>
      confirmPage(request, reply, request.params.id),
    );
    r.post(
      path,
      { config: { access: 'user' }, schema: { params: IdParams, body: CsrfForm } },
      async (request, reply) => {
        if (!isConfirmed(request.body)) return confirmPage(request, reply, request.params.id);
        const user = currentUser(request);
        if (kind === 'withdraw') {
          await withdrawApplication(ctx, user, request.params.id);
          reply.flash('grants.flash.withdrawn');
          return reply.redirect(`/mine-ansogninger/${request.params.id}`);
        }
        await deleteDraft(ctx, user, request.params.id);
        reply.flash('grants.flash.draftDeleted');
        return reply.redirect('/mine-ansogninger');
      },
    );
  }
}
