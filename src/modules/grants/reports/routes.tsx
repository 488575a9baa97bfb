import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { oreToInput } from '#src/modules/grants/amounts.ts';
import {
  addApplicationPhoto,
  deleteApplicationPhoto,
  getApplicationPhoto,
  listApplicationPhotos,
  type PhotoPurpose,
  photoForDeletion,
} from '#src/modules/grants/applications/photos-service.ts';
import { getOwnApplication } from '#src/modules/grants/applications/service.ts';
import { type FormValues, typedValues } from '#src/modules/grants/form-values.ts';
import { submitReport } from '#src/modules/grants/reports/service.ts';
import {
  DeletePhotoConfirm,
  PhotosPage,
  ReportPage,
} from '#src/modules/grants/reports/views/photo-report-pages.tsx';
import { CsrfForm, PhotoParams, PhotoQuery, ReportForm } from '#src/modules/grants/schemas.ts';
import { IdParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ConflictError, type FieldErrors } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { readPhotoUpload } from '#src/platform/uploads.ts';

/** Photos (application and report), the report itself, and the photo files. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function renderPhotos(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    altText: string,
    errors: FieldErrors,
    status = 200,
  ) {
    const application = await getOwnApplication(ctx, currentUser(request), id);
    const photos = await listApplicationPhotos(ctx, id, 'application');
    const { t } = request;
    return reply.page({
      title: t.t('grants.photos.title', { title: application.title }),
      status,
      body: (
        <PhotosPage
          t={t}
          csrfToken={request.csrfToken}
          application={application}
          photos={photos}
          form={{ values: { altText }, errors }}
        />
      ),
    });
  }

  async function renderReport(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    forms: { values?: FormValues; errors?: FieldErrors; altText?: string; photoErrors?: FieldErrors },
    status = 200,
  ) {
    const application = await getOwnApplication(ctx, currentUser(request), id);
    if (application.status !== 'paid' && application.status !== 'reported') {
      throw new ConflictError('not_reportable', 'grants.report.notPaid');
    }
    const photos = await listApplicationPhotos(ctx, id, 'report');
    const values = forms.values ?? {
      text: application.reportText ?? '',
      actualSpend: application.actualSpendOre === null ? '' : oreToInput(application.actualSpendOre),
    };
    const { t } = request;
    return reply.page({
      title: t.t('grants.report.pageTitle', { title: application.title }),
      status,
      body: (
        <ReportPage
          t={t}
          csrfToken={request.csrfToken}
          application={application}
          photos={photos}
          form={{ values, errors: forms.errors ?? {} }}
          photoForm={{ values: { altText: forms.altText ?? '' }, errors: forms.photoErrors ?? {} }}
        />
      ),
    });
  }

  r.get(
    '/mine-ansogninger/:id/fotos',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => renderPhotos(request, reply, request.params.id, '', {}),
  );

  r.post(
    '/mine-ansogninger/:id/fotos',
    { config: { access: 'user' }, schema: { params: IdParams, querystring: PhotoQuery } },
    async (request, reply) => {
      const { id } = request.params;
      const purpose: PhotoPurpose = request.query.formaal === 'rapport' ? 'report' : 'application';
      await getOwnApplication(ctx, currentUser(request), id);
      const upload = await readPhotoUpload(request);
      const added = await attempt(() =>
        addApplicationPhoto(ctx, currentUser(request), id, { ...upload, purpose }),
      );
      if (!added.ok) {
        if (purpose === 'report')
          return renderReport(
            request,
            reply,
            id,
            { altText: upload.altText, photoErrors: added.errors },
            422,
          );
        return renderPhotos(request, reply, id, upload.altText, added.errors, 422);
      }
      reply.flash('grants.flash.photoAdded');
      return reply.redirect(`/mine-ansogninger/${id}/${purpose === 'report' ? 'rapport' : 'fotos'}`);
    },
  );

  r.post(
    '/mine-ansogninger/:id/fotos/:photoId/slet',
    { config: { access: 'user' }, schema: { params: PhotoParams, body: CsrfForm } },
    async (request, reply) => {
      const { id, photoId } = request.params;
      if (!isConfirmed(request.body)) {
        const { t } = request;
        const photo = await photoForDeletion(ctx, currentUser(request), id, photoId);
        return reply.page({
          title: t.t('grants.photos.deleteTitle'),
          body: (
            <DeletePhotoConfirm
              t={t}
              csrfToken={request.csrfToken}
              applicationId={id}
              photoId={photoId}
              photo={photo}
            />
          ),
        });
      }
      const purpose = await deleteApplicationPhoto(ctx, currentUser(request), id, photoId);
      reply.flash('grants.flash.photoDeleted');
      return reply.redirect(`/mine-ansogninger/${id}/${purpose === 'report' ? 'rapport' : 'fotos'}`);
    },
  );

  r.get(
    '/mine-ansogninger/:id/rapport',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => renderReport(request, reply, request.params.id, {}),
  );

  r.post(
    '/mine-ansogninger/:id/rapport',
    { config: { access: 'user' }, schema: { params: IdParams, body: ReportForm } },
    async (request, reply) => {
      const { id } = request.params;
      const reported = await attempt(() =>
        submitReport(ctx, currentUser(request), id, {
          text: request.body.text,
          actualSpend: { text: request.body.actualSpend },
        }),
      );
      if (!reported.ok) {
        return renderReport(
          request,
          reply,
          id,
          { values: typedValues(request.body), errors: reported.errors },
          422,
        );
      }
      reply.flash('grants.flash.reported');
      return reply.redirect(`/mine-ansogninger/${id}`);
    },
  );

  r.get(
    '/ansogninger/:id/fotos/:photoId',
    { config: { access: 'public' }, schema: { params: PhotoParams } },
    async (request, reply) => {
      const photo = await getApplicationPhoto(ctx, request.user, request.params.id, request.params.photoId);
      return reply
        .type(photo.contentType)
        .header('cache-control', 'private, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(photo.data);
    },
  );
}
