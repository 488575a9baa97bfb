import type { InvitationView } from '#src/modules/organisations/invitations-service.ts';
import { kindLabel, organisationPath, roleLabel } from '#src/modules/organisations/views/labels.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { PostForm } from '#src/platform/views/forms.tsx';

export interface InvitationPageModel {
  invitation: InvitationView;
  /** Path of this page, for the log-in and registration links to come back to. */
  path: string;
  loggedIn: boolean;
  csrfToken: string;
}

function Problem({ text }: { text: string }) {
  return (
    <div class="alert alert-warning">
      <div class="alert-body">
        <p class="alert-text">{text}</p>
      </div>
    </div>
  );
}

function Action({ t, model }: { t: Translator; model: InvitationPageModel }) {
  const { invitation } = model;
  const organisationLink = (
    <p>
      <a href={organisationPath(invitation.organisation.slug)}>
        {t.t('organisations.invitation.goTo', { organisation: invitation.organisation.name })}
      </a>
    </p>
  );
  if (model.loggedIn && invitation.viewerIsMember) {
    return (
      <>
        <p>{t.t('organisations.invitation.alreadyMember', { organisation: invitation.organisation.name })}</p>
        {organisationLink}
      </>
    );
  }
  if (invitation.status === 'expired') return <Problem text={t.t('organisations.invitation.expired')} />;
  if (invitation.status === 'used') return <Problem text={t.t('organisations.invitation.used')} />;
  if (!model.loggedIn) {
    const next = encodeURIComponent(model.path);
    return (
      <>
        <p>{t.t('organisations.invitation.loginPrompt')}</p>
        <p>
          <a href={`/log-ind?naeste=${next}`} class="button button-primary">
            {t.t('organisations.invitation.login')}
          </a>{' '}
          <a href={`/opret-konto?naeste=${next}`} class="button button-secondary">
            {t.t('organisations.invitation.register')}
          </a>
        </p>
      </>
    );
  }
  return (
    <PostForm action={`${model.path}/accepter`} csrfToken={model.csrfToken}>
      <button type="submit" class="button button-primary">
        {t.t('organisations.invitation.accept')}
      </button>
    </PostForm>
  );
}

export function InvitationPage({ t, model }: { t: Translator; model: InvitationPageModel }) {
  const { invitation } = model;
  const organisation = invitation.organisation.name;
  return (
    <>
      <h1>{t.t('organisations.invitation.title', { organisation })}</h1>
      <p class="font-lead">
        {t.t('organisations.invitation.body', {
          organisation,
          kind: kindLabel(t, invitation.organisation.kind).toLowerCase(),
          role: roleLabel(t, invitation.role).toLowerCase(),
        })}
      </p>
      {invitation.status === 'pending' && (
        <p>{t.t('organisations.invitation.expires', { date: t.dateTime(invitation.expiresAt) })}</p>
      )}
      <Action t={t} model={model} />
    </>
  );
}
