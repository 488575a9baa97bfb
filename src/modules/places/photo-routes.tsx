import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { placeForEditing } from '#src/modules/places/listing-service.ts';
import {
  addPlacePhoto,
  deletePlacePhoto,
  listPlacePhotos,
  photoForDeletion,
} from '#src/modules/places/photos.ts';
import { CsrfOnlyForm, PhotoParams } from '#src/modules/places/schemas.ts';
import { DeletePhotoPage, PhotosPage } from '#src/modules/places/views/photos-page.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { readPhotoUpload } from '#src/platform/uploads.ts';

/** Step 3: a place's photos – upload, and delete after confirming. */
export async function placePhotoRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function renderPhotos(
    request: FastifyRequest,
    slug: string,
    status: number,
    altText = '',
    errors: FieldErrors = {},
  ) {
    const place = await placeForEditing(ctx, currentUser(request), slug);
    const photos = await listPlacePhotos(ctx, place.id, place.slug);
    const { t } = request;
    return {
      title: t.t('places.photos.title', { name: place.name }),
      status,
      body: (
        <PhotosPage
          t={t}
          csrfToken={request.csrfToken}
          place={place}
          photos={photos}
          form={{ values: { altText }, errors }}
        />
      ),
    };
  }

  r.get(
    '/steder/:slug/rediger/fotos',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => reply.page(await renderPhotos(request, request.params.slug, 200)),
  );

  r.post(
    '/steder/:slug/rediger/fotos',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { slug } = request.params;
      const user = currentUser(request);
      await placeForEditing(ctx, user, slug);
      const upload = await readPhotoUpload(request);
      const added = await attempt(() => addPlacePhoto(ctx, user, slug, upload));
      if (!added.ok) return reply.page(await renderPhotos(request, slug, 422, upload.altText, added.errors));
      reply.flash('places.photos.uploaded');
      return reply.redirect(`/steder/${encodeURIComponent(slug)}/rediger/fotos`);
    },
  );

  async function confirmDeletion(request: FastifyRequest, reply: FastifyReply, slug: string, id: number) {
    const { t, csrfToken } = request;
    const { place, photo } = await photoForDeletion(ctx, currentUser(request), slug, id);
    return reply.page({
      title: t.t('places.photos.deleteTitle'),
      body: <DeletePhotoPage t={t} csrfToken={csrfToken} place={place} photo={photo} />,
    });
  }

  r.get(
    '/steder/:slug/fotos/:id/slet',
    { config: { access: 'user' }, schema: { params: PhotoParams } },
    async (request, reply) => confirmDeletion(request, reply, request.params.slug, request.params.id),
  );

  /** Deleting cannot be undone: a post without the confirmation page's field shows that page. */
  r.post(
    '/steder/:slug/fotos/:id/slet',
    { config: { access: 'user' }, schema: { params: PhotoParams, body: CsrfOnlyForm } },
    async (request, reply) => {
      const { slug, id } = request.params;
      if (!isConfirmed(request.body)) return confirmDeletion(request, reply, slug, id);
      await deletePlacePhoto(ctx, currentUser(request), slug, id);
      reply.flash('places.photos.deleted');
      return reply.redirect(`/steder/${encodeURIComponent(slug)}/rediger/fotos`);
    },
  );
}
