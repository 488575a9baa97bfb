import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { startBrowserSession } from '#src/modules/accounts/cookies.ts';
import {
  checkResetLink,
  type LinkProblem,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  verifyEmail,
} from '#src/modules/accounts/recovery-service.ts';
import { formState } from '#src/modules/accounts/route-helpers.ts';
import { CsrfOnlyForm, EmailForm, ResetForm, TokenQuery } from '#src/modules/accounts/schemas.ts';
import {
  ForgotPasswordPage,
  ResetLinkProblemPage,
  ResetPasswordPage,
  VerifyResultPage,
  verifyTitle,
} from '#src/modules/accounts/views/email-links.tsx';
import { currentUser } from '#src/platform/current-user.ts';
import { attempt } from '#src/platform/form-flow.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { emptyForm } from '#src/platform/views/forms.tsx';

const LINK_PROBLEM_STATUS: Record<LinkProblem, number> = { unknown: 404, expired: 410, used: 410 };

function resetProblemPage(t: Translator, problem: LinkProblem) {
  return {
    title: t.t('accounts.reset.problemTitle'),
    status: LINK_PROBLEM_STATUS[problem],
    body: <ResetLinkProblemPage t={t} problem={problem} />,
  };
}

/** The links mailed to people: confirming an address and resetting a forgotten password. */
export async function emailLinkRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/bekraeft-email',
    { config: { access: 'public' }, schema: { querystring: TokenQuery } },
    async (request, reply) => {
      const { t, csrfToken } = request;
      const outcome = await verifyEmail(ctx, request.query.token);
      const status =
        outcome === 'verified' || outcome === 'alreadyVerified' ? 200 : LINK_PROBLEM_STATUS[outcome];
      return reply.page({
        title: verifyTitle(t, outcome),
        status,
        body: (
          <VerifyResultPage t={t} csrfToken={csrfToken} outcome={outcome} loggedIn={request.user !== null} />
        ),
      });
    },
  );

  r.post(
    '/bekraeft-email/send-igen',
    { config: { access: 'user' }, schema: { body: CsrfOnlyForm } },
    async (request, reply) => {
      const userId = currentUser(request).id;
      const result = await resendVerification(ctx, userId);
      reply.flash(result === 'sent' ? 'accounts.verify.resent' : 'accounts.verify.alreadyBody');
      return reply.redirect('/profil');
    },
  );

  r.get('/glemt-adgangskode', { config: { access: 'public' } }, async (request, reply) => {
    const { t, csrfToken } = request;
    return reply.page({
      title: t.t('accounts.forgot.title'),
      body: <ForgotPasswordPage t={t} csrfToken={csrfToken} form={emptyForm} />,
    });
  });

  r.post(
    '/glemt-adgangskode',
    { config: { access: 'public' }, schema: { body: EmailForm } },
    async (request, reply) => {
      const { t, body } = request;
      const requested = await attempt(() => requestPasswordReset(ctx, { email: body.email, ip: request.ip }));
      if (!requested.ok) {
        return reply.page({
          title: t.t('accounts.forgot.title'),
          status: 422,
          body: (
            <ForgotPasswordPage
              t={t}
              csrfToken={request.csrfToken}
              form={formState(body, ['email'], requested.errors)}
            />
          ),
        });
      }
      reply.flash('accounts.forgot.sent');
      return reply.redirect('/log-ind');
    },
  );

  r.get(
    '/nulstil-adgangskode',
    { config: { access: 'public' }, schema: { querystring: TokenQuery } },
    async (request, reply) => {
      const { t, csrfToken } = request;
      const token = request.query.token ?? '';
      const problem = await checkResetLink(ctx, token);
      if (problem !== null) return reply.page(resetProblemPage(t, problem));
      return reply.page({
        title: t.t('accounts.reset.title'),
        body: <ResetPasswordPage t={t} csrfToken={csrfToken} token={token} form={emptyForm} />,
      });
    },
  );

  r.post(
    '/nulstil-adgangskode',
    { config: { access: 'public' }, schema: { body: ResetForm } },
    async (request, reply) => {
      const { t, body } = request;
      const reset = await attempt(() => resetPassword(ctx, { token: body.token, password: body.password }));
      if (!reset.ok) {
        return reply.page({
          title: t.t('accounts.reset.title'),
          status: 422,
          body: (
            <ResetPasswordPage
              t={t}
              csrfToken={request.csrfToken}
              token={body.token ?? ''}
              form={formState(body, [], reset.errors)}
            />
          ),
        });
      }
      if (reset.value.outcome !== 'done') return reply.page(resetProblemPage(t, reset.value.outcome));
      startBrowserSession(reply, reset.value);
      reply.flash('accounts.reset.done');
      return reply.redirect('/profil');
    },
  );
}
