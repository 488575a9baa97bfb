import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { acceptInvitation, invitationForToken } from '#src/modules/organisations/invitations-service.ts';
import { CsrfOnlyBody, TokenParams } from '#src/modules/organisations/schemas.ts';
import { InvitationPage } from '#src/modules/organisations/views/invitation.tsx';
import { organisationPath } from '#src/modules/organisations/views/labels.ts';
import { currentUser } from '#src/platform/current-user.ts';

function invitationPath(token: string): string {
  return `/invitationer/${encodeURIComponent(token)}`;
}

/** The link in an invitation e-mail: see the invitation, log in or register, accept. */
export async function invitationRoutes(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  app.get(
    '/invitationer/:token',
    { config: { access: 'public' }, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const { token } = request.params;
      const invitation = await invitationForToken(ctx, token, request.user);
      return reply.page({
        title: request.t.t('organisations.invitation.title', { organisation: invitation.organisation.name }),
        body: (
          <InvitationPage
            t={request.t}
            model={{
              invitation,
              path: invitationPath(token),
              loggedIn: request.user !== null,
              csrfToken: request.csrfToken,
            }}
          />
        ),
      });
    },
  );

  app.post(
    '/invitationer/:token/accepter',
    { config: { access: 'user' }, schema: { hide: true, params: TokenParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      const result = await acceptInvitation(ctx, currentUser(request), request.params.token);
      reply.flash(
        result.outcome === 'joined' ? 'organisations.flash.joined' : 'organisations.flash.alreadyMember',
      );
      return reply.redirect(organisationPath(result.slug), 303);
    },
  );
}
