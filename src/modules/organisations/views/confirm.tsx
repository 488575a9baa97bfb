import type { Organisation } from '#src/modules/organisations/service.ts';
import { organisationPath } from '#src/modules/organisations/views/labels.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';

export interface LeaveModel {
  organisation: Organisation;
  isMember: boolean;
  isOnlyAdmin: boolean;
}

function BackLink({ t, organisation }: { t: Translator; organisation: Organisation }) {
  return (
    <p>
      <a href={organisationPath(organisation.slug)}>
        {t.t('organisations.back', { name: organisation.name })}
      </a>
    </p>
  );
}

/** The confirmation step before leaving (the shared ConfirmPage); the only admin is told what to do instead. */
export function LeavePage({ t, model, csrfToken }: { t: Translator; model: LeaveModel; csrfToken: string }) {
  const { organisation } = model;
  const title = t.t('organisations.leave.title', { name: organisation.name });
  if (!model.isMember) {
    return (
      <>
        <h1>{title}</h1>
        <p>{t.t('organisations.leave.notMember', { name: organisation.name })}</p>
        <BackLink t={t} organisation={organisation} />
      </>
    );
  }
  if (model.isOnlyAdmin) {
    return (
      <>
        <h1>{title}</h1>
        <div class="alert alert-warning">
          <div class="alert-body">
            <p class="alert-text">{t.t('organisations.leave.onlyAdmin')}</p>
          </div>
        </div>
        <BackLink t={t} organisation={organisation} />
      </>
    );
  }
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={title}
      facts={[]}
      told={[]}
      action={`${organisationPath(organisation.slug)}/forlad`}
      submitLabel={t.t('organisations.leave.submit')}
      backHref={organisationPath(organisation.slug)}
    >
      <p>{t.t('organisations.leave.body')}</p>
    </ConfirmPage>
  );
}

export interface RemoveModel {
  organisation: Organisation;
  member: { userId: number; name: string };
}

export function RemoveMemberPage({
  t,
  model,
  csrfToken,
}: {
  t: Translator;
  model: RemoveModel;
  csrfToken: string;
}) {
  const { organisation, member } = model;
  const path = organisationPath(organisation.slug);
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t('organisations.remove.title', { name: member.name, organisation: organisation.name })}
      facts={[]}
      told={[]}
      action={`${path}/medlemmer/${member.userId}/fjern`}
      submitLabel={t.t('organisations.remove.confirm')}
      backHref={path}
    >
      <p>{t.t('organisations.remove.body')}</p>
    </ConfirmPage>
  );
}

/** "Vil du trække invitationen tilbage?": its link stops working; the invitee is not told. */
export function WithdrawInvitationPage({
  t,
  csrfToken,
  slug,
  invitation,
}: {
  t: Translator;
  csrfToken: string;
  slug: string;
  invitation: { id: number; email: string; role: 'admin' | 'member'; expiresAt: number };
}) {
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t('organisations.withdraw.heading')}
      facts={[
        { label: t.t('organisations.withdraw.email'), value: invitation.email },
        { label: t.t('organisations.withdraw.role'), value: t.t(`organisations.role.${invitation.role}`) },
        { label: t.t('organisations.withdraw.after'), value: t.t('organisations.withdraw.afterText') },
      ]}
      told={[]}
      action={`${organisationPath(slug)}/invitationer/${invitation.id}/tilbagekald`}
      submitLabel={t.t('organisations.withdraw.submit')}
      backHref={organisationPath(slug)}
    />
  );
}
