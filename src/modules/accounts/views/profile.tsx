import type { Profile } from '#src/modules/accounts/service.ts';
import { NAME_MAX_LENGTH } from '#src/modules/accounts/validation.ts';
import { ResendVerificationForm } from '#src/modules/accounts/views/email-links.tsx';
import type { UserMembership } from '#src/modules/organisations/service.ts';
import type { Translator } from '#src/platform/i18n.ts';
import {
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextField,
} from '#src/platform/views/forms.tsx';

export interface ProfilePageModel {
  t: Translator;
  csrfToken: string;
  profile: Profile;
  memberships: UserMembership[];
  profileForm: FormState;
  passwordForm: FormState;
}

function EmailState({ t, csrfToken, profile }: Pick<ProfilePageModel, 't' | 'csrfToken' | 'profile'>) {
  return (
    <dl>
      <dt>{t.t('accounts.field.email')}</dt>
      <dd>{profile.email}</dd>
      <dt>{t.t('accounts.profile.emailState')}</dt>
      <dd>
        {profile.emailVerifiedAt === null ? (
          <>
            <p>{t.t('accounts.profile.notVerified')}</p>
            <ResendVerificationForm t={t} csrfToken={csrfToken} />
          </>
        ) : (
          t.t('accounts.profile.verifiedAt', {
            date: t.dateTime(profile.emailVerifiedAt, { dateStyle: 'long' }),
          })
        )}
      </dd>
    </dl>
  );
}

function Memberships({ t, memberships }: Pick<ProfilePageModel, 't' | 'memberships'>) {
  if (memberships.length === 0) return <p>{t.t('accounts.profile.noOrganisations')}</p>;
  return (
    <ul>
      {memberships.map((membership) => (
        <li key={membership.organisationId}>
          <a href={`/organisationer/${encodeURIComponent(membership.slug)}`}>{membership.name}</a> (
          {membership.role === 'admin' ? t.t('accounts.role.admin') : t.t('accounts.role.member')})
        </li>
      ))}
    </ul>
  );
}

export function ProfilePage(model: ProfilePageModel) {
  const { t, csrfToken, profileForm, passwordForm } = model;
  return (
    <>
      <h1>{t.t('accounts.profile.title')}</h1>
      <ErrorSummary t={t} errors={{ ...profileForm.errors, ...passwordForm.errors }} />
      <EmailState {...model} />

      <h2>{t.t('accounts.profile.detailsHeading')}</h2>
      <PostForm action="/profil" csrfToken={csrfToken}>
        <TextField
          t={t}
          form={profileForm}
          name="name"
          label={t.t('accounts.field.name')}
          autocomplete="name"
          maxLength={NAME_MAX_LENGTH}
        />
        <SelectField
          t={t}
          form={profileForm}
          name="locale"
          label={t.t('accounts.field.locale')}
          hint={t.t('accounts.profile.localeHint')}
          options={[
            { value: 'da', label: 'Dansk' },
            { value: 'en', label: 'English' },
          ]}
        />
        <button type="submit" class="button button-primary">
          {t.t('form.save')}
        </button>
      </PostForm>

      <h2>{t.t('accounts.password.heading')}</h2>
      <PostForm action="/profil/adgangskode" csrfToken={csrfToken}>
        <TextField
          t={t}
          form={passwordForm}
          name="currentPassword"
          type="password"
          label={t.t('accounts.password.current')}
          autocomplete="current-password"
          keepValue={false}
        />
        <TextField
          t={t}
          form={passwordForm}
          name="newPassword"
          type="password"
          label={t.t('accounts.password.new')}
          hint={t.t('accounts.password.newHint')}
          autocomplete="new-password"
          keepValue={false}
        />
        <button type="submit" class="button button-secondary">
          {t.t('accounts.password.submit')}
        </button>
      </PostForm>

      <h2>{t.t('accounts.profile.organisationsHeading')}</h2>
      <Memberships {...model} />

      <h2>{t.t('accounts.profile.moreHeading')}</h2>
      <ul>
        <li>
          <a href="/profil/api-tokens">{t.t('accounts.tokens.title')}</a>
        </li>
        <li>
          <a href="/profil/data.json" download>
            {t.t('accounts.profile.downloadData')}
          </a>
        </li>
        <li>
          <a href="/profil/slet">{t.t('accounts.delete.title')}</a>
        </li>
      </ul>
    </>
  );
}
