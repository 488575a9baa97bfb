import { EMAIL_MAX_LENGTH } from '#src/modules/accounts/validation.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

export interface LoginPageModel {
  t: Translator;
  csrfToken: string;
  form: FormState;
  /** Where to go after logging in (a local path), carried through the form. */
  next: string | null;
}

export function LoginPage({ t, csrfToken, form, next }: LoginPageModel) {
  return (
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t.t('accounts.login.title')}</h1>
        <ErrorSummary t={t} errors={form.errors} />
        <PostForm action="/log-ind" csrfToken={csrfToken}>
          {next !== null && <input type="hidden" name="naeste" value={next} />}
          <TextField
            t={t}
            form={form}
            name="email"
            type="email"
            label={t.t('accounts.field.email')}
            autocomplete="username"
            maxLength={EMAIL_MAX_LENGTH}
          />
          <TextField
            t={t}
            form={form}
            name="password"
            type="password"
            label={t.t('accounts.field.password')}
            autocomplete="current-password"
            keepValue={false}
          />
          <button type="submit" class="button button-primary">
            {t.t('accounts.login.submit')}
          </button>
        </PostForm>
        <ul class="mt-6">
          <li>
            <a href="/glemt-adgangskode">{t.t('accounts.login.forgotLink')}</a>
          </li>
          <li>
            {t.t('accounts.login.noAccount')} <a href="/opret-konto">{t.t('accounts.login.registerLink')}</a>
          </li>
        </ul>
      </div>
    </div>
  );
}
