import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  inviteMember,
  pendingInvitations,
  withdrawInvitation,
} from '#src/modules/organisations/invitations-service.ts';
import {
  changeMemberRole,
  memberToRemove,
  removeMember,
} from '#src/modules/organisations/members-service.ts';
import { formValues } from '#src/modules/organisations/request-user.ts';
import {
  CsrfOnlyBody,
  InviteFormBody,
  MemberParams,
  RoleFormBody,
} from '#src/modules/organisations/schemas.ts';
import { organisationOverview } from '#src/modules/organisations/service.ts';
import { RemoveMemberPage, WithdrawInvitationPage } from '#src/modules/organisations/views/confirm.tsx';
import { organisationPath } from '#src/modules/organisations/views/labels.ts';
import { OrganisationPage } from '#src/modules/organisations/views/show.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import type { FormState } from '#src/platform/views/forms.tsx';
import type { PageSection } from '#src/platform/views/page-sections.tsx';

/** What other modules add to an organisation's page, composed at the app's level. */
export interface OrganisationsRoutesOptions {
  pageSections: readonly PageSection[];
}

/** The organisation page; admins also get the invitation form (with `inviteForm`'s values and errors). */
export async function renderOrganisationPage(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  inviteForm: FormState,
  sections: readonly PageSection[],
  status = 200,
) {
  const { ctx } = request.server;
  const overview = await organisationOverview(ctx, slug, request.user);
  const invitations =
    overview.canManage && request.user !== null ? await pendingInvitations(ctx, request.user, slug) : null;
  return reply.page({
    title: overview.organisation.name,
    status,
    body: (
      <OrganisationPage
        t={request.t}
        model={{ overview, invitations, inviteForm, csrfToken: request.csrfToken }}
        sections={sections}
      />
    ),
  });
}

/** Admin actions on an organisation's members and invitations. */
export async function memberRoutes(
  instance: FastifyInstance,
  options: OrganisationsRoutesOptions,
): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  app.post(
    '/organisationer/:slug/inviter',
    { config: { access: 'user' }, schema: { hide: true, params: SlugParams, body: InviteFormBody } },
    async (request, reply) => {
      const { slug } = request.params;
      const invited = await attempt(() => inviteMember(ctx, currentUser(request), slug, request.body));
      if (!invited.ok) {
        const form = { values: formValues(request.body), errors: invited.errors };
        return renderOrganisationPage(request, reply, slug, form, options.pageSections, 422);
      }
      reply.flash('organisations.flash.invited');
      return reply.redirect(organisationPath(slug), 303);
    },
  );

  app.post(
    '/organisationer/:slug/invitationer/:id/tilbagekald',
    { config: { access: 'user' }, schema: { hide: true, params: MemberParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      const { slug, id } = request.params;
      if (!isConfirmed(request.body)) {
        // The invitation's link stops working: a plain post shows the confirmation page first.
        const invitations = await pendingInvitations(ctx, currentUser(request), slug);
        const invitation = invitations.find((row) => row.id === id);
        if (invitation === undefined) throw new NotFoundError('organisations.error.invitationNotFound');
        return reply.page({
          title: request.t.t('organisations.withdraw.heading'),
          body: (
            <WithdrawInvitationPage
              t={request.t}
              csrfToken={request.csrfToken}
              slug={slug}
              invitation={invitation}
            />
          ),
        });
      }
      await withdrawInvitation(ctx, currentUser(request), slug, id);
      reply.flash('organisations.flash.withdrawn');
      return reply.redirect(organisationPath(slug), 303);
    },
  );

  app.post(
    '/organisationer/:slug/medlemmer/:id/rolle',
    { config: { access: 'user' }, schema: { hide: true, params: MemberParams, body: RoleFormBody } },
    async (request, reply) => {
      const { slug, id } = request.params;
      await changeMemberRole(ctx, currentUser(request), slug, id, request.body.role);
      reply.flash('organisations.flash.roleChanged');
      return reply.redirect(organisationPath(slug), 303);
    },
  );

  app.get(
    '/organisationer/:slug/medlemmer/:id/fjern',
    { config: { access: 'user' }, schema: { hide: true, params: MemberParams } },
    async (request, reply) => {
      const { slug, id } = request.params;
      const model = await memberToRemove(ctx, currentUser(request), slug, id);
      return reply.page({
        title: request.t.t('organisations.remove.title', {
          name: model.member.name,
          organisation: model.organisation.name,
        }),
        body: <RemoveMemberPage t={request.t} model={model} csrfToken={request.csrfToken} />,
      });
    },
  );

  app.post(
    '/organisationer/:slug/medlemmer/:id/fjern',
    { config: { access: 'user' }, schema: { hide: true, params: MemberParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      const { slug, id } = request.params;
      if (!isConfirmed(request.body))
        return reply.redirect(`${organisationPath(slug)}/medlemmer/${id}/fjern`, 303);
      await removeMember(ctx, currentUser(request), slug, id);
      reply.flash('organisations.flash.removed');
      return reply.redirect(organisationPath(slug), 303);
    },
  );
}
