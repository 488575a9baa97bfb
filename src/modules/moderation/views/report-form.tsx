import type { ReportTarget } from '#src/modules/moderation/service.ts';
import { DETAILS_MAX } from '#src/modules/moderation/service.ts';
import { REPORT_REASONS } from '#src/modules/moderation/tables.ts';
import type { Translator } from '#src/platform/i18n.ts';
import {
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextField,
} from '#src/platform/views/forms.tsx';

export function reportTitle(t: Translator, target: ReportTarget): string {
  return target.isAppeal ? t.t('moderation.appeal.title') : t.t('moderation.report.title');
}

/** Reporting content (anyone), or, for the owner of hidden content, asking for another review. */
export function ReportFormPage({
  t,
  csrfToken,
  target,
  form,
}: {
  t: Translator;
  csrfToken: string;
  target: ReportTarget;
  form: FormState;
}) {
  const type = t.t(`moderation.type.${target.type}`);
  const title = target.content.title;
  return (
    <>
      <h1>{reportTitle(t, target)}</h1>
      {target.isAppeal ? (
        <p class="font-lead">{t.t('moderation.appeal.lead', { type, title })}</p>
      ) : (
        <>
          <p class="font-lead">{t.t('moderation.report.lead')}</p>
          <p>
            {t.t('moderation.report.what', { type })} <a href={target.content.path}>{title}</a>
          </p>
        </>
      )}
      <ErrorSummary t={t} errors={form.errors} />
      <PostForm action="/rapporter" csrfToken={csrfToken}>
        <input type="hidden" name="type" value={target.type} />
        <input type="hidden" name="id" value={String(target.id)} />
        {!target.isAppeal && (
          <SelectField
            t={t}
            form={form}
            name="reason"
            label={t.t('moderation.report.reason')}
            options={[
              { value: '', label: t.t('moderation.report.chooseReason') },
              ...REPORT_REASONS.map((reason) => ({
                value: reason,
                label: t.t(`moderation.reason.${reason}`),
              })),
            ]}
          />
        )}
        <TextField
          t={t}
          form={form}
          name="details"
          label={target.isAppeal ? t.t('moderation.appeal.details') : t.t('moderation.report.details')}
          hint={target.isAppeal ? undefined : t.t('moderation.report.detailsHint')}
          optional={!target.isAppeal}
          multiline
          maxLength={DETAILS_MAX}
        />
        <button type="submit" class="button button-primary">
          {target.isAppeal ? t.t('moderation.appeal.submit') : t.t('moderation.report.submit')}
        </button>
      </PostForm>
    </>
  );
}
