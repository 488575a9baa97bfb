import type { PendingInvitation } from '#src/modules/organisations/invitations-service.ts';
import type { OrganisationOverview } from '#src/modules/organisations/service.ts';
import { kindLabel, organisationPath, roleLabel } from '#src/modules/organisations/views/labels.ts';
import { InviteForm, MemberTable, PendingInvitations } from '#src/modules/organisations/views/members.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ErrorSummary, type FormState } from '#src/platform/views/forms.tsx';
import { type PageSection, PageSections } from '#src/platform/views/page-sections.tsx';

export interface OrganisationPageModel {
  overview: OrganisationOverview;
  /** Only for the organisation's admins. */
  invitations: PendingInvitation[] | null;
  inviteForm: FormState;
  csrfToken: string;
}

function Facts({ t, overview }: { t: Translator; overview: OrganisationOverview }) {
  const { organisation } = overview;
  return (
    <dl class="app-facts">
      <dt>{t.t('organisations.show.kind')}</dt>
      <dd>{kindLabel(t, organisation.kind)}</dd>
      {organisation.cvr !== null && (
        <>
          <dt>{t.t('organisations.show.cvr')}</dt>
          <dd>{organisation.cvr}</dd>
        </>
      )}
      <dt>{t.t('organisations.show.memberCount')}</dt>
      <dd>
        {t.plural(organisation.memberCount, 'organisations.members.one', 'organisations.members.other')}
      </dd>
    </dl>
  );
}

function Description({ text }: { text: string }) {
  if (text === '') return null;
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}

function YourMembership({ t, overview }: { t: Translator; overview: OrganisationOverview }) {
  const { viewer, organisation } = overview;
  if (viewer.role === null) return <p>{t.t('organisations.show.joinHint')}</p>;
  return (
    <>
      <p>{t.t('organisations.show.youAre', { role: roleLabel(t, viewer.role) })}</p>
      <form method="get" action={`${organisationPath(organisation.slug)}/forlad`}>
        <button type="submit" class="button button-secondary">
          {t.t('organisations.show.leave')}
        </button>
      </form>
    </>
  );
}

/** The organisation page; `sections` are what other modules add to it (its activities). */
export function OrganisationPage({
  t,
  model,
  sections,
}: {
  t: Translator;
  model: OrganisationPageModel;
  sections: readonly PageSection[];
}) {
  const { overview, csrfToken } = model;
  const { organisation } = overview;
  return (
    <>
      <ErrorSummary t={t} errors={model.inviteForm.errors} />
      <h1>{organisation.name}</h1>
      <Facts t={t} overview={overview} />
      <Description text={organisation.description} />
      <YourMembership t={t} overview={overview} />
      <PageSections t={t} slug={organisation.slug} sections={sections} />
      <h2>{t.t('organisations.show.members')}</h2>
      {overview.members === null ? (
        <p>{t.t('organisations.show.membersHidden')}</p>
      ) : (
        <MemberTable
          t={t}
          slug={organisation.slug}
          members={overview.members}
          showEmails={overview.canSeeEmails}
          canManage={overview.canManage}
          csrfToken={csrfToken}
        />
      )}
      {overview.canManage && (
        <InviteForm t={t} slug={organisation.slug} form={model.inviteForm} csrfToken={csrfToken} />
      )}
      {model.invitations !== null && (
        <PendingInvitations
          t={t}
          slug={organisation.slug}
          invitations={model.invitations}
          csrfToken={csrfToken}
        />
      )}
    </>
  );
}
