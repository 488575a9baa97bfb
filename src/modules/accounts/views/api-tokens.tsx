import type { ApiTokenSummary, CreatedApiToken } from '#src/modules/accounts/api-tokens-service.ts';
import { TOKEN_NAME_MAX_LENGTH } from '#src/modules/accounts/validation.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

export interface ApiTokensPageModel {
  t: Translator;
  csrfToken: string;
  tokens: ApiTokenSummary[];
  form: FormState;
  /** Only in the response that created it: the one time the token is shown. */
  created: CreatedApiToken | null;
}

function when(t: Translator, epochMs: number | null): string {
  return epochMs === null ? t.t('accounts.tokens.never') : t.dateTime(epochMs);
}

function NewToken({ t, created }: { t: Translator; created: CreatedApiToken }) {
  return (
    <div class="alert alert-success" role="status">
      <div class="alert-body">
        <p class="alert-heading">{t.t('accounts.tokens.createdHeading', { name: created.summary.name })}</p>
        <p class="alert-text">{t.t('accounts.tokens.createdBody')}</p>
        <p class="alert-text">
          <label class="form-label" for="new-token">
            {t.t('accounts.tokens.tokenLabel')}
          </label>
          <input id="new-token" class="form-input" type="text" readOnly value={created.token} />
        </p>
      </div>
    </div>
  );
}

function TokenState({ t, csrfToken, token }: { t: Translator; csrfToken: string; token: ApiTokenSummary }) {
  if (token.revokedAt !== null) {
    return <>{t.t('accounts.tokens.revokedAt', { date: t.dateTime(token.revokedAt) })}</>;
  }
  return (
    <PostForm action={`/profil/api-tokens/${token.id}/tilbagekald`} csrfToken={csrfToken}>
      <button type="submit" class="button button-secondary">
        {t.t('accounts.tokens.revoke')}
        <span class="sr-only"> {token.name}</span>
      </button>
    </PostForm>
  );
}

export function ApiTokensPage({ t, csrfToken, tokens, form, created }: ApiTokensPageModel) {
  return (
    <>
      <h1>{t.t('accounts.tokens.title')}</h1>
      <p class="font-lead">{t.t('accounts.tokens.lead')}</p>
      {created !== null && <NewToken t={t} created={created} />}
      <ErrorSummary t={t} errors={form.errors} />
      <h2>{t.t('accounts.tokens.createHeading')}</h2>
      <PostForm action="/profil/api-tokens" csrfToken={csrfToken}>
        <TextField
          t={t}
          form={form}
          name="name"
          label={t.t('accounts.tokens.name')}
          hint={t.t('accounts.tokens.nameHint')}
          maxLength={TOKEN_NAME_MAX_LENGTH}
        />
        <button type="submit" class="button button-primary">
          {t.t('accounts.tokens.create')}
        </button>
      </PostForm>
      <h2>{t.t('accounts.tokens.listHeading')}</h2>
      {tokens.length === 0 ? (
        <p>{t.t('accounts.tokens.none')}</p>
      ) : (
        <DataTable
          caption={t.t('accounts.tokens.listHeading')}
          captionHidden
          zebra
          rows={tokens}
          rowKey={(token) => token.id}
          columns={[
            { heading: t.t('accounts.tokens.name'), rowHeader: true, cell: (token) => token.name },
            { heading: t.t('accounts.tokens.prefix'), cell: (token) => <code>{token.prefix}…</code> },
            { heading: t.t('accounts.tokens.created'), cell: (token) => t.dateTime(token.createdAt) },
            { heading: t.t('accounts.tokens.lastUsed'), cell: (token) => when(t, token.lastUsedAt) },
            {
              heading: t.t('accounts.tokens.state'),
              cell: (token) => <TokenState t={t} csrfToken={csrfToken} token={token} />,
            },
          ]}
        />
      )}
      <p>
        <a href="/profil">{t.t('accounts.backToProfile')}</a> ·{' '}
        <a href="/api/docs">{t.t('accounts.tokens.docs')}</a>
      </p>
    </>
  );
}

/** "Vil du tilbagekalde tokenet?": names the token and says that programs using it stop working. */
export function RevokeTokenConfirm({
  t,
  csrfToken,
  token,
}: {
  t: Translator;
  csrfToken: string;
  token: ApiTokenSummary;
}) {
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t('accounts.tokens.revokeHeading')}
      facts={[
        { label: t.t('accounts.tokens.name'), value: token.name },
        { label: t.t('accounts.tokens.prefix'), value: <code>{token.prefix}</code> },
        { label: t.t('accounts.tokens.created'), value: t.dateTime(token.createdAt) },
      ]}
      told={[t.t('accounts.tokens.revokeStops')]}
      final
      action={`/profil/api-tokens/${token.id}/tilbagekald`}
      submitLabel={t.t('accounts.tokens.revokeSubmit')}
      backHref="/profil/api-tokens"
    />
  );
}
