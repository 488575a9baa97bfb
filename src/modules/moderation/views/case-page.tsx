import type { ModerationCase } from '#src/modules/moderation/service.ts';
import { NOTE_MAX } from '#src/modules/moderation/service.ts';
import { casePath, ReportsTable } from '#src/modules/moderation/views/queue.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { ConfirmPage } from '#src/platform/views/confirm-page.tsx';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';
import { FactsTable } from '#src/platform/views/table.tsx';

function History({ t, model }: { t: Translator; model: ModerationCase }) {
  if (model.decisions.length === 0) return <p>{t.t('moderation.content.noHistory')}</p>;
  return (
    <ul>
      {model.decisions.map((decision) => (
        <li key={`${decision.createdAt}-${decision.action}`}>
          {t.dateTime(decision.createdAt)}: <strong>{t.t(`moderation.action.${decision.action}`)}</strong>
          {decision.adminName !== null && ` ${t.t('moderation.content.by', { name: decision.adminName })}`}
          {decision.note !== '' && ` – ${decision.note}`}
        </li>
      ))}
    </ul>
  );
}

/** One reported (or hidden) piece of content: what it is, the reports, the history and the decision form. */
export function CasePage({
  t,
  csrfToken,
  model,
  form,
}: {
  t: Translator;
  csrfToken: string;
  model: ModerationCase;
  form: FormState;
}) {
  const { content } = model;
  const base = casePath(model.type, model.id);
  const openReports = model.reports.some((report) => !report.resolved);
  return (
    <>
      <p>
        <a href="/admin/moderation">{t.t('moderation.back')}</a>
      </p>
      <h1>{t.t('moderation.content.title', { title: content.title })}</h1>
      <FactsTable
        caption={t.t('moderation.content.title', { title: content.title })}
        captionHidden
        compact
        facts={[
          { label: t.t('moderation.queue.type'), value: t.t(`moderation.type.${model.type}`) },
          {
            label: t.t('moderation.content.owner'),
            value: content.ownerName ?? t.t('moderation.content.noOwner'),
          },
          {
            label: t.t('moderation.queue.state'),
            value: content.hidden ? t.t('moderation.state.hidden') : t.t('moderation.state.visible'),
          },
        ]}
      />
      <p>
        <a href={content.path}>{t.t('moderation.content.view')}</a>
      </p>
      <h2>{t.t('moderation.content.reports')}</h2>
      {model.reports.length === 0 ? (
        <p>{t.t('moderation.content.noReports')}</p>
      ) : (
        <ReportsTable t={t} reports={model.reports} />
      )}
      <h2>{t.t('moderation.content.history')}</h2>
      <History t={t} model={model} />
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action={content.hidden ? `${base}/gendan` : `${base}/skjul`} csrfToken={csrfToken}>
        <TextField
          t={t}
          form={form}
          name="note"
          label={t.t('moderation.content.note')}
          hint={t.t('moderation.content.noteHint')}
          multiline
          maxLength={NOTE_MAX}
        />
        <button type="submit" class="button button-primary">
          {content.hidden ? t.t('moderation.content.restore') : t.t('moderation.content.hide')}
        </button>
      </PostForm>
      {!content.hidden && openReports && (
        <PostForm action={`${base}/behold`} csrfToken={csrfToken}>
          <button type="submit" class="button button-secondary">
            {t.t('moderation.content.dismiss')}
          </button>
        </PostForm>
      )}
    </>
  );
}

/** "Vil du skjule indholdet?": names the content, the reason and that its owner gets an e-mail. */
export function HideConfirm({
  t,
  csrfToken,
  model,
  note,
}: {
  t: Translator;
  csrfToken: string;
  model: ModerationCase;
  note: string;
}) {
  const { content } = model;
  const base = casePath(model.type, model.id);
  return (
    <ConfirmPage
      t={t}
      csrfToken={csrfToken}
      heading={t.t('moderation.hide.heading')}
      facts={[
        { label: t.t('moderation.hide.content'), value: <a href={content.path}>{content.title}</a> },
        {
          label: t.t('moderation.content.owner'),
          value: content.ownerName ?? t.t('moderation.content.noOwner'),
        },
        { label: t.t('moderation.content.note'), value: note },
      ]}
      told={content.ownerUserId === null ? [] : [t.t('moderation.hide.ownerTold')]}
      action={`${base}/skjul`}
      submitLabel={t.t('moderation.hide.submit')}
      backHref={base}
    >
      <input type="hidden" name="note" value={note} />
    </ConfirmPage>
  );
}
