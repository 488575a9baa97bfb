import type { UserMembership } from '#src/modules/organisations/service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

export interface DeleteAccountModel {
  t: Translator;
  csrfToken: string;
  form: FormState;
  /** Organisations that would be left without an admin; deletion is refused while any remain. */
  soleAdminOf: UserMembership[];
}

function SoleAdminAlert({ t, organisations }: { t: Translator; organisations: UserMembership[] }) {
  return (
    <div class="alert alert-error" role="alert">
      <div class="alert-body">
        <p class="alert-heading">{t.t('accounts.delete.refusedHeading')}</p>
        <p class="alert-text">
          {t.t('accounts.delete.soleAdmin', { organisations: organisations.map((o) => o.name).join(', ') })}
        </p>
        <ul class="alert-text">
          {organisations.map((organisation) => (
            <li key={organisation.organisationId}>
              <a href={`/organisationer/${encodeURIComponent(organisation.slug)}`}>{organisation.name}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function DeleteAccountPage({ t, csrfToken, form, soleAdminOf }: DeleteAccountModel) {
  return (
    <div class="row">
      <div class="col-12 col-md-10 col-lg-8">
        <h1>{t.t('accounts.delete.title')}</h1>
        {soleAdminOf.length > 0 && <SoleAdminAlert t={t} organisations={soleAdminOf} />}
        <ErrorSummary t={t} errors={form.errors} />
        <p class="font-lead">{t.t('accounts.delete.lead')}</p>
        <ul>
          <li>{t.t('accounts.delete.what.personal')}</li>
          <li>{t.t('accounts.delete.what.access')}</li>
          <li>{t.t('accounts.delete.what.memberships')}</li>
          <li>{t.t('accounts.delete.what.content')}</li>
        </ul>
        <p>
          {t.t('accounts.delete.exportFirst')}{' '}
          <a href="/profil/data.json">{t.t('accounts.profile.downloadData')}</a>
        </p>
        <PostForm action="/profil/slet" csrfToken={csrfToken}>
          <TextField
            t={t}
            form={form}
            name="password"
            type="password"
            label={t.t('accounts.field.password')}
            hint={t.t('accounts.delete.passwordHint')}
            autocomplete="current-password"
            keepValue={false}
          />
          <button type="submit" class="button button-primary">
            {t.t('accounts.delete.submit')}
          </button>{' '}
          <a href="/profil" class="button button-secondary">
            {t.t('form.cancel')}
          </a>
        </PostForm>
      </div>
    </div>
  );
}
