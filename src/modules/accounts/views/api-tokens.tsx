import type { ApiTokenSummary, CreatedApiToken } from '#src/modules/accounts/api-tokens-service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

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

function TokenRow({ t, csrfToken, token }: { t: Translator; csrfToken: string; token: ApiTokenSummary }) {
  return (
    <tr>
      <td>{token.name}</td>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{t.dateTime(token.createdAt)}</td>
      <td>{when(t, token.lastUsedAt)}</td>
      <td>
        {token.revokedAt === null ? (
          <PostForm action={`/profil/api-tokens/${token.id}/tilbagekald`} csrfToken={csrfToken}>
            <button type="submit" class="button button-secondary">
              {t.t('accounts.tokens.revoke')}
              <span class="sr-only"> {token.name}</span>
            </button>
          </PostForm>
        ) : (
          t.t('accounts.tokens.revokedAt', { date: t.dateTime(token.revokedAt) })
        )}
      </td>
    </tr>
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
          maxLength={100}
        />
        <button type="submit" class="button button-primary">
          {t.t('accounts.tokens.create')}
        </button>
      </PostForm>
      <h2>{t.t('accounts.tokens.listHeading')}</h2>
      {tokens.length === 0 ? (
        <p>{t.t('accounts.tokens.none')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <thead>
              <tr>
                <th scope="col">{t.t('accounts.tokens.name')}</th>
                <th scope="col">{t.t('accounts.tokens.prefix')}</th>
                <th scope="col">{t.t('accounts.tokens.created')}</th>
                <th scope="col">{t.t('accounts.tokens.lastUsed')}</th>
                <th scope="col">{t.t('accounts.tokens.state')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <TokenRow key={token.id} t={t} csrfToken={csrfToken} token={token} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href="/profil">{t.t('accounts.backToProfile')}</a> ·{' '}
        <a href="/api/docs">{t.t('accounts.tokens.docs')}</a>
      </p>
    </>
  );
}
