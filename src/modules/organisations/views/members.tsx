import type { PendingInvitation } from '#src/modules/organisations/invitations-service.ts';
import type { Member } from '#src/modules/organisations/service.ts';
import { EMAIL_MAX } from '#src/modules/organisations/validation.ts';
import { organisationPath, roleLabel, roleOptions } from '#src/modules/organisations/views/labels.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { type FormState, PostForm, SelectField, TextField } from '#src/platform/views/forms.tsx';
import { DataTable } from '#src/platform/views/table.tsx';

interface MemberTableProps {
  t: Translator;
  slug: string;
  members: Member[];
  showEmails: boolean;
  canManage: boolean;
  csrfToken: string;
}

function MemberActions({
  t,
  slug,
  member,
  csrfToken,
}: {
  t: Translator;
  slug: string;
  member: Member;
  csrfToken: string;
}) {
  const base = `${organisationPath(slug)}/medlemmer/${member.userId}`;
  const nextRole = member.role === 'admin' ? 'member' : 'admin';
  return (
    <>
      <PostForm action={`${base}/rolle`} csrfToken={csrfToken} class="app-inline-form">
        <input type="hidden" name="role" value={nextRole} />
        <button type="submit" class="button button-secondary">
          {t.t(nextRole === 'admin' ? 'organisations.show.makeAdmin' : 'organisations.show.makeMember')}
          <span class="sr-only">: {member.name}</span>
        </button>
      </PostForm>{' '}
      <a href={`${base}/fjern`} class="function-link">
        {t.t('organisations.show.remove')}
        <span class="sr-only"> {member.name}</span>
      </a>
    </>
  );
}

export function MemberTable({ t, slug, members, showEmails, canManage, csrfToken }: MemberTableProps) {
  return (
    <DataTable
      caption={t.t('organisations.show.members')}
      captionHidden
      zebra
      rows={members}
      rowKey={(member) => member.userId}
      columns={[
        { heading: t.t('organisations.show.column.name'), rowHeader: true, cell: (member) => member.name },
        ...(showEmails
          ? [
              {
                heading: t.t('organisations.show.column.email'),
                cell: (member: Member) => member.email ?? '',
              },
            ]
          : []),
        { heading: t.t('organisations.show.column.role'), cell: (member) => roleLabel(t, member.role) },
        ...(canManage
          ? [
              {
                heading: t.t('organisations.show.column.actions'),
                cell: (member: Member) => (
                  <MemberActions t={t} slug={slug} member={member} csrfToken={csrfToken} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export function InviteForm({
  t,
  slug,
  form,
  csrfToken,
}: {
  t: Translator;
  slug: string;
  form: FormState;
  csrfToken: string;
}) {
  const withDefault: FormState = { ...form, values: { role: 'member', ...form.values } };
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t.t('organisations.show.invite')}</h2>
      <PostForm action={`${organisationPath(slug)}/inviter`} csrfToken={csrfToken}>
        <TextField
          t={t}
          form={withDefault}
          name="email"
          type="email"
          label={t.t('organisations.show.inviteEmail')}
          hint={t.t('organisations.show.inviteHint')}
          autocomplete="off"
          maxLength={EMAIL_MAX}
        />
        <SelectField
          t={t}
          form={withDefault}
          name="role"
          label={t.t('organisations.show.inviteRole')}
          options={roleOptions(t)}
        />
        <button type="submit" class="button button-primary">
          {t.t('organisations.show.inviteSubmit')}
        </button>
      </PostForm>
    </section>
  );
}

export function PendingInvitations({
  t,
  slug,
  invitations,
  csrfToken,
}: {
  t: Translator;
  slug: string;
  invitations: PendingInvitation[];
  csrfToken: string;
}) {
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t.t('organisations.show.invitations')}</h2>
      {invitations.length === 0 ? (
        <p>{t.t('organisations.show.invitationsNone')}</p>
      ) : (
        <DataTable
          caption={t.t('organisations.show.invitations')}
          captionHidden
          zebra
          rows={invitations}
          rowKey={(invitation) => invitation.id}
          columns={[
            {
              heading: t.t('organisations.show.column.email'),
              rowHeader: true,
              cell: (invitation) => invitation.email,
            },
            {
              heading: t.t('organisations.show.column.role'),
              cell: (invitation) => roleLabel(t, invitation.role),
            },
            {
              heading: t.t('organisations.show.invitationExpires'),
              cell: (invitation) => t.dateTime(invitation.expiresAt, { dateStyle: 'long' }),
            },
            {
              heading: t.t('organisations.show.column.actions'),
              cell: (invitation) => (
                <PostForm
                  action={`${organisationPath(slug)}/invitationer/${invitation.id}/tilbagekald`}
                  csrfToken={csrfToken}
                  class="app-inline-form"
                >
                  <button type="submit" class="button button-secondary">
                    {t.t('organisations.show.withdraw')}
                    <span class="sr-only">: {invitation.email}</span>
                  </button>
                </PostForm>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
