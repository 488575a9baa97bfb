import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  addPlaceManager,
  managersOverview,
  removePlaceManager,
} from '#src/modules/places/managers-service.ts';
import { CsrfOnlyForm, ManagerForm, ManagerParams } from '#src/modules/places/schemas.ts';
import { ManagersPage } from '#src/modules/places/views/managers-page.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';

/** Step 4: the place's managers, chosen among the owning organisation's members. */
export async function placeManagerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function render(request: FastifyRequest, slug: string, status: number, errors: FieldErrors = {}) {
    const overview = await managersOverview(ctx, currentUser(request), slug);
    const { t } = request;
    return {
      title: t.t('places.managers.title', { name: overview.place.name }),
      status,
      body: <ManagersPage t={t} csrfToken={request.csrfToken} overview={overview} errors={errors} />,
    };
  }

  r.get(
    '/steder/:slug/rediger/ansvarlige',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => reply.page(await render(request, request.params.slug, 200)),
  );

  r.post(
    '/steder/:slug/rediger/ansvarlige',
    { config: { access: 'user' }, schema: { params: SlugParams, body: ManagerForm } },
    async (request, reply) => {
      const { slug } = request.params;
      const added = await attempt(() =>
        addPlaceManager(ctx, currentUser(request), slug, request.body.manager),
      );
      if (!added.ok) return reply.page(await render(request, slug, 422, added.errors));
      reply.flash('places.managers.added');
      return reply.redirect(`/steder/${encodeURIComponent(slug)}/rediger/ansvarlige`);
    },
  );

  r.post(
    '/steder/:slug/rediger/ansvarlige/:userId/fjern',
    { config: { access: 'user' }, schema: { params: ManagerParams, body: CsrfOnlyForm } },
    async (request, reply) => {
      const { slug, userId } = request.params;
      await removePlaceManager(ctx, currentUser(request), slug, userId);
      reply.flash('places.managers.removed');
      return reply.redirect(`/steder/${encodeURIComponent(slug)}/rediger/ansvarlige`);
    },
  );
}
