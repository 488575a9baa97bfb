import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  clearSessionCookie,
  replaceSessionCookie,
  setLanguageCookie,
} from '#src/modules/accounts/cookies.ts';
import { personalDataJson } from '#src/modules/accounts/json.ts';
import {
  deleteAccount,
  deletionBlockers,
  exportPersonalData,
  SoleAdminError,
} from '#src/modules/accounts/privacy-service.ts';
import { formState } from '#src/modules/accounts/route-helpers.ts';
import { PasswordChangeForm, PasswordForm, ProfileForm } from '#src/modules/accounts/schemas.ts';
import { changePassword, getProfile, updateProfile } from '#src/modules/accounts/service.ts';
import { DeleteAccountPage } from '#src/modules/accounts/views/delete-account.tsx';
import { ProfilePage } from '#src/modules/accounts/views/profile.tsx';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { ValidationError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import type { PersonalDataSection } from '#src/platform/personal-data.ts';
import { emptyForm, type FormState } from '#src/platform/views/forms.tsx';

interface ProfileForms {
  profileForm?: FormState;
  passwordForm?: FormState;
  status?: number;
}

async function renderProfile(request: FastifyRequest, reply: FastifyReply, forms: ProfileForms = {}) {
  const { ctx } = request.server;
  const { t, csrfToken } = request;
  const userId = currentUser(request).id;
  const [profile, memberships] = await Promise.all([getProfile(ctx, userId), membershipsOfUser(ctx, userId)]);
  const profileForm = forms.profileForm ?? {
    values: { name: profile.name, locale: profile.locale },
    errors: {},
  };
  return reply.page({
    title: t.t('accounts.profile.title'),
    status: forms.status,
    body: (
      <ProfilePage
        t={t}
        csrfToken={csrfToken}
        profile={profile}
        memberships={memberships}
        profileForm={profileForm}
        passwordForm={forms.passwordForm ?? emptyForm}
      />
    ),
  });
}

/** The person's own profile: details, password, data download and account deletion. */
export async function profileRoutes(
  app: FastifyInstance,
  personalData: readonly PersonalDataSection[],
): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get('/profil', { config: { access: 'user' } }, async (request, reply) => renderProfile(request, reply));

  r.post('/profil', { config: { access: 'user' }, schema: { body: ProfileForm } }, async (request, reply) => {
    const { body } = request;
    const updated = await attempt(() => updateProfile(ctx, currentUser(request).id, body));
    if (!updated.ok) {
      const profileForm = formState(body, ['name', 'locale'], updated.errors);
      return renderProfile(request, reply, { profileForm, status: 422 });
    }
    setLanguageCookie(reply, updated.value);
    reply.flash('accounts.profile.saved');
    return reply.redirect('/profil');
  });

  r.post(
    '/profil/adgangskode',
    { config: { access: 'user' }, schema: { body: PasswordChangeForm } },
    async (request, reply) => {
      const changed = await attempt(() => changePassword(ctx, currentUser(request).id, request.body));
      if (!changed.ok) {
        return renderProfile(request, reply, {
          passwordForm: formState({}, [], changed.errors),
          status: 422,
        });
      }
      replaceSessionCookie(reply, changed.value);
      reply.flash('accounts.password.changed');
      return reply.redirect('/profil');
    },
  );

  r.get(
    '/profil/data.json',
    { config: { access: 'user' }, schema: { hide: true } },
    async (request, reply) => {
      const user = currentUser(request);
      const data = personalDataJson(await exportPersonalData(ctx, user.id, personalData));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="byliv-mine-data-${day}.json"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );

  r.get('/profil/slet', { config: { access: 'user' } }, async (request, reply) => {
    const { t, csrfToken } = request;
    const soleAdminOf = await deletionBlockers(ctx, currentUser(request).id);
    return reply.page({
      title: t.t('accounts.delete.title'),
      body: <DeleteAccountPage t={t} csrfToken={csrfToken} form={emptyForm} soleAdminOf={soleAdminOf} />,
    });
  });

  r.post(
    '/profil/slet',
    { config: { access: 'user' }, schema: { body: PasswordForm } },
    async (request, reply) => {
      const { t, csrfToken } = request;
      try {
        await deleteAccount(ctx, currentUser(request).id, request.body);
      } catch (error) {
        if (!(error instanceof ValidationError || error instanceof SoleAdminError)) throw error;
        const soleAdminOf = error instanceof SoleAdminError ? error.organisations : [];
        const form = formState({}, [], error instanceof ValidationError ? error.fieldErrors : {});
        return reply.page({
          title: t.t('accounts.delete.title'),
          status: error.statusCode,
          body: <DeleteAccountPage t={t} csrfToken={csrfToken} form={form} soleAdminOf={soleAdminOf} />,
        });
      }
      clearSessionCookie(reply);
      reply.flash('accounts.delete.done');
      return reply.redirect('/');
    },
  );
}
