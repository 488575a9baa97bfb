import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { invitationRoutes } from '#src/modules/organisations/invitation-routes.tsx';
import {
  memberRoutes,
  type OrganisationsRoutesOptions,
  renderOrganisationPage,
} from '#src/modules/organisations/member-routes.tsx';
import { isOnlyAdmin, leaveOrganisation } from '#src/modules/organisations/members-service.ts';
import { formValues } from '#src/modules/organisations/request-user.ts';
import { CsrfOnlyBody, ListPageQuery, OrganisationFormBody } from '#src/modules/organisations/schemas.ts';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  membershipRole,
  ORGANISATIONS_PER_PAGE,
} from '#src/modules/organisations/service.ts';
import { isOrganisationKind } from '#src/modules/organisations/validation.ts';
import { LeavePage } from '#src/modules/organisations/views/confirm.tsx';
import { organisationPath } from '#src/modules/organisations/views/labels.ts';
import { OrganisationListPage } from '#src/modules/organisations/views/list.tsx';
import { NewOrganisationPage } from '#src/modules/organisations/views/new.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { emptyForm } from '#src/platform/views/forms.tsx';

function pageNumber(raw: string | undefined): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** HTML pages of the organisations module: list, create, show, leave; members and invitations. */
export async function organisationsRoutes(
  instance: FastifyInstance,
  options: OrganisationsRoutesOptions,
): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  app.get(
    '/organisationer',
    { config: { access: 'public', publicCache: true }, schema: { hide: true, querystring: ListPageQuery } },
    async (request, reply) => {
      const kindParam = request.query.type ?? '';
      const kind = isOrganisationKind(kindParam) ? kindParam : null;
      const requested = pageNumber(request.query.side);
      const first = await listOrganisations(ctx, {
        kind,
        limit: ORGANISATIONS_PER_PAGE,
        offset: (requested - 1) * ORGANISATIONS_PER_PAGE,
      });
      const pageCount = Math.max(1, Math.ceil(first.total / ORGANISATIONS_PER_PAGE));
      const page = Math.min(requested, pageCount);
      const result =
        page === requested
          ? first
          : await listOrganisations(ctx, {
              kind,
              limit: ORGANISATIONS_PER_PAGE,
              offset: (page - 1) * ORGANISATIONS_PER_PAGE,
            });
      return reply.page({
        title: request.t.t('organisations.list.title'),
        body: <OrganisationListPage t={request.t} model={{ ...result, page, pageCount, kind }} />,
      });
    },
  );

  app.get(
    '/organisationer/ny',
    { config: { access: 'user' }, schema: { hide: true } },
    async (request, reply) => {
      return reply.page({
        title: request.t.t('organisations.new.title'),
        body: <NewOrganisationPage t={request.t} form={emptyForm} csrfToken={request.csrfToken} />,
      });
    },
  );

  app.post(
    '/organisationer/ny',
    { config: { access: 'user' }, schema: { hide: true, body: OrganisationFormBody } },
    async (request, reply) => {
      const created = await attempt(() => createOrganisation(ctx, currentUser(request), request.body));
      if (!created.ok) {
        const form = { values: formValues(request.body), errors: created.errors };
        return reply.page({
          title: request.t.t('organisations.new.title'),
          status: 422,
          body: <NewOrganisationPage t={request.t} form={form} csrfToken={request.csrfToken} />,
        });
      }
      reply.flash('organisations.flash.created');
      return reply.redirect(organisationPath(created.value.slug), 303);
    },
  );

  app.get(
    '/organisationer/:slug',
    { config: { access: 'public', publicCache: true }, schema: { hide: true, params: SlugParams } },
    async (request, reply) =>
      renderOrganisationPage(request, reply, request.params.slug, emptyForm, options.pageSections),
  );

  app.get(
    '/organisationer/:slug/forlad',
    { config: { access: 'user' }, schema: { hide: true, params: SlugParams } },
    async (request, reply) => {
      const user = currentUser(request);
      const organisation = await getOrganisation(ctx, request.params.slug);
      const role = await membershipRole(ctx, organisation.id, user.id);
      const model = {
        organisation,
        isMember: role !== null,
        isOnlyAdmin: await isOnlyAdmin(ctx, organisation.id, user.id),
      };
      return reply.page({
        title: request.t.t('organisations.leave.title', { name: organisation.name }),
        body: <LeavePage t={request.t} model={model} csrfToken={request.csrfToken} />,
      });
    },
  );

  app.post(
    '/organisationer/:slug/forlad',
    { config: { access: 'user' }, schema: { hide: true, params: SlugParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      if (!isConfirmed(request.body))
        return reply.redirect(`${organisationPath(request.params.slug)}/forlad`, 303);
      await leaveOrganisation(ctx, currentUser(request), request.params.slug);
      reply.flash('organisations.flash.left');
      return reply.redirect(organisationPath(request.params.slug), 303);
    },
  );

  await app.register(memberRoutes, options);
  await app.register(invitationRoutes);
}
