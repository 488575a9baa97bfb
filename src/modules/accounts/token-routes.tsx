import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type CreatedApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '#src/modules/accounts/api-tokens-service.ts';
import { formState } from '#src/modules/accounts/route-helpers.ts';
import { CsrfOnlyForm, TokenNameForm } from '#src/modules/accounts/schemas.ts';
import { ApiTokensPage, RevokeTokenConfirm } from '#src/modules/accounts/views/api-tokens.tsx';
import { IdParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { emptyForm, type FormState } from '#src/platform/views/forms.tsx';

async function renderTokens(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { form?: FormState; created?: CreatedApiToken; status?: number } = {},
) {
  const { t, csrfToken } = request;
  const tokens = await listApiTokens(request.server.ctx, currentUser(request).id);
  return reply.page({
    title: t.t('accounts.tokens.title'),
    status: options.status,
    body: (
      <ApiTokensPage
        t={t}
        csrfToken={csrfToken}
        tokens={tokens}
        form={options.form ?? emptyForm}
        created={options.created ?? null}
      />
    ),
  });
}

/** Personal API tokens: list, create (shown once), revoke. */
export async function tokenRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get('/profil/api-tokens', { config: { access: 'user' } }, async (request, reply) =>
    renderTokens(request, reply),
  );

  // The new token is shown in this very response (201) and nowhere else: it is never stored.
  r.post(
    '/profil/api-tokens',
    { config: { access: 'user' }, schema: { body: TokenNameForm } },
    async (request, reply) => {
      const created = await attempt(() => createApiToken(ctx, currentUser(request).id, request.body));
      if (created.ok) return renderTokens(request, reply, { created: created.value, status: 201 });
      return renderTokens(request, reply, {
        form: formState(request.body, ['name'], created.errors),
        status: 422,
      });
    },
  );

  /** Revoking cannot be undone and stops the programs using the token: it asks first. */
  async function confirmRevoke(request: FastifyRequest, reply: FastifyReply, id: number) {
    const { t } = request;
    const token = (await listApiTokens(ctx, currentUser(request).id)).find((row) => row.id === id);
    if (token === undefined || token.revokedAt !== null) throw new NotFoundError();
    return reply.page({
      title: t.t('accounts.tokens.revokeTitle'),
      body: <RevokeTokenConfirm t={t} csrfToken={request.csrfToken} token={token} />,
    });
  }

  r.get(
    '/profil/api-tokens/:id/tilbagekald',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => confirmRevoke(request, reply, request.params.id),
  );

  r.post(
    '/profil/api-tokens/:id/tilbagekald',
    { config: { access: 'user' }, schema: { params: IdParams, body: CsrfOnlyForm } },
    async (request, reply) => {
      if (!isConfirmed(request.body)) return confirmRevoke(request, reply, request.params.id);
      await revokeApiToken(ctx, currentUser(request).id, request.params.id);
      reply.flash('accounts.tokens.revoked');
      return reply.redirect('/profil/api-tokens');
    },
  );
}
