import type { LinkProblem, VerifyOutcome } from '#src/modules/accounts/recovery-service.ts';
import { EMAIL_MAX_LENGTH } from '#src/modules/accounts/validation.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

const VERIFY_TEXT: Record<VerifyOutcome, { title: PlainMessageKey; body: PlainMessageKey }> = {
  verified: { title: 'accounts.verify.doneTitle', body: 'accounts.verify.doneBody' },
  alreadyVerified: { title: 'accounts.verify.alreadyTitle', body: 'accounts.verify.alreadyBody' },
  expired: { title: 'accounts.verify.expiredTitle', body: 'accounts.verify.expiredBody' },
  used: { title: 'accounts.verify.usedTitle', body: 'accounts.verify.usedBody' },
  unknown: { title: 'accounts.verify.unknownTitle', body: 'accounts.verify.unknownBody' },
};

export function verifyTitle(t: Translator, outcome: VerifyOutcome): string {
  return t.t(VERIFY_TEXT[outcome].title);
}

/** Sends a new verification link to the logged-in person. */
export function ResendVerificationForm({ t, csrfToken }: { t: Translator; csrfToken: string }) {
  return (
    <PostForm action="/bekraeft-email/send-igen" csrfToken={csrfToken} class="app-inline-form">
      <button type="submit" class="button button-secondary">
        {t.t('accounts.verify.resend')}
      </button>
    </PostForm>
  );
}

export interface VerifyResultModel {
  t: Translator;
  csrfToken: string;
  outcome: VerifyOutcome;
  loggedIn: boolean;
}

export function VerifyResultPage({ t, csrfToken, outcome, loggedIn }: VerifyResultModel) {
  const text = VERIFY_TEXT[outcome];
  const success = outcome === 'verified' || outcome === 'alreadyVerified';
  return (
    <>
      <h1>{t.t(text.title)}</h1>
      <p>{t.t(text.body)}</p>
      {success ? (
        <p>
          <a href={loggedIn ? '/profil' : '/log-ind'}>
            {loggedIn ? t.t('accounts.verify.toProfile') : t.t('accounts.verify.toLogin')}
          </a>
        </p>
      ) : loggedIn ? (
        <ResendVerificationForm t={t} csrfToken={csrfToken} />
      ) : (
        <p>
          <a href="/log-ind?naeste=%2Fprofil">{t.t('accounts.verify.loginToResend')}</a>
        </p>
      )}
    </>
  );
}

export function ForgotPasswordPage({
  t,
  csrfToken,
  form,
}: {
  t: Translator;
  csrfToken: string;
  form: FormState;
}) {
  return (
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t.t('accounts.forgot.title')}</h1>
        <p class="font-lead">{t.t('accounts.forgot.lead')}</p>
        <ErrorSummary t={t} errors={form.errors} />
        <PostForm action="/glemt-adgangskode" csrfToken={csrfToken}>
          <TextField
            t={t}
            form={form}
            name="email"
            type="email"
            label={t.t('accounts.field.email')}
            autocomplete="email"
            maxLength={EMAIL_MAX_LENGTH}
          />
          <button type="submit" class="button button-primary">
            {t.t('accounts.forgot.submit')}
          </button>
        </PostForm>
      </div>
    </div>
  );
}

export interface ResetPasswordModel {
  t: Translator;
  csrfToken: string;
  token: string;
  form: FormState;
}

export function ResetPasswordPage({ t, csrfToken, token, form }: ResetPasswordModel) {
  return (
    <div class="row">
      <div class="col-12 col-md-8 col-lg-6">
        <h1>{t.t('accounts.reset.title')}</h1>
        <p>{t.t('accounts.reset.lead')}</p>
        <ErrorSummary t={t} errors={form.errors} />
        <PostForm action="/nulstil-adgangskode" csrfToken={csrfToken}>
          <input type="hidden" name="token" value={token} />
          <TextField
            t={t}
            form={form}
            name="password"
            type="password"
            label={t.t('accounts.reset.newPassword')}
            hint={t.t('accounts.field.newPasswordHint')}
            autocomplete="new-password"
            keepValue={false}
          />
          <button type="submit" class="button button-primary">
            {t.t('form.save')}
          </button>
        </PostForm>
      </div>
    </div>
  );
}

const RESET_PROBLEM: Record<LinkProblem, PlainMessageKey> = {
  expired: 'accounts.reset.expired',
  used: 'accounts.reset.used',
  unknown: 'accounts.reset.unknown',
};

export function ResetLinkProblemPage({ t, problem }: { t: Translator; problem: LinkProblem }) {
  return (
    <>
      <h1>{t.t('accounts.reset.problemTitle')}</h1>
      <p>{t.t(RESET_PROBLEM[problem])}</p>
      <p>
        <a href="/glemt-adgangskode" class="button button-primary">
          {t.t('accounts.reset.requestNew')}
        </a>
      </p>
    </>
  );
}
