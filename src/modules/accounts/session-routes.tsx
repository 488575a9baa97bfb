import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '#src/modules/accounts/auth-hook.ts';
import { clearSessionCookie, startBrowserSession } from '#src/modules/accounts/cookies.ts';
import { formState } from '#src/modules/accounts/route-helpers.ts';
import { CsrfOnlyForm, LoginForm, NextQuery, RegisterForm } from '#src/modules/accounts/schemas.ts';
import { logIn, registerUser } from '#src/modules/accounts/service.ts';
import { endSession } from '#src/modules/accounts/sessions.ts';
import { LoginPage } from '#src/modules/accounts/views/login.tsx';
import { RegisterPage } from '#src/modules/accounts/views/register.tsx';
import { attempt } from '#src/platform/form-flow.ts';
import { safeReturnPath } from '#src/platform/return-address.ts';
import { emptyForm } from '#src/platform/views/forms.tsx';

/** Where a person lands after logging in when no return address (`naeste`) was given: "Mit overblik". */
const AFTER_LOGIN = '/mit-overblik';
/** Where a new account lands without a return address: the profile, which says to confirm the e-mail. */
const AFTER_REGISTER = '/profil';

/** The return address (`naeste`) if it is a path on this site, else none. */
function nextPath(raw: string | undefined): string | null {
  const path = safeReturnPath(raw, '');
  return path === '' ? null : path;
}

/** Registration, log-in and log-out. */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/opret-konto',
    { config: { access: 'public', publicCache: true }, schema: { querystring: NextQuery } },
    async (request, reply) => {
      const next = nextPath(request.query.naeste);
      if (request.user !== null) return reply.redirect(next ?? AFTER_REGISTER);
      const { t, csrfToken } = request;
      return reply.page({
        title: t.t('accounts.register.title'),
        body: (
          <RegisterPage
            t={t}
            csrfToken={csrfToken}
            form={emptyForm}
            next={next}
            controllerName={ctx.config.controller.name}
          />
        ),
      });
    },
  );

  r.post(
    '/opret-konto',
    { config: { access: 'public' }, schema: { body: RegisterForm } },
    async (request, reply) => {
      const { t, body } = request;
      const next = nextPath(body.naeste);
      const { name, email, password } = body;
      const registered = await attempt(() =>
        registerUser(ctx, { name, email, password, locale: t.locale, ip: request.ip }),
      );
      if (!registered.ok) {
        const form = formState(body, ['name', 'email'], registered.errors);
        return reply.page({
          title: t.t('accounts.register.title'),
          status: 422,
          body: (
            <RegisterPage
              t={t}
              csrfToken={request.csrfToken}
              form={form}
              next={next}
              controllerName={ctx.config.controller.name}
            />
          ),
        });
      }
      await endSession(ctx, request.cookies[SESSION_COOKIE]);
      startBrowserSession(reply, registered.value);
      reply.flash('accounts.register.done');
      return reply.redirect(next ?? AFTER_REGISTER);
    },
  );

  r.get(
    '/log-ind',
    { config: { access: 'public', publicCache: true }, schema: { querystring: NextQuery } },
    async (request, reply) => {
      const next = nextPath(request.query.naeste);
      if (request.user !== null) return reply.redirect(next ?? AFTER_LOGIN);
      const { t, csrfToken } = request;
      return reply.page({
        title: t.t('accounts.login.title'),
        body: <LoginPage t={t} csrfToken={csrfToken} form={emptyForm} next={next} />,
      });
    },
  );

  r.post(
    '/log-ind',
    { config: { access: 'public' }, schema: { body: LoginForm } },
    async (request, reply) => {
      const { t, body } = request;
      const next = nextPath(body.naeste);
      const loggedIn = await attempt(() =>
        logIn(ctx, { email: body.email, password: body.password, ip: request.ip }),
      );
      if (!loggedIn.ok) {
        const form = formState(body, ['email'], loggedIn.errors);
        return reply.page({
          title: t.t('accounts.login.title'),
          status: 422,
          body: <LoginPage t={t} csrfToken={request.csrfToken} form={form} next={next} />,
        });
      }
      await endSession(ctx, request.cookies[SESSION_COOKIE]);
      startBrowserSession(reply, loggedIn.value);
      reply.flash('accounts.login.done');
      return reply.redirect(next ?? AFTER_LOGIN);
    },
  );

  r.post(
    '/log-ud',
    { config: { access: 'public' }, schema: { body: CsrfOnlyForm } },
    async (request, reply) => {
      await endSession(ctx, request.cookies[SESSION_COOKIE]);
      clearSessionCookie(reply);
      reply.flash('accounts.logout.done');
      return reply.redirect('/');
    },
  );
}
