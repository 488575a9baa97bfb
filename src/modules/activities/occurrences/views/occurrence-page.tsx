import { CANCEL_REASON_MAX } from '#src/modules/activities/limits.ts';
import type { Activity, Occurrence } from '#src/modules/activities/model.ts';
import { whenText } from '#src/modules/activities/views/parts.tsx';
import type { Translator } from '#src/platform/i18n.ts';
import { DateField, TimeField } from '#src/platform/views/date-field.tsx';
import { ErrorSummary, type FormState, PostForm, TextField } from '#src/platform/views/forms.tsx';

/** Change or cancel one occurrence of a series. */
export function OccurrencePage({
  t,
  activity,
  occurrence,
  form,
  csrfToken,
  today,
}: {
  t: Translator;
  activity: Activity;
  occurrence: Pick<Occurrence, 'key' | 'startsAt' | 'endsAt'>;
  form: FormState;
  csrfToken: string;
  /** The request's local date, for the date field's example. */
  today: string;
}) {
  return (
    <>
      <h1>{t.t('activities.occurrence.title', { title: activity.title })}</h1>
      <p class="font-lead">{whenText(t, occurrence.startsAt, occurrence.endsAt)}</p>
      <p>{t.t('activities.occurrence.lead')}</p>
      <ErrorSummary t={t} errors={form.errors} />
      <h2>{t.t('activities.occurrence.move')}</h2>
      <PostForm action={`/aktiviteter/${activity.id}/gang/flyt`} csrfToken={csrfToken}>
        <input type="hidden" name="gang" value={String(occurrence.key)} />
        <DateField t={t} form={form} name="date" label={t.t('activities.field.date')} today={today} />
        <TimeField t={t} form={form} name="startTime" label={t.t('activities.field.startTime')} />
        <TimeField t={t} form={form} name="endTime" label={t.t('activities.field.endTime')} />
        <button class="button button-primary" type="submit">
          {t.t('activities.occurrence.moveButton')}
        </button>
      </PostForm>
      <h2>{t.t('activities.occurrence.cancel')}</h2>
      <PostForm action={`/aktiviteter/${activity.id}/gang/aflys`} csrfToken={csrfToken}>
        <input type="hidden" name="gang" value={String(occurrence.key)} />
        <TextField
          t={t}
          form={form}
          name="reason"
          label={t.t('activities.page.cancelReason')}
          optional
          multiline
          maxLength={CANCEL_REASON_MAX}
        />
        <button class="button button-secondary" type="submit">
          {t.t('activities.occurrence.cancelButton')}
        </button>
      </PostForm>
    </>
  );
}
