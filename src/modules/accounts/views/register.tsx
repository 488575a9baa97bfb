import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from '#src/modules/accounts/validation.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

export interface RegisterPageModel {
  t: Translator;
  csrfToken: string;
  form: FormState;
  /** A checked return address (`naeste`) to go on to once the account is made, e.g. an invitation. */
  next: string | null;
  /** The data controller named in the art. 13 notice above the button. */
  controllerName: string;
}

export function RegisterPage({ t, csrfToken, form, next, controllerName }: RegisterPageModel) {
  return (
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t.t('accounts.register.title')}</h1>
        <p class="font-lead">{t.t('accounts.register.lead')}</p>
        <ErrorSummary t={t} errors={form.errors} />
        <PostForm action="/opret-konto" csrfToken={csrfToken}>
          {next !== null && <input type="hidden" name="naeste" value={next} />}
          <TextField
            t={t}
            form={form}
            name="name"
            label={t.t('accounts.field.name')}
            autocomplete="name"
            maxLength={NAME_MAX_LENGTH}
          />
          <TextField
            t={t}
            form={form}
            name="email"
            type="email"
            label={t.t('accounts.field.email')}
            hint={t.t('accounts.register.emailHint')}
            autocomplete="email"
            maxLength={EMAIL_MAX_LENGTH}
          />
          <TextField
            t={t}
            form={form}
            name="password"
            type="password"
            label={t.t('accounts.field.password')}
            hint={t.t('accounts.field.newPasswordHint')}
            autocomplete="new-password"
            keepValue={false}
          />
          <div class="form-group">
            <p>{t.t('accounts.register.privacy', { name: controllerName })}</p>
            <p>
              <a href="/privatliv">{t.t('accounts.register.privacyLink')}</a>.{' '}
              {t.t('accounts.register.termsBefore')}{' '}
              <a href="/vilkaar">{t.t('accounts.register.termsLink')}</a>.
            </p>
          </div>
          <button type="submit" class="button button-primary">
            {t.t('accounts.register.submit')}
          </button>
        </PostForm>
        <p class="mt-6">
          {t.t('accounts.register.haveAccount')} <a href="/log-ind">{t.t('accounts.register.loginLink')}</a>
        </p>
      </div>
    </div>
  );
}
